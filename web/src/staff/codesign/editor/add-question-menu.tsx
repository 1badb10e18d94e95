import { useId, useRef, useState } from "react";
import { useText, type Text } from "@web/shared/locale.tsx";
import { addQuestion, QUESTION_KINDS, type QuestionKind } from "./draft-ops.ts";
import { useEditorActions } from "./editor-context.tsx";
import { words, KIND_TEXT } from "./words.ts";

interface AddQuestionMenuProps {
  page: string;
  /** Where the new question goes among the page's elements. */
  index: number;
  /** Its position in the whole questionnaire, for the announcement. */
  position: number;
  /** Where, in words, read after the button's visible text: "après la question 3". */
  where: Text;
}

/**
 * "Add a question here": a disclosure button opening the seven kinds, each with a sentence saying what
 * the respondent will do. The new question's French wording then gets the focus.
 */
export function AddQuestionMenu({ page, index, position, where }: AddQuestionMenuProps) {
  const t = useText();
  const { update, latest, readOnly, id, focusLater, announce } = useEditorActions();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  if (readOnly) return null;

  const add = (kind: QuestionKind) => {
    const { content: next, name } = addQuestion(latest(), kind, page, index);
    if (!name) return;
    setOpen(false);
    update(() => next);
    focusLater(id(name, "title-fr"), { select: true });
    announce(t(words.addQuestionMenu.questionAddedPosition(position, KIND_TEXT[kind].name)));
  };
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="ed-add">
      <button
        ref={toggle}
        type="button"
        className="secondary small"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">+</span>
        {t(words.addQuestionMenu.addQuestion)}
        <span className="ed-sr-only"> {t(where)}</span>
      </button>
      {open && (
        <ul
          id={listId}
          className="ed-kinds"
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
          }}
        >
          {QUESTION_KINDS.map((kind) => {
            const hintId = `${listId}-${kind}`;
            return (
              <li key={kind}>
                <button type="button" className="ed-kind" aria-describedby={hintId} onClick={() => add(kind)}>
                  {t(KIND_TEXT[kind].name)}
                </button>
                <p id={hintId} className="hint">
                  {t(KIND_TEXT[kind].hint)}
                </p>
              </li>
            );
          })}
          <li>
            <button type="button" className="secondary small" onClick={close}>
              {t(words.common.cancel)}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
