import { useState } from "react";
import { Field } from "@web/shared/forms.tsx";
import { useLocale, useText, type Text } from "@web/shared/locale.tsx";
import {
  deleteQuestion,
  dependentsOf,
  dimensionOf,
  duplicateQuestion,
  listQuestions,
  moveQuestion,
  moveToPage,
  namesWithin,
  type QuestionEntry,
} from "./draft-ops.ts";
import { ConfirmBox } from "./confirm-box.tsx";
import { useEditor } from "./editor-context.tsx";
import { words, shortText, type Naming } from "./words.ts";

/**
 * Moving (buttons, never drag-and-drop only), copying, moving to another page and deleting a top-level
 * element. Move buttons stay focusable at the edges (aria-disabled), so focus never jumps after a move;
 * every change is announced.
 */
export function QuestionActions({ entry, naming }: { entry: QuestionEntry; naming: Naming }) {
  const t = useText();
  const { locale } = useLocale();
  const { content, entries, update, latest, id, focusLater, announce } = useEditor();
  const [confirming, setConfirming] = useState(false);

  const name = entry.name;
  const pages = content.definition.pages;
  const topLevel = entries.filter((e) => e.parent === null);
  const isFirst = topLevel[0]?.name === name;
  const isLast = topLevel.at(-1)?.name === name;
  const named = t(naming.the);
  const isQuestion = entry.element.type !== "html" && entry.element.type !== "panel";
  const movedTo = (position: number, where: string) =>
    t(isQuestion ? words.questionActions.questionMovedPosition(position, where) : words.questionActions.itemMovedPosition(position, where));
  const pageLabel = (index: number) => {
    const title = pages[index]?.title?.[locale];
    return t(words.questionActions.pageNumber(index + 1)) + (title ? ` : ${shortText(title)}` : "");
  };

  const move = (direction: "up" | "down") => {
    if ((direction === "up" && isFirst) || (direction === "down" && isLast)) return;
    const next = moveQuestion(latest(), name, direction);
    const moved = listQuestions(next).find((e) => e.name === name)!;
    update(() => next);
    focusLater(id(name, direction));
    announce(movedTo(moved.position, moved.pageIndex !== entry.pageIndex ? `, ${pageLabel(moved.pageIndex)}` : ""));
  };
  const toPage = (pageName: string) => {
    const next = moveToPage(latest(), name, pageName);
    const moved = listQuestions(next).find((e) => e.name === name)!;
    update(() => next);
    focusLater(id(name, "page"));
    announce(movedTo(moved.position, `, ${pageLabel(moved.pageIndex)}`));
  };
  const duplicate = () => {
    const { content: next, name: copy } = duplicateQuestion(latest(), name);
    if (!copy) return;
    update(() => next);
    focusLater(id(copy, "title-fr"));
    announce(t(words.questionActions.copyAddedPositionNamed(entry.position + 1, copy)));
  };

  // Read only while the confirmation is open: a scan of every condition, not to be made on each keystroke.
  const dependents = confirming ? dependentsOf(content, namesWithin(entry.element)) : [];
  const dimension = dimensionOf(content, name);
  const shown = entry.element.title ?? (entry.element["html"] as Text | undefined);
  const summary = { fr: shortText(shown?.fr), en: shortText(shown?.en) };
  const remove = () => {
    const here = topLevel.findIndex((e) => e.name === name);
    const neighbour = topLevel[here + 1] ?? topLevel[here - 1];
    update((c) => deleteQuestion(c, name, { clearDependents: true }).content);
    setConfirming(false);
    if (neighbour) focusLater(id(neighbour.name, "card"));
    else focusLater(id(entry.page, "page-title-fr"));
    announce(t(words.questionActions.deleted(naming.the)));
  };

  const pageId = id(name, "page");
  return (
    <div className="ed-actions">
      <div className="ed-buttons">
        <button
          type="button"
          className="secondary small"
          id={id(name, "up")}
          aria-disabled={isFirst}
          onClick={() => move("up")}
          aria-label={t(words.questionActions.moveUp(named))}
        >
          <span aria-hidden="true">↑</span>
          {t(words.common.moveUp)}
        </button>
        <button
          type="button"
          className="secondary small"
          id={id(name, "down")}
          aria-disabled={isLast}
          onClick={() => move("down")}
          aria-label={t(words.questionActions.moveDown(named))}
        >
          <span aria-hidden="true">↓</span>
          {t(words.common.moveDown)}
        </button>
        <button type="button" className="secondary small" onClick={duplicate} aria-label={t(words.questionActions.duplicateNamed(named))}>
          {t(words.questionActions.duplicate)}
        </button>
        <button
          type="button"
          className="secondary small ed-danger"
          id={id(name, "delete")}
          onClick={() => setConfirming(true)}
          aria-label={t(words.questionActions.deleteNamed(named))}
          aria-expanded={confirming}
        >
          {t(words.questionActions.delete)}
        </button>
      </div>
      {pages.length > 1 && (
        <Field className="field ed-page-select" id={pageId} label={t(words.questionActions.pageOf(naming.of))}>
          {(control) => (
            <select {...control} value={entry.page} onChange={(e) => toPage(e.target.value)}>
              {pages.map((page, index) => (
                <option key={page.name} value={page.name}>
                  {pageLabel(index)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {confirming && (
        <ConfirmBox
          id={id(name, "confirm")}
          returnFocusTo={id(name, "delete")}
          message={
            t(words.questionActions.confirmDelete(naming.the, name, summary)) +
            (dimension ? t(words.questionActions.willLeaveDimension(dimension.title)) : "") +
            (dependents.length > 0 ? t(words.questionActions.displayConditionsDependWill(dependents.join(", "))) : "")
          }
          confirmLabel={t(words.questionActions.yesDelete(naming.the))}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
