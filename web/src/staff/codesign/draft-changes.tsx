import { useText } from "../../shared/locale.tsx";
import type { WordingDecision } from "@web/shared/domain.ts";
import { ChangeList } from "./change-list.tsx";
import type { Draft } from "./codesign-api.ts";
import { DecisionForm } from "./decision-form.tsx";

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
      <h2 id="changes-title">
        {previous === null
          ? t({ fr: "Changements", en: "Changes" })
          : t({ fr: `Changements depuis la version ${previous}`, en: `Changes since version ${previous}` })}
      </h2>
      {previous === null ? (
        <p>
          {t({
            fr: "Nouveau questionnaire : aucune version publiée avant celle-ci, rien à comparer.",
            en: "New questionnaire: no version published before this one, nothing to compare.",
          })}
        </p>
      ) : draft.changes.length === 0 ? (
        <p>
          {t({ fr: "Aucun changement enregistré par rapport à la version publiée.", en: "No saved change from the published version." })}
        </p>
      ) : (
        <>
          <p className="hint">
            {t({ fr: "D'après la dernière version enregistrée. ", en: "As of the last saved version. " })}
            {t({
              fr: "Enregistrer une décision modifie le brouillon (avec vos autres modifications en cours) : les approbations devront être données à nouveau.",
              en: "Saving a decision edits the draft (with your other changes on screen): approvals will have to be given again.",
            })}
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
