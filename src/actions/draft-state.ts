import type { TransactionStore } from "../db/store.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { approvalStatus } from "../domain/codesign/approval-rule.ts";
import { draftProblems } from "../domain/codesign/draft-problems.ts";
import type { DraftRecord } from "../domain/codesign/drafts.ts";
import type { ProjectRecord } from "../domain/codesign/projects.ts";
import type { DraftContent } from "../domain/codesign/types.ts";
import { diffVersions } from "../domain/codesign/version-diff.ts";
import { DomainError } from "../domain/domain-error.ts";
import { projectOfMember } from "./projects.ts";

/** Where a draft stands, as the draft actions check it: who may touch it, what it changes, who approved it. */

/** The draft `id`, with its project, if `user` works in that project. */
export async function draftOfMember(
  store: TransactionStore,
  user: UserRecord,
  id: number,
): Promise<{ draft: DraftRecord; project: ProjectRecord }> {
  const draft = await store.drafts.get(id);
  if (!draft) throw new DomainError("draft_not_found");
  return { draft, project: await projectOfMember(store, user, draft.projectId) };
}

/** A published draft no longer changes: a new one is opened from the version it became. */
export function checkEditable(draft: DraftRecord): void {
  if (draft.status === "published") throw new DomainError("draft_published");
}

/** Only a complete questionnaire can be reviewed, tried or published. */
export function checkComplete(draft: DraftRecord): void {
  const problems = draftProblems(draft.slug, draft.content);
  if (problems.length > 0) throw new DomainError("draft_invalid", { problems });
}

/**
 * What the draft changes from the version it will follow (the questionnaire's latest published version),
 * each change classified; empty for a new questionnaire.
 */
export async function changesOf(store: TransactionStore, draft: DraftRecord) {
  const summary = await store.questionnaires.get(draft.slug);
  // A published draft is compared with the version it followed, not with itself.
  const previousNumber = draft.published ? draft.published.version - 1 : (summary?.latestVersion ?? 0);
  const previous = previousNumber > 0 ? await store.questionnaires.getVersion(draft.slug, previousNumber) : undefined;
  if (!previous) return { previous: null, changes: [] };
  const before: DraftContent = {
    title: previous.title,
    description: previous.description,
    roles: previous.roles,
    definition: previous.definition,
    scoring: previous.scoring,
  };
  return { previous: previous.version, changes: diffVersions(before, draft.content) };
}

/** The approvals of the current revision (those that count), the whole history, and what is still missing. */
export async function approvalsOf(store: TransactionStore, draft: DraftRecord) {
  const history = await store.draftApprovals.list(draft.id);
  const current = history.filter((a) => a.revision === draft.revision);
  return { current, history, ...approvalStatus(current, draft.submittedBy) };
}
