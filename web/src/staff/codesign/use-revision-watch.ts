import { useEffect, useRef } from "react";
import { loadRevision, type ServerRevision } from "./codesign-api.ts";

/** How often an open draft asks whether someone else saved: often enough to feel live, cheap for the server. */
export const REVISION_POLL_MS = 5_000;

/**
 * Asks the server for the draft's revision every few seconds while `enabled` and the page is visible, and at
 * once when the page comes back to the foreground, handing each answer to `onRevision`. A hidden tab asks
 * nothing; one question at a time (the next is planned only once `onRevision` is done); a failed question is
 * forgotten and asked again at the next tick.
 * @example
 * useRevisionWatch(draftId, status !== "published", async (server) => { if (server.revision > mine) await reload() });
 */
export function useRevisionWatch(id: number, enabled: boolean, onRevision: (server: ServerRevision) => Promise<void> | void): void {
  const handler = useRef(onRevision);
  handler.current = onRevision;

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asking = false;
    let stopped = false;

    const plan = () => {
      clearTimeout(timer);
      if (!stopped && !document.hidden) timer = setTimeout(() => void ask(), REVISION_POLL_MS);
    };
    const ask = async () => {
      if (asking || stopped) return;
      clearTimeout(timer);
      if (document.hidden) return; // Paused: coming back to the page asks again.
      asking = true;
      try {
        const server = await loadRevision(id);
        if (!stopped) await handler.current(server);
      } catch {
        // Offline or a server hiccup: the next tick asks again, and saving says what failed if it still does.
      } finally {
        asking = false;
        plan();
      }
    };
    const wake = () => void ask();

    document.addEventListener("visibilitychange", wake);
    window.addEventListener("focus", wake);
    plan();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", wake);
      window.removeEventListener("focus", wake);
    };
  }, [id, enabled]);
}
