import { useText } from "../../shared/locale.tsx";
import type { WordingDecision } from "@web/shared/domain.ts";
import { ChangeList } from "./change-list.tsx";
import type { Draft } from "./codesign-api.ts";
import { DecisionForm } from "./decision-form.tsx";
import { words } from "./words.ts";

interface DraftChangesProps {
  draft: Draft;
  readOnly: boolean;
  /** Saves the decisions through the normal save (with the edits on screen). */
  onDecide: (decisions: WordingDecision[]) => Promise<void>;
}

/** What the draft changes from the latest published version, and the team's decisions on rewordings. */
export function DraftChanges({ draft, readOnly, onDecide }: DraftChangesProps) {
  const t = useText();
  const previous = draft.previousVersion;
  const decide = async (decision: WordingDecision) => {
    await onDecide([...draft.decisions.filter((d) => d.key !== decision.key), decision]);
  };
  return (
    <section aria-labelledby="changes-title" className="panel">
      <h2 id="changes-title">{previous === null ? t(words.draftChanges.changes) : t(words.draftChanges.changesSinceVersion(previous))}</h2>
      {previous === null ? (
        <p>{t(words.draftChanges.newQuestionnaireNoVersion)}</p>
      ) : draft.changes.length === 0 ? (
        <p>{t(words.draftChanges.noSavedChangeFrom)}</p>
      ) : (
        <>
          <p className="hint">
            {t(words.draftChanges.lastSavedVersion)}
            {t(words.draftChanges.savingDecisionEditsDraft)}
          </p>
          <ChangeList
            changes={draft.changes}
            headingLevel={3}
            extra={(change) =>
              change.class === "wording" ? (
                <DecisionForm
                  changeKey={change.key}
                  decision={draft.decisions.find((d) => d.key === change.key)}
                  disabled={readOnly}
                  onSave={decide}
                />
              ) : null
            }
          />
        </>
      )}
    </section>
  );
}
