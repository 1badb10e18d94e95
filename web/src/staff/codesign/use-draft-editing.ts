import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DraftContent, WordingDecision } from "../../../../src/domain/codesign/types.ts";
import { RequestError } from "../api-call.ts";
import { contentOf, loadDraft, saveDraft, type Draft } from "./codesign-api.ts";
import { DetailedError } from "./detailed-call.ts";

/** What the server refused a save for: the parts both sides changed, and who saved meanwhile. */
export interface Conflict {
  keys: string[];
  updatedBy: string | null;
}

export type SaveOutcome =
  | { kind: "saved"; revision: number }
  | { kind: "merged"; revision: number; mergedWith: string[] }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "error"; error: RequestError };

/** The revision the working copy started from: the common ancestor the server merges against. */
interface Base {
  revision: number;
  content: DraftContent;
}

const same = (a: DraftContent, b: DraftContent) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A draft being edited: the server's view of it (comments, approvals, changes…), the working copy the editor
 * changes, and saving. A save sends the revision the working copy started from, so that the server merges
 * it with what others saved meanwhile — or names what conflicts and saves nothing.
 */
export function useDraftEditing(id: number) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<RequestError | null>(null);
  const [base, setBase] = useState<Base | null>(null);
  const [content, setContent] = useState<DraftContent | null>(null);
  const [saving, setSaving] = useState(false);
  const working = useRef<DraftContent | null>(null);
  working.current = content;
  const dirty = useMemo(() => !!content && !!base && !same(content, base.content), [content, base]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  /** Reads the draft again; the working copy follows the server only when it holds no unsaved edit. */
  const refresh = useCallback(
    async (adopt = false) => {
      try {
        const next = await loadDraft(id);
        setDraft(next);
        setLoadError(null);
        if (adopt || !dirtyRef.current) {
          setBase({ revision: next.revision, content: contentOf(next) });
          setContent(contentOf(next));
        }
        return next;
      } catch (error) {
        setLoadError(error instanceof RequestError ? error : new RequestError(0, "unknown", String(error)));
        return null;
      }
    },
    [id],
  );

  useEffect(() => {
    setDraft(null);
    void refresh(true);
  }, [refresh]);

  const save = useCallback(
    async (decisions?: WordingDecision[]): Promise<SaveOutcome> => {
      const sent = working.current;
      if (!sent || !base) return { kind: "error", error: new RequestError(0, "unknown", "not loaded") };
      setSaving(true);
      try {
        const saved = await saveDraft(id, base.revision, sent, decisions);
        const savedContent = saved.merged && saved.content ? saved.content : sent;
        setBase({ revision: saved.revision, content: savedContent });
        // Edits typed while the save was on its way stay on screen, still to be saved.
        if (working.current === sent) setContent(savedContent);
        const next = await loadDraft(id).catch(() => null);
        if (next) setDraft(next);
        return saved.merged ? { kind: "merged", revision: saved.revision, mergedWith: saved.mergedWith } : { kind: "saved", revision: saved.revision };
      } catch (error) {
        if (error instanceof DetailedError && error.code === "draft_conflict") {
          const details = (error.details ?? {}) as { conflicts?: { key: string }[]; updatedBy?: string | null };
          return { kind: "conflict", conflict: { keys: (details.conflicts ?? []).map((c) => c.key), updatedBy: details.updatedBy ?? null } };
        }
        return { kind: "error", error: error instanceof RequestError ? error : new RequestError(0, "unknown", String(error)) };
      } finally {
        setSaving(false);
      }
    },
    [id, base],
  );

  // Leaving the page with unsaved edits asks first, as a text editor would.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return { draft, loadError, content, setContent, dirty, saving, save, refresh, baseRevision: base?.revision ?? null };
}
