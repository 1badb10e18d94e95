import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { Link } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { ApprovalHistory, CurrentApprovals } from "./approvals-list.tsx";
import { approveDraft, publishDraft, submitDraft, type Draft } from "./codesign-api.ts";
import { MISSING_APPROVAL_LABELS, wordsOf } from "./codesign-words.ts";
import { errorText } from "../error-text.ts";
import { diffHref, versionHref } from "./version-href.ts";

type Text = { fr: string; en: string };
type Published = { questionnaire: string; version: number };

/** Why publishing is not possible yet, in the order a team meets the steps; null when it is. */
function publishBlocker(draft: Draft, dirty: boolean): Text | null {
  if (dirty) return { fr: "Enregistrez d'abord vos modifications.", en: "Save your changes first." };
  if (draft.problems.length > 0)
    return { fr: "Le questionnaire a encore des points à corriger.", en: "The questionnaire still has points to fix." };
  if (draft.status !== "in_review")
    return { fr: "Soumettez d'abord le brouillon à la relecture.", en: "Submit the draft for review first." };
  const missing = draft.approvals.missing.map((m) => wordsOf(MISSING_APPROVAL_LABELS, m));
  if (missing.length > 0) return { fr: missing.map((m) => m.fr).join(" "), en: missing.map((m) => m.en).join(" ") };
  const n = draft.undecided.length;
  if (n > 0)
    return {
      fr: `${n} reformulation(s) attendent une décision sur la comparabilité (voir les changements).`,
      en: `${n} rewording(s) await a decision on comparability (see the changes).`,
    };
  return null;
}

/** Submitting for review, approving the revision read, publishing once the rule is met. */
export function ReviewPanel({
  draft,
  user,
  dirty,
  onChanged,
}: {
  draft: Draft;
  user: StaffUser;
  dirty: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const t = useText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: Text, failed: Text) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: t(done) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t, failed) });
    }
    await onChanged();
    setBusy(false);
  };
  const canApprove = user.role === "co_researcher" && user.background !== null;
  const approved = draft.approvals.current.some((a) => a.userId === user.id);
  const blocker = publishBlocker(draft, dirty);
  const publish = () =>
    run(
      async () => setPublished(await publishDraft(draft.id, draft.revision)),
      { fr: "Version publiée.", en: "Version published." },
      { fr: "La version n'a pas pu être publiée.", en: "The version could not be published." },
    );

  return (
    <section aria-labelledby="review-title" className="panel">
      <h2 id="review-title">{t({ fr: "Relecture et publication", en: "Review and publication" })}</h2>
      {draft.status === "editing" && (
        <>
          <p>
            {t({
              fr: "Quand le questionnaire est complet, soumettez-le à la relecture : chaque membre le relit et l'approuve.",
              en: "When the questionnaire is complete, submit it for review: each member reads and approves it.",
            })}
          </p>
          <button
            type="button"
            disabled={busy || dirty || draft.problems.length > 0}
            onClick={() =>
              run(
                () => submitDraft(draft.id),
                { fr: "Brouillon soumis à la relecture.", en: "Draft submitted for review." },
                { fr: "Le brouillon n'a pas pu être soumis.", en: "The draft could not be submitted." },
              )
            }
          >
            {t({ fr: "Soumettre à la relecture", en: "Submit for review" })}
          </button>
          {(dirty || draft.problems.length > 0) && (
            <p className="hint">
              {t(
                dirty
                  ? { fr: "Enregistrez d'abord vos modifications.", en: "Save your changes first." }
                  : { fr: "Corrigez d'abord les points signalés.", en: "Fix the points listed first." },
              )}
            </p>
          )}
        </>
      )}
      {draft.status !== "published" && <CurrentApprovals approvals={draft.approvals} revision={draft.revision} />}
      {draft.status === "in_review" && canApprove && (
        <div className="actions">
          <button
            type="button"
            disabled={busy || dirty || approved}
            onClick={() =>
              run(
                () => approveDraft(draft.id, draft.revision),
                { fr: "Votre approbation est enregistrée.", en: "Your approval is recorded." },
                { fr: "L'approbation n'a pas pu être enregistrée.", en: "The approval could not be recorded." },
              )
            }
          >
            {approved
              ? t({ fr: "Vous avez approuvé cette révision", en: "You approved this revision" })
              : t({ fr: "J'approuve cette révision", en: "I approve this revision" })}
          </button>
        </div>
      )}
      {draft.status === "in_review" && (
        <div className="actions">
          <button
            type="button"
            disabled={busy || blocker !== null}
            aria-describedby={blocker ? "publish-blocker" : undefined}
            onClick={() => void publish()}
          >
            {t({ fr: "Publier", en: "Publish" })}
          </button>
          {blocker && (
            <p className="hint" id="publish-blocker">
              {t({ fr: "Publication impossible pour l'instant : ", en: "Cannot publish yet: " })}
              {t(blocker)}
            </p>
          )}
        </div>
      )}
      <div role="status" aria-live="polite">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
        {published && (
          <p>
            <Link href={versionHref(published.questionnaire, published.version)}>
              {t({ fr: `Voir la version ${published.version}`, en: `See version ${published.version}` })}
            </Link>
            {published.version > 1 && (
              <>
                {" · "}
                <Link href={diffHref(published.questionnaire, published.version - 1, published.version)}>
                  {t({ fr: `Comparer avec la version ${published.version - 1}`, en: `Compare with version ${published.version - 1}` })}
                </Link>
              </>
            )}
          </p>
        )}
      </div>
      <ApprovalHistory approvals={draft.approvals} revision={draft.revision} />
    </section>
  );
}
