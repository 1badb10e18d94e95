import type { UserRecord } from "../domain/accounts.ts";
import { undecidedWordingChanges } from "../domain/codesign/pooling-breaks.ts";
import { DomainError } from "../domain/domain-error.ts";
import { contentHash } from "../domain/questionnaire/content-hash.ts";
import type { ActionContext } from "./context.ts";
import { approvalsOf, changesOf, checkComplete, checkEditable, draftOfMember } from "./draft-state.ts";
import { checkOwner } from "./drafts.ts";
import { permit } from "./permit.ts";
import { memberIdsOf } from "./projects.ts";

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

/**
 * Members freeze the draft as the next version of its questionnaire, once people of different backgrounds
 * approved this very revision and every rewording carries its recorded comparability decision. The report
 * pools are forgotten once the version is committed: the next report pools it in if comparable.
 */
export async function publishDraft(
  { store, clock, reportPools }: Ctx & Pick<ActionContext, "reportPools">,
  user: UserRecord,
  id: number,
  revision?: number,
) {
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
    const { title, description, roles, definition, scoring } = draft.content;
    const hash = contentHash({ title, description, roles, survey: definition, scoring });
    const version = await tx.drafts.publish(draft.id, draft.revision, hash, now);
    const details = { draftId: draft.id, version: version.version, revision: draft.revision };
    await tx.audit.record({ userId: user.id, action: "draft.publish", targetType: "questionnaire", targetId: version.slug, details }, now);
    return version;
  });
  reportPools.clear();
  return published;
}
