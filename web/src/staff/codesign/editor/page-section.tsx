import type { ReactNode } from "react";
import type { SurveyPage } from "@web/shared/domain.ts";
import { useLocale, useText } from "@web/shared/locale.tsx";
import { AddQuestionMenu } from "./add-question-menu.tsx";
import { ConditionEditor } from "./condition-editor.tsx";
import { deletePage, setText, type QuestionEntry } from "./draft-ops.ts";
import { useEditor } from "./editor-context.tsx";
import { words, naming, shortText } from "./words.ts";
import { LocalizedField } from "./localized-field.tsx";
import { QuestionCard } from "./question-card.tsx";

interface PageSectionProps {
  page: SurveyPage;
  pageIndex: number;
  /** The page's top-level elements, as listQuestions gives them. */
  entries: QuestionEntry[];
  /** Position of the page's first element in the whole questionnaire. */
  firstPosition: number;
  renderExtras?: ((name: string) => ReactNode) | undefined;
}

/** A page: its title and introduction, its condition, its questions with a way to add one between each. */
export function PageSection({ page, pageIndex, entries, firstPosition, renderExtras }: PageSectionProps) {
  const t = useText();
  const { locale } = useLocale();
  const { content, update, readOnly, id, focusLater, announce } = useEditor();
  const pageNaming = naming("page", String(pageIndex + 1));
  const headingId = id(page.name, "page-heading");
  const title = shortText(page.title?.[locale]);
  const canDelete = !readOnly && page.elements.length === 0 && content.definition.pages.length > 1;

  const remove = () => {
    update((c) => deletePage(c, page.name));
    focusLater(id("", "add-page"));
    announce(t({ fr: `Page ${pageIndex + 1} supprimée`, en: `Page ${pageIndex + 1} deleted` }));
  };

  return (
    <section className="ed-page" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(pageNaming.title)}
        {title ? ` — ${title}` : ""} <span className="ed-name">({page.name})</span>
      </h3>
      <LocalizedField
        idBase={id(page.name, "page-title")}
        short
        optional
        label={{ fr: `Titre de la page ${pageIndex + 1}`, en: `Title of page ${pageIndex + 1}` }}
        value={page.title}
        onChange={(l, value) => update((c) => setText(c, { kind: "page", name: page.name, field: "title" }, l, value))}
      />
      <LocalizedField
        idBase={id(page.name, "page-description")}
        optional
        label={{ fr: `Introduction de la page ${pageIndex + 1}`, en: `Introduction of page ${pageIndex + 1}` }}
        value={page["description"] as { fr: string; en: string } | undefined}
        onChange={(l, value) => update((c) => setText(c, { kind: "page", name: page.name, field: "description" }, l, value))}
      />
      <ConditionEditor target={page.name} naming={pageNaming} />
      {page.elements.length === 0 && <p className="ed-problem">{t(words.pageSection.emptyPageAddQuestion)}</p>}
      {canDelete && (
        <button type="button" className="secondary" onClick={remove}>
          {t({ fr: `Supprimer la page ${pageIndex + 1}, vide`, en: `Delete page ${pageIndex + 1}, empty` })}
        </button>
      )}
      <AddQuestionMenu
        page={page.name}
        index={0}
        position={firstPosition}
        where={{ fr: `au début de la page ${pageIndex + 1}`, en: `at the start of page ${pageIndex + 1}` }}
      />
      <ol className="ed-cards">
        {entries.map((entry) => {
          const after = elementNamingShort(entry);
          return (
            <li key={entry.name}>
              <QuestionCard entry={entry} renderExtras={renderExtras} />
              <AddQuestionMenu
                page={page.name}
                index={entry.index + 1}
                position={entry.position + 1}
                where={{ fr: `après ${after.fr}`, en: `after ${after.en}` }}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function elementNamingShort(entry: QuestionEntry) {
  const kind = entry.element.type === "html" ? "text" : entry.element.type === "panel" ? "group" : "question";
  return naming(kind, entry.number).the;
}
