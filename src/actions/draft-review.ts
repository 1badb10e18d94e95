import type { UserRecord } from "../domain/accounts.ts";
import { undecidedWordingChanges } from "../domain/codesign/pooling-breaks.ts";
import { DomainError } from "../domain/domain-error.ts";
import { contentHash } from "../domain/questionnaire/content-hash.ts";
import type { ActionContext } from "./context.ts";
import { approvalsOf, changesOf, checkComplete, checkEditable, draftOfMember } from "./draft-state.ts";
import { checkOwner } from "./drafts.ts";
import { permit } from "./permit.ts";
import { memberIdsOf } from "./projects.ts";
import { publicationOf } from "./publication.ts";

/** From a complete draft to a published version: review, approvals of the revision read, publication. */

type Ctx = Pick<ActionContext, "store" | "clock">;

/** Members ask the team to review the draft; only a complete questionnaire can be. */
export async function submitDraft({ store, clock }: Ctx, user: UserRecord, id: number) {
  const now = clock();
  return store.transaction(async (tx) => {
    const { draft } = await draftOfMember(tx, user, id);
    checkEditable(draft);
    checkComplete(draft);
    await tx.drafts.setStatus(draft.id, "in_review", user.id);
    const details = { revision: draft.revision };
    await tx.audit.record({ userId: user.id, action: "draft.submit", targetType: "draft", targetId: draft.id, details }, now);
    return { status: "in_review" as const, revision: draft.revision };
  });
}

/** The revision the caller read, when given, must still be the draft's: approving something else is refused. */
function checkRead(revision: number | undefined, current: number): void {
  if (revision !== undefined && revision !== current) throw new DomainError("revision_stale", { revision: current });
}

/**
 * A co-researcher member with an attested background approves the revision they read (a background only
 * declared is refused: `background_unattested`). Any later edit makes a new
 * revision, on which this approval no longer counts (it stays in the history). Approving twice adds nothing.
 */
export async function approveDraft({ store, clock }: Ctx, user: UserRecord, id: number, revision?: number) {
  const now = clock();
  return store.transaction(async (tx) => {
    const { draft, project } = await draftOfMember(tx, user, id);
    checkEditable(draft);
    if (draft.status !== "in_review") throw new DomainError("draft_not_in_review");
    const unattested = user.role === "co_researcher" && user.background !== null && user.backgroundAttestedBy === null;
    permit(user, { action: "draft.approve", project: memberIdsOf(project) }, unattested ? "background_unattested" : "approval_not_allowed");
    const background = user.background!; // the permission is granted only with one
    checkRead(revision, draft.revision);
    const added = await tx.draftApprovals.add(draft.id, { revision: draft.revision, userId: user.id, background }, now);
    if (added) {
      const details = { revision: draft.revision, background, attestedBy: user.backgroundAttestedBy };
      await tx.audit.record({ userId: user.id, action: "draft.approve", targetType: "draft", targetId: draft.id, details }, now);
    }
    return { added, approvals: await approvalsOf(tx, draft) };
  });
}

/** Members: what publishing the draft would do now, and its comment threads still open. */
export async function previewPublication({ store, clock }: Ctx, user: UserRecord, id: number) {
  return store.transaction(async (tx) => {
    const { draft } = await draftOfMember(tx, user, id);
    checkEditable(draft);
    return publicationOf(tx, draft, clock());
  });
}

export interface PublishInput {
  /** The revision read. */
  revision?: number | undefined;
  /** The `key` of the effect read (publication-effect.ts): needed when campaigns or released figures use the questionnaire. */
  confirmation?: string | undefined;
  /** Open threads left open on purpose, each with its reason. */
  leftOpen?: { commentId: number; reason: string }[] | undefined;
}

/**
 * Members freeze the draft as the next version of its questionnaire, once attested people of different
 * backgrounds approved this very revision, every rewording carries its recorded comparability decision,
 * every open comment thread is resolved or left open with a reason, and — when campaigns or released
 * figures use the questionnaire — the caller confirmed the effect they read. The effect and the threads
 * left open go in the audit entry. The report pools are forgotten once the version is committed: the next
 * report pools it in if comparable.
 */
export async function publishDraft(
  { store, clock, reportPools }: Ctx & Pick<ActionContext, "reportPools">,
  user: UserRecord,
  id: number,
  input: PublishInput | number = {},
) {
  const { revision, confirmation, leftOpen = [] } = typeof input === "number" ? { revision: input } : input;
  const now = clock();
  const published = await store.transaction(async (tx) => {
    const { draft, project } = await draftOfMember(tx, user, id);
    permit(user, { action: "draft.publish", project: memberIdsOf(project) });
    checkEditable(draft);
    if (draft.status !== "in_review") throw new DomainError("draft_not_in_review");
    checkRead(revision, draft.revision);
    checkComplete(draft);
    const approvals = await approvalsOf(tx, draft);
    if (!approvals.satisfied) throw new DomainError("approvals_missing", { missing: approvals.missing, approvals: approvals.current });
    const { changes } = await changesOf(tx, draft);
    const undecided = undecidedWordingChanges(changes, draft.decisions);
    if (undecided.length > 0) throw new DomainError("decisions_missing", { keys: undecided.map((change) => change.key) });
    await checkOwner(tx, draft.slug, project.id);
    const { effect, openThreads } = await publicationOf(tx, draft, now);
    const reasons = new Map(leftOpen.map((l) => [l.commentId, l.reason.trim()]));
    const unexplained = openThreads.filter((thread) => !reasons.get(thread.id));
    if (unexplained.length > 0)
      throw new DomainError("comment_threads_open", { effect, openThreads, unexplained: unexplained.map((t) => t.id) });
    if (effect.needsConfirmation && confirmation !== effect.key) throw new DomainError("publication_unconfirmed", { effect, openThreads });
    const { title, description, roles, definition, scoring } = draft.content;
    const hash = contentHash({ title, description, roles, survey: definition, scoring });
    const version = await tx.drafts.publish(draft.id, draft.revision, hash, now);
    const details = {
      draftId: draft.id,
      version: version.version,
      revision: draft.revision,
      effect: {
        series: effect.series,
        campaignsKeepingTheirVersion: effect.campaignsKeepingTheirVersion,
        confirmed: effect.needsConfirmation,
      },
      ...(openThreads.length > 0 ? { leftOpen: openThreads.map((t) => ({ commentId: t.id, reason: reasons.get(t.id)! })) } : {}),
    };
    await tx.audit.record({ userId: user.id, action: "draft.publish", targetType: "questionnaire", targetId: version.slug, details }, now);
    return version;
  });
  reportPools.clear();
  return published;
}
