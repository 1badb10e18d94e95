import { createContext, useContext, type ReactNode } from "react";
import type { DraftContent } from "@web/shared/domain.ts";
import type { QuestionEntry } from "./draft-ops.ts";

/**
 * What every part of the editor shares, in two contexts. The actions never change while the editor is
 * open, so that a question's card, memoised, is not drawn again when another question is typed in; the
 * draft itself changes on every keystroke and is read only by the light parts that need all of it.
 */
export interface EditorActions {
  /**
   * Changes the draft: `update((draft) => setText(draft, …))`. The operation gets the latest draft, even
   * from a card that was not drawn again since, and the page gets the result through `onChange`.
   */
  update: (operation: (draft: DraftContent) => DraftContent) => void;
  /** The latest draft, for an event handler that must read it (a move's new position). */
  latest: () => DraftContent;
  readOnly: boolean;
  /** A unique id for a control: `id(name, "title")`. Names are made safe for the id attribute. */
  id: (name: string, part: string) => string;
  /**
   * Moves focus to the control with this id once the page has drawn the new draft; `select` also selects
   * its text (a placeholder to type over).
   */
  focusLater: (id: string, options?: { select?: boolean }) => void;
  /** Says something in the polite live region (a move, an addition, a deletion). */
  announce: (message: string) => void;
}

export interface DraftView {
  content: DraftContent;
  /** listQuestions(content), computed once per draft for every card. */
  entries: QuestionEntry[];
}

const ActionsContext = createContext<EditorActions | null>(null);
const DraftContext = createContext<DraftView | null>(null);

export function EditorProvider({ actions, view, children }: { actions: EditorActions; view: DraftView; children: ReactNode }) {
  return (
    <ActionsContext.Provider value={actions}>
      <DraftContext.Provider value={view}>{children}</DraftContext.Provider>
    </ActionsContext.Provider>
  );
}

export function useEditorActions(): EditorActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error("useEditorActions must be used inside <DraftEditor>");
  return actions;
}

/** The actions and the current draft: for the parts drawn again on every change. */
export function useEditor(): EditorActions & DraftView {
  const view = useContext(DraftContext);
  if (!view) throw new Error("useEditor must be used inside <DraftEditor>");
  return { ...useEditorActions(), ...view };
}

/** Characters other than letters, digits, "_" and "-" spelt out, so that any name gives a valid, unique id. */
export function safeIdPart(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, (c) => `.${c.codePointAt(0)}`);
}
