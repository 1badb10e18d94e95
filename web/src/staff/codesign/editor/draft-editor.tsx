import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { DraftContent } from "@web/shared/domain.ts";
import { useText } from "@web/shared/locale.tsx";
import { DimensionsEditor } from "./dimensions-editor.tsx";
import { addPage, listQuestions } from "./draft-ops.ts";
import { EditorProvider, safeIdPart, type EditorActions } from "./editor-context.tsx";
import "./editor.css";
import { PageSection } from "./page-section.tsx";
import { QuestionnaireFields } from "./questionnaire-fields.tsx";
import { words } from "./words.ts";

export interface DraftEditorProps {
  content: DraftContent;
  /** Called with the whole new draft on every change (each keystroke in a text): debounce saving there. */
  onChange: (next: DraftContent) => void;
  /** Shows the draft with every control read-only and no buttons. */
  readOnly?: boolean;
  /** Extra content at the foot of each question's card, e.g. comment buttons. Called on every render. */
  renderQuestionExtras?: (name: string) => ReactNode;
}

/**
 * The structured questionnaire editor: the questionnaire's texts and respondents, its pages and questions
 * (one card each), and its dimensions. Controlled: it keeps no copy of the draft. Focus follows the
 * element a button acted on, and every move, addition or deletion is announced in a polite live region.
 */
export function DraftEditor({ content, onChange, readOnly = false, renderQuestionExtras }: DraftEditorProps) {
  const t = useText();
  const prefix = useId();
  const pendingFocus = useRef<{ id: string; select: boolean } | null>(null);
  const [message, setMessage] = useState({ text: "", n: 0 });
  // The draft as last given or sent: operations chained in one event see each other's result.
  const latest = useRef(content);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    latest.current = content;
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const element = document.getElementById(target.id);
    element?.focus();
    if (target.select && (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) element.select();
  }, [content]);

  const id = useCallback((name: string, part: string) => `${prefix}-${safeIdPart(name)}-${part}`, [prefix]);
  const actions = useMemo<EditorActions>(
    () => ({
      update: (operation) => {
        const next = operation(latest.current);
        if (next === latest.current) return;
        latest.current = next;
        onChangeRef.current(next);
      },
      latest: () => latest.current,
      readOnly,
      id,
      focusLater: (target, options) => {
        pendingFocus.current = { id: target, select: options?.select ?? false };
      },
      announce: (text) => setMessage((m) => ({ text, n: m.n + 1 })),
    }),
    [readOnly, id],
  );
  const entries = useMemo(() => listQuestions(content), [content]);
  const view = useMemo(() => ({ content, entries }), [content, entries]);

  const topLevel = entries.filter((e) => e.parent === null);
  let position = 1;
  const addPageHere = () => {
    const { content: next, name } = addPage(content);
    actions.update(() => next);
    actions.focusLater(id(name, "page-title-fr"), { select: true });
    actions.announce(t(words.draftEditor.pageAdded(next.definition.pages.length)));
  };

  return (
    <EditorProvider actions={actions} view={view}>
      <div className="ed-editor">
        <div className="ed-sr-only" role="status" aria-live="polite">
          {message.text && <span key={message.n}>{message.text}</span>}
        </div>
        <QuestionnaireFields />
        <section className="ed-section" aria-labelledby={id("", "pages-heading")}>
          <h2 id={id("", "pages-heading")}>{t(words.draftEditor.pagesQuestions)}</h2>
          {content.definition.pages.map((page, pageIndex) => {
            const onPage = topLevel.filter((e) => e.pageIndex === pageIndex);
            const first = position;
            position += onPage.length;
            return (
              <PageSection
                key={page.name}
                page={page}
                pageIndex={pageIndex}
                entries={onPage}
                firstPosition={first}
                renderExtras={renderQuestionExtras}
              />
            );
          })}
          {!readOnly && (
            <button type="button" className="secondary" id={id("", "add-page")} onClick={addPageHere}>
              {t(words.draftEditor.addPageEnd)}
            </button>
          )}
        </section>
        <DimensionsEditor />
      </div>
    </EditorProvider>
  );
}
