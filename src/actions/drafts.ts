import { responseId } from "../auth/tokens.ts";
import type { TransactionStore } from "../db/store.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { draftProblems } from "../domain/codesign/draft-problems.ts";
import { mergeDecisions } from "../domain/codesign/merge-decisions.ts";
import { mergeDrafts } from "../domain/codesign/merge-drafts.ts";
import { emptyDraft, slugify } from "../domain/codesign/new-draft.ts";
import { undecidedWordingChanges } from "../domain/codesign/pooling-breaks.ts";
import type { DraftContent, WordingDecision } from "../domain/codesign/types.ts";
import { DomainError } from "../domain/domain-error.ts";
import { compileValidator } from "../domain/questionnaire/answer-validation.ts";
import { safeContent } from "../domain/questionnaire/safe-content.ts";
import type { ActionContext } from "./context.ts";
import { approvalsOf, changesOf, checkComplete, checkEditable, draftOfMember } from "./draft-state.ts";
import { projectOfMember } from "./projects.ts";

type Ctx = Pick<ActionContext, "store" | "clock">;

export interface NewDraftInput extends Partial<DraftContent> {
  /** Start from a questionnaire of the library or of the project… */
  questionnaire?: string | undefined;
  /** …at this published version (default: its latest). */
  version?: number | undefined;
  /** The questionnaire the draft will be a version of; default: the one started from, else a new one. */
  slug?: string | undefined;
}

/** A new questionnaire's slug, free among the existing questionnaires. */
async function freeSlug(store: TransactionStore, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if ((await store.drafts.questionnaireOwner(slug)) === undefined) return slug;
  }
}

/**
 * A questionnaire written by a project gets its versions from that project only; the library's own
 * questionnaires are common ground that any project may propose a version of.
 */
export async function checkOwner(store: TransactionStore, slug: string, projectId: number): Promise<void> {
  const owner = await store.drafts.questionnaireOwner(slug);
  if (owner !== undefined && owner !== null && owner !== projectId) throw new DomainError("questionnaire_of_another_project");
}

/** Members open a draft: from scratch, from a questionnaire of the library, or from any published version. */
export async function createDraft({ store, clock }: Ctx, user: UserRecord, projectId: number, input: NewDraftInput) {
  const now = clock();
  return store.transaction(async (tx) => {
    const project = await projectOfMember(tx, user, projectId);
    let content: DraftContent;
    let baseVersionId: number | null = null;
    let slug: string;
    if (input.questionnaire !== undefined) {
      const summary = await tx.questionnaires.get(input.questionnaire);
      if (!summary || summary.latestVersion === null) throw new DomainError("questionnaire_not_found");
      const base = await tx.questionnaires.getVersion(input.questionnaire, input.version ?? summary.latestVersion);
      if (!base || base.status !== "published") throw new DomainError("version_not_found");
      baseVersionId = base.id;
      content = { title: base.title, description: base.description, roles: base.roles, definition: base.definition, scoring: base.scoring };
      slug = input.slug ?? base.slug;
    } else {
      const name = input.title?.fr.trim() || project.name;
      content = emptyDraft(name);
      slug = input.slug ?? (await freeSlug(tx, slugify(name)));
    }
    for (const key of ["title", "description", "roles", "definition", "scoring"] as const) {
      if (input[key] !== undefined) content = { ...content, [key]: input[key] };
    }
    await checkOwner(tx, slug, project.id);
    // Saved cleaned rather than refused: a pasted definition keeps its questions, and the member sees
    // what remains of its texts in the draft (safe-content.ts).
    content = safeContent(content);
    const created = await tx.drafts.create({ projectId: project.id, slug, baseVersionId, content, userId: user.id }, now);
    const details = { projectId: project.id, slug };
    await tx.audit.record({ userId: user.id, action: "draft.create", targetType: "draft", targetId: created.id, details }, now);
    return { ...created, slug };
  });
}

