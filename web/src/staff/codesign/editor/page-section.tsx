import type { ReactNode } from "react";
import type { SurveyPage } from "@web/shared/domain.ts";
import { useLocale, useText, type Text } from "@web/shared/locale.tsx";
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
    announce(t(words.pageSection.pageDeleted(pageIndex + 1)));
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
        label={words.pageSection.titlePage(pageIndex + 1)}
        value={page.title}
        onChange={(l, value) => update((c) => setText(c, { kind: "page", name: page.name, field: "title" }, l, value))}
      />
      <LocalizedField
        idBase={id(page.name, "page-description")}
        optional
        label={words.pageSection.introductionPage(pageIndex + 1)}
        value={page["description"] as Text | undefined}
        onChange={(l, value) => update((c) => setText(c, { kind: "page", name: page.name, field: "description" }, l, value))}
      />
      <ConditionEditor target={page.name} naming={pageNaming} />
      {page.elements.length === 0 && <p className="ed-problem">{t(words.pageSection.emptyPageAddQuestion)}</p>}
      {canDelete && (
        <button type="button" className="secondary" onClick={remove}>
          {t(words.pageSection.deletePageEmpty(pageIndex + 1))}
        </button>
      )}
      <AddQuestionMenu page={page.name} index={0} position={firstPosition} where={words.pageSection.startPage(pageIndex + 1)} />
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
                where={words.pageSection.after(after)}
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
