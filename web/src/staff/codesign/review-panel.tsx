import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useText, type Text } from "../../shared/locale.tsx";
import { Link } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { ApprovalHistory, CurrentApprovals } from "./approvals-list.tsx";
import { approveDraft, previewPublication, publishDraft, submitDraft, type Draft, type Publication } from "./codesign-api.ts";
import { PublishConfirmation } from "./publish-confirmation.tsx";
import { words, MISSING_APPROVAL_LABELS, wordsOf } from "./words.ts";
import { RequestError } from "@web/shared/api-error.ts";
import { errorText } from "../error-text.ts";
import { diffHref, versionHref } from "./version-href.ts";

type Published = { questionnaire: string; version: number };

/** Why publishing is not possible yet, in the order a team meets the steps; null when it is. */
function publishBlocker(draft: Draft, dirty: boolean): Text | null {
  if (dirty) return words.reviewPanel.saveChangesFirst;
  if (draft.problems.length > 0) return words.reviewPanel.questionnaireStillHasPoints;
  if (draft.status !== "in_review") return words.reviewPanel.submitDraftReviewFirst;
  const missing = draft.approvals.missing.map((m) => wordsOf(MISSING_APPROVAL_LABELS, m));
  // A side approved only by whoever submitted is still missing (approval-rule.ts, A2): say why.
  const submitterAlone = draft.approvals.missing.length > 0 && draft.approvals.current.some((a) => a.userId === draft.submittedBy);
  if (submitterAlone) missing.push(words.reviewPanel.submitterNotAlone);
  if (missing.length > 0) return { fr: missing.map((m) => m.fr).join(" "), en: missing.map((m) => m.en).join(" ") };
  const n = draft.undecided.length;
  if (n > 0) return words.reviewPanel.rewordingsAwaitDecision(n);
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
  const [confirming, setConfirming] = useState<Publication | null>(null);
  const canApprove = user.role === "co_researcher" && user.background !== null && user.backgroundAttestedBy !== null;
  const awaitingAttestation = user.role === "co_researcher" && user.background !== null && user.backgroundAttestedBy === null;
  const approved = draft.approvals.current.some((a) => a.userId === user.id);
  const blocker = publishBlocker(draft, dirty);
  // The publish button opens the confirmation: the effect read now and the threads still open.
  const openConfirmation = async () => {
    setMessage(null);
    try {
      setConfirming(await previewPublication(draft.id));
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t, words.publishConfirmation.couldNotLoad) });
    }
  };
  const publish = async (publication: Publication, leftOpen: { commentId: number; reason: string }[]) => {
    setBusy(true);
    setMessage(null);
    try {
      setPublished(await publishDraft(draft.id, draft.revision, publication.effect.key, leftOpen));
      setConfirming(null);
      setMessage({ ok: true, text: t(words.reviewPanel.versionPublished) });
    } catch (e) {
      const changed = e instanceof RequestError && (e.code === "publication_unconfirmed" || e.code === "comment_threads_open");
      if (changed) setConfirming(await previewPublication(draft.id).catch(() => null));
      setMessage({
        ok: false,
        text: changed ? t(words.publishConfirmation.effectChanged) : errorText(e, t, words.reviewPanel.versionCouldNotPublished),
      });
    }
    await onChanged();
    setBusy(false);
  };

  return (
    <section aria-labelledby="review-title" className="panel">
      <h2 id="review-title">{t(words.reviewPanel.reviewPublication)}</h2>
      {draft.status === "editing" && (
        <>
          <p>{t(words.reviewPanel.whenQuestionnaireCompleteSubmit)}</p>
          <button
            type="button"
            disabled={busy || dirty || draft.problems.length > 0}
            onClick={() =>
              run(() => submitDraft(draft.id), words.reviewPanel.draftSubmittedReview, words.reviewPanel.draftCouldNotSubmitted)
            }
          >
            {t(words.reviewPanel.submitReview)}
          </button>
          {(dirty || draft.problems.length > 0) && (
            <p className="hint">{t(dirty ? words.reviewPanel.saveChangesFirst : words.reviewPanel.fixPointsListedFirst)}</p>
          )}
        </>
      )}
      {draft.status !== "published" && <CurrentApprovals approvals={draft.approvals} revision={draft.revision} />}
      {draft.status === "in_review" && awaitingAttestation && <p className="hint">{t(words.reviewPanel.awaitingAttestation)}</p>}
      {draft.status === "in_review" && canApprove && (
        <div className="actions">
          <button
            type="button"
            disabled={busy || dirty || approved}
            onClick={() =>
              run(
                () => approveDraft(draft.id, draft.revision),
                words.reviewPanel.approvalRecorded,
                words.reviewPanel.approvalCouldNotRecorded,
              )
            }
          >
            {approved ? t(words.reviewPanel.approvedRevision) : t(words.reviewPanel.iApproveRevision)}
          </button>
        </div>
      )}
      {draft.status === "in_review" && (
        <div className="actions">
          <button
            type="button"
            disabled={busy || blocker !== null}
            aria-describedby={blocker ? "publish-blocker" : undefined}
            aria-expanded={confirming !== null}
            onClick={() => void openConfirmation()}
          >
            {t(words.reviewPanel.publish)}
          </button>
          {blocker && (
            <p className="hint" id="publish-blocker">
              {t(words.reviewPanel.cannotPublishYet)}
              {t(blocker)}
            </p>
          )}
        </div>
      )}
      {draft.status === "in_review" && confirming && (
        <PublishConfirmation
          publication={confirming}
          busy={busy}
          onConfirm={(leftOpen) => void publish(confirming, leftOpen)}
          onCancel={() => setConfirming(null)}
        />
      )}
      <div role="status" aria-live="polite">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
        {published && (
          <p>
            <Link href={versionHref(published.questionnaire, published.version)}>{t(words.reviewPanel.seeVersion(published.version))}</Link>
            {published.version > 1 && (
              <>
                {" · "}
                <Link href={diffHref(published.questionnaire, published.version - 1, published.version)}>
                  {t(words.reviewPanel.compareVersion(published.version - 1))}
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
