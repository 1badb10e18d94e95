import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DraftContent, WordingDecision } from "@web/shared/domain.ts";
import { RequestError } from "@web/shared/api-error.ts";
import { contentOf, loadDraft, saveDraft, type Draft, type ServerRevision } from "./codesign-api.ts";
import { useRevisionWatch } from "./use-revision-watch.ts";

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

/** What someone else saved while the page was open, once loaded into it. */
export interface LiveUpdate {
  revision: number;
  updatedBy: string | null;
  /** The draft was published meanwhile: the page is now read-only. */
  published: boolean;
  /** Unsaved edits were on screen: they stay there, the server's version was not loaded into the editor. */
  keptEdits: boolean;
}

/** A newer revision saved by someone else while the person has unsaved edits on screen. */
export interface SavedMeanwhile {
  revision: number;
  updatedBy: string | null;
}

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
 * While the page is open, what others save is followed: loaded at once when the working copy holds no unsaved
 * edit (then `onUpdated` tells it), only named (`savedMeanwhile`) when it does, since saving will merge it.
 */
export function useDraftEditing(id: number, onUpdated?: (update: LiveUpdate) => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<RequestError | null>(null);
  const [base, setBaseState] = useState<Base | null>(null);
  const [server, setServer] = useState<ServerRevision | null>(null);
  const [content, setContent] = useState<DraftContent | null>(null);
  const [saving, setSaving] = useState(false);
  // Read by the revision watch between renders: set with the state, not only when rendering.
  const baseRef = useRef<Base | null>(null);
  const savingRef = useRef(false);
  const updated = useRef(onUpdated);
  updated.current = onUpdated;
  const setBase = (next: Base) => {
    baseRef.current = next;
    setBaseState(next);
  };
  const working = useRef<DraftContent | null>(null);
  working.current = content;
  const dirty = useMemo(() => !!content && !!base && !same(content, base.content), [content, base]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  /** Reads the draft again; the working copy follows the server only when it holds no unsaved edit. */
  const load = useCallback(
    async (adopt: boolean) => {
      try {
        const next = await loadDraft(id);
        setDraft(next);
        setLoadError(null);
        const adopted = adopt || !dirtyRef.current;
        if (adopted) {
          setBase({ revision: next.revision, content: contentOf(next) });
          setContent(contentOf(next));
        }
        return { next, adopted };
      } catch (error) {
        setLoadError(error instanceof RequestError ? error : new RequestError(0, "unknown", String(error)));
        return { next: null, adopted: false };
      }
    },
    [id],
  );
  const refresh = useCallback(async (adopt = false) => (await load(adopt)).next, [load]);

  useEffect(() => {
    setDraft(null);
    setServer(null);
    void refresh(true);
  }, [refresh]);

  // Someone else saved (or published): load it when nothing unsaved is on screen; otherwise only remember it,
  // to say so. A save on its way is left alone: the revision it is making is ours, not someone else's.
  useRevisionWatch(id, !!draft && draft.status !== "published", async (latest) => {
    setServer((known) => (known && known.revision === latest.revision && known.status === latest.status ? known : latest));
    const mine = baseRef.current;
    if (savingRef.current || !mine) return;
    const published = latest.status === "published";
    if (!published && (latest.revision <= mine.revision || dirtyRef.current)) return;
    const { next, adopted } = await load(false);
    if (!next || (!adopted && !published)) return;
    updated.current?.({
      revision: next.revision,
      updatedBy: next.updatedBy?.displayName ?? null,
      published: next.status === "published",
      keptEdits: !adopted,
    });
  });

  const save = useCallback(
    async (decisions?: WordingDecision[]): Promise<SaveOutcome> => {
      const sent = working.current;
      if (!sent || !base) return { kind: "error", error: new RequestError(0, "unknown", "not loaded") };
      setSaving(true);
      savingRef.current = true;
      try {
        const saved = await saveDraft(id, base.revision, sent, decisions);
        // What was saved, merged or cleaned by the server (markup it does not allow is removed), is what the
        // editor and its preview hold from now on.
        const savedContent = saved.content ?? sent;
        setBase({ revision: saved.revision, content: savedContent });
        // Edits typed while the save was on its way stay on screen, still to be saved.
        if (working.current === sent) setContent(savedContent);
        const next = await loadDraft(id).catch(() => null);
        if (next) setDraft(next);
        return saved.merged
          ? { kind: "merged", revision: saved.revision, mergedWith: saved.mergedWith }
          : { kind: "saved", revision: saved.revision };
      } catch (error) {
        if (error instanceof RequestError && error.code === "draft_conflict") {
          const details = (error.details ?? {}) as { conflicts?: { key: string }[]; updatedBy?: string | null };
          return {
            kind: "conflict",
            conflict: { keys: (details.conflicts ?? []).map((c) => c.key), updatedBy: details.updatedBy ?? null },
          };
        }
        return { kind: "error", error: error instanceof RequestError ? error : new RequestError(0, "unknown", String(error)) };
      } finally {
        savingRef.current = false;
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

  const savedMeanwhile: SavedMeanwhile | null =
    dirty && server && base && server.revision > base.revision
      ? { revision: server.revision, updatedBy: server.updatedBy?.displayName ?? null }
      : null;

  return { draft, loadError, content, setContent, dirty, saving, save, refresh, baseRevision: base?.revision ?? null, savedMeanwhile };
}
