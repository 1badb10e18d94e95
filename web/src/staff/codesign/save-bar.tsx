import { useText } from "../../shared/locale.tsx";
import { ErrorList } from "@web/shared/forms.tsx";
import type { DraftContent } from "@web/shared/domain.ts";
import type { Conflict, SavedMeanwhile } from "./use-draft-editing.ts";
import { targetName } from "./target-names.ts";
import { words } from "./words.ts";

export type SaveMessage = { kind: "saved" | "merged" | "error"; text: string } | null;

interface SaveBarProps {
  /** Published: nothing to save, only what the page says stays (the live region keeps its place). */
  readOnly: boolean;
  dirty: boolean;
  saving: boolean;
  /** Approvals already given to the saved revision, which a save would leave behind. */
  approvals: number;
  message: SaveMessage;
  conflict: Conflict | null;
  /** Someone saved a newer revision while unsaved edits are on screen. */
  savedMeanwhile: SavedMeanwhile | null;
  /** The latest content, to name the conflicting questions by their titles. */
  content: DraftContent | undefined;
  onSave: () => void;
  onReload: () => void;
  onKeep: () => void;
}

/**
 * "Enregistrer", whether edits wait to be saved, what the last save did, a refused save's conflict, and what
 * others saved meanwhile. The status region stays in place whatever happens, so that screen readers hear
 * what is put in it.
 */
export function SaveBar({
  readOnly,
  dirty,
  saving,
  approvals,
  message,
  conflict,
  savedMeanwhile,
  content,
  onSave,
  onReload,
  onKeep,
}: SaveBarProps) {
  const t = useText();
  return (
    <>
      {conflict && (
        <div className="notice warn" role="alert">
          <h2>{t(words.saveBar.changesWereNotSaved)}</h2>
          <p>{conflict.keys.length === 0 ? t(words.saveBar.someoneSavedSameMoment) : t(words.saveBar.collidedWith(conflict.updatedBy))}</p>
          {conflict.keys.length > 0 && (
            <>
              <ul>
                {conflict.keys.map((key) => (
                  <li key={key}>{targetName(key, content, t)}</li>
                ))}
              </ul>
              <p>{t(words.saveBar.reloadLatestVersionThen)}</p>
              <div className="actions">
                <button type="button" onClick={onReload}>
                  {t(words.saveBar.reloadLatestVersionUnsaved)}
                </button>
                <button type="button" className="secondary" onClick={onKeep}>
                  {t(words.saveBar.keepMyChangesScreen)}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <div className={readOnly ? "no-print" : "save-bar no-print"}>
        {!readOnly && (
          <button type="button" onClick={onSave} disabled={saving || !dirty}>
            {saving ? t(words.saveBar.saving) : t(words.saveBar.save)}
          </button>
        )}
        {!readOnly && (
          <p className={dirty ? "muted" : "success"} aria-live="polite">
            {dirty ? t(words.saveBar.unsavedChanges) : t(words.saveBar.everythingSaved)}
          </p>
        )}
        {!readOnly && dirty && approvals > 0 && <p className="hint">{t(words.saveBar.savingMakesNewRevision)}</p>}
        <div role="status" aria-live="polite">
          {savedMeanwhile && (
            <p className="notice warn">{t(words.saveBar.savedMeanwhile(savedMeanwhile.updatedBy, savedMeanwhile.revision))}</p>
          )}
          {/* A success told earlier is out of date once someone saved over it; a failure still holds. */}
          {message && message.kind !== "error" && !savedMeanwhile && <p className="success">{message.text}</p>}
          <ErrorList errors={[message?.kind === "error" && message.text]} />
        </div>
      </div>
    </>
  );
}