/** The draft with everything its members need to work on it. */
export async function draftForMembers({ store }: Pick<ActionContext, "store">, user: UserRecord, id: number) {
  const { draft, project } = await draftOfMember(store, user, id);
  const { previous, changes } = await changesOf(store, draft);
  return {
    ...draft,
    project: { id: project.id, name: project.name },
    problems: draftProblems(draft.slug, draft.content),
    comments: await store.draftComments.list(draft.id),
    approvals: await approvalsOf(store, draft),
    previousVersion: previous,
    changes,
    undecided: undecidedWordingChanges(changes, draft.decisions).map((change) => change.key),
    pilotResponses: await store.pilotResponses.count(draft.id),
  };
}

export interface DraftEdit
  extends Partial<Pick<DraftContent, "title" | "description" | "roles">>, Pick<DraftContent, "definition" | "scoring"> {
  /** The revision the editor started from: the common ancestor if someone saved meanwhile. */
  revision: number;
  decisions?: WordingDecision[] | undefined;
}

/**
 * Members save an edit. If someone saved since `revision`, non-overlapping edits are merged; overlapping
 * ones are refused (`draft_conflict`, with what conflicts) and nothing is saved. The read, the merge and the
 * write share one transaction: no save can land in between.
 */
export async function saveDraft({ store, clock }: Ctx, user: UserRecord, id: number, edit: DraftEdit) {
  const now = clock();
  return store.transaction(async (tx) => {
    const { draft } = await draftOfMember(tx, user, id);
    checkEditable(draft);
    const base = edit.revision === draft.revision ? draft : await tx.drafts.getRevision(draft.id, edit.revision);
    if (!base) throw new DomainError("invalid_request", { revision: "unknown revision" });
    const written: DraftContent = {
      title: edit.title ?? base.content.title,
      description: edit.description ?? base.content.description,
      roles: edit.roles ?? base.content.roles,
      definition: edit.definition,
      scoring: edit.scoring,
    };
    // Saved cleaned rather than refused (safe-content.ts): the edit's questions are kept, its texts lose
    // the markup no respondent should get, and the editor is sent back what was kept.
    const mine = safeContent(written);
    const cleaned = JSON.stringify(mine) !== JSON.stringify(written);
    const myDecisions = edit.decisions ?? base.decisions;
    let content = mine;
    let decisions = myDecisions;
    const merged = edit.revision !== draft.revision;
    if (merged) {
      const contentMerge = mergeDrafts(base.content, mine, draft.content);
      const decisionMerge = mergeDecisions(base.decisions, myDecisions, draft.decisions);
      if (!contentMerge.ok || !decisionMerge.ok) {
        const conflicts = [
          ...(contentMerge.ok ? [] : contentMerge.conflicts),
          ...(decisionMerge.ok ? [] : decisionMerge.conflicts.map((key) => ({ key, reason: "both_changed" as const }))),
        ];
        throw new DomainError("draft_conflict", { revision: draft.revision, conflicts, updatedBy: draft.updatedBy?.displayName ?? null });
      }
      content = contentMerge.merged;
      decisions = decisionMerge.merged;
    }
    const revision = await tx.drafts.save(draft.id, draft.revision, { content, decisions }, user.id, now);
    // Whose saves were merged in: everyone who saved after the caller's revision.
    const mergedWith = merged ? await tx.drafts.authorsSince(draft.id, edit.revision, user.id) : [];
    return { revision, merged, cleaned, content, decisions, mergedWith, problems: draftProblems(draft.slug, content) };
  });
}

/**
 * Members try the draft as a respondent would. Pilot answers are kept apart from responses, never counted
 * in any figure, and deleted when the draft is published.
 * @returns how many pilot answers the draft has.
 */
export async function pilotDraft({ store, clock }: Ctx, user: UserRecord, id: number, answers: Record<string, unknown>) {
  const { draft } = await draftOfMember(store, user, id);
  checkEditable(draft);
  checkComplete(draft);
  const check = compileValidator(draft.content.definition)(answers);
  if (!check.ok) throw new DomainError("invalid_answers", { questions: check.errors });
  await store.pilotResponses.add(draft.id, { id: responseId(), revision: draft.revision, answers, submittedOn: dayOf(clock()) });
  return store.pilotResponses.count(draft.id);
}
