import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { responseId } from "../auth/tokens.ts";
import { approvalStatus } from "../domain/codesign/approval-rule.ts";
import type { DraftRecord } from "../domain/codesign/drafts.ts";
import { draftProblems } from "../domain/codesign/draft-problems.ts";
import { mergeDecisions } from "../domain/codesign/merge-decisions.ts";
import { mergeDrafts } from "../domain/codesign/merge-drafts.ts";
import { undecidedWordingChanges } from "../domain/codesign/pooling-breaks.ts";
import type { DraftContent } from "../domain/codesign/types.ts";
import { diffVersions } from "../domain/codesign/version-diff.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { compileValidator } from "../domain/questionnaire/answer-validation.ts";
import { contentHash } from "../domain/questionnaire/content-hash.ts";
import { listElements } from "../domain/questionnaire/survey-elements.ts";
import type { Scoring, SurveyDefinition } from "../domain/questionnaire/types.ts";
import { ApiError } from "../http/api-error.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";
import { draftDefinition, draftRoles, draftScoring, localizedDraftText, wordingDecisions } from "../http/draft-input.ts";
import { projectFor } from "../http/project-access.ts";

const idParam = z.object({ id: z.coerce.number().int().positive() });
const commentParam = idParam.extend({ commentId: z.coerce.number().int().positive() });

const draftChange = z
  .object({
    definition: draftDefinition,
    scoring: draftScoring,
    /** The revision the editor started from: the common ancestor if someone saved meanwhile. */
    revision: z.number().int().positive(),
    title: localizedDraftText.optional(),
    description: localizedDraftText.optional(),
    roles: draftRoles.optional(),
    decisions: wordingDecisions.optional(),
  })
  .strict();

const commentInput = z
  .object({
    question: z.string().min(1).max(64).optional(),
    body: z.string().trim().min(1).max(5000),
    /** Asks for an easy-to-read (FALC) review of the question. */
    falcReview: z.boolean().optional(),
    /** The comment this one answers, in the same thread. */
    parentId: z.number().int().positive().optional(),
  })
  .strict();

const commentStatus = z.object({ status: z.enum(["open", "resolved"]) }).strict();
/** The revision the approver read: approving something else than what was read is refused. */
const revisionInput = z.object({ revision: z.number().int().positive().optional() }).strict();
const pilotInput = z.object({ answers: z.record(z.string(), z.unknown()) }).strict();

/** The draft of the `:id` parameter, if the signed-in user works in its project. */
async function draftFor(c: Context<AppEnv>, id: number) {
  const draft = await c.var.deps.store.drafts.get(id);
  if (!draft) throw new ApiError("draft_not_found");
  const { project, user } = await projectFor(c, draft.projectId);
  return { draft, project, user };
}

function editable(draft: DraftRecord) {
  if (draft.status === "published") throw new ApiError("draft_published");
}

/**
 * What the draft changes from the version it will follow (the questionnaire's latest published version),
 * each change classified; empty for a new questionnaire.
 */
async function changesOf(c: Context<AppEnv>, draft: DraftRecord) {
  const { store } = c.var.deps;
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

async function approvalsOf(c: Context<AppEnv>, draft: DraftRecord) {
  const history = await c.var.deps.store.draftApprovals.list(draft.id);
  const current = history.filter((a) => a.revision === draft.revision);
  return { current, history, ...approvalStatus(current) };
}

export const draftRoutes = new Hono<AppEnv>()
  // Project members: the draft with everything needed to work on it.
  .get("/:id", signedIn, validate("param", idParam), async (c) => {
    const { draft, project } = await draftFor(c, c.req.valid("param").id);
    const { store } = c.var.deps;
    const { previous, changes } = await changesOf(c, draft);
    return c.json(
      {
        ...draft,
        project: { id: project.id, name: project.name },
        problems: draftProblems(draft.slug, draft.content),
        comments: await store.draftComments.list(draft.id),
        approvals: await approvalsOf(c, draft),
        previousVersion: previous,
        changes,
        undecided: undecidedWordingChanges(changes, draft.decisions).map((change) => change.key),
        pilotResponses: await store.pilotResponses.count(draft.id),
      },
      200,
    );
  })
  // Members: the current revision only, cheap enough for an open editor to ask every few seconds and show
  // (or load) what the others saved.
  .get("/:id/revision", signedIn, validate("param", idParam), async (c) => {
    const { draft } = await draftFor(c, c.req.valid("param").id);
    return c.json({ revision: draft.revision, status: draft.status, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy }, 200);
  })
  // Members: save an edit. If someone saved since `revision`, non-overlapping edits are merged; overlapping
  // ones are refused with 409 and the list of what conflicts, and nothing is saved.
  .put("/:id", signedIn, validate("param", idParam), validate("json", draftChange), async (c) => {
    const { draft, user } = await draftFor(c, c.req.valid("param").id);
    editable(draft);
    const input = c.req.valid("json");
    const { store, clock } = c.var.deps;
    const base = input.revision === draft.revision ? draft : await store.drafts.getRevision(draft.id, input.revision);
    if (!base) throw new ApiError("invalid_request", { revision: "unknown revision" });
    const mine: DraftContent = {
      title: input.title ?? base.content.title,
      description: input.description ?? base.content.description,
      roles: input.roles ?? base.content.roles,
      definition: input.definition as SurveyDefinition,
      scoring: input.scoring as unknown as Scoring,
    };
    const myDecisions = input.decisions ?? base.decisions;

    let content = mine;
    let decisions = myDecisions;
    const merged = input.revision !== draft.revision;
    if (merged) {
      const contentMerge = mergeDrafts(base.content, mine, draft.content);
      const decisionMerge = mergeDecisions(base.decisions, myDecisions, draft.decisions);
      const conflicts = [
        ...(contentMerge.ok ? [] : contentMerge.conflicts),
        ...(decisionMerge.ok ? [] : decisionMerge.conflicts.map((key) => ({ key, reason: "both_changed" as const }))),
      ];
      if (!contentMerge.ok || !decisionMerge.ok) {
        throw new ApiError("draft_conflict", { revision: draft.revision, conflicts, updatedBy: draft.updatedBy?.displayName ?? null });
      }
      content = contentMerge.merged;
      decisions = decisionMerge.merged;
    }
    {
      const revision = await store.drafts.save(draft.id, draft.revision, { content, decisions }, user.id, clock());
      return c.json(
        {
          revision,
          merged,
          // Whose saves were merged in: everyone who saved after the caller's revision.
          ...(merged ? { content, decisions, mergedWith: await store.drafts.authorsSince(draft.id, input.revision, user.id) } : {}),
          problems: draftProblems(draft.slug, content),
        },
        200,
      );
    }
  })
  // Members: a comment on the whole draft or on one question; `parentId` answers a thread.
  .post("/:id/comments", signedIn, validate("param", idParam), validate("json", commentInput), async (c) => {
    const { draft, user } = await draftFor(c, c.req.valid("param").id);
    const input = c.req.valid("json");
    const { store, clock } = c.var.deps;
    if (input.question !== undefined && !listElements(draft.content.definition).some((e) => e.name === input.question)) {
      throw new ApiError("invalid_request", { question: "no such question in the draft" });
    }
    let question = input.question ?? null;
    if (input.parentId !== undefined) {
      const parent = (await store.draftComments.list(draft.id)).find((comment) => comment.id === input.parentId);
      if (!parent) throw new ApiError("comment_not_found");
      question = parent.question;
    }
    const comment = await store.draftComments.add(
      draft.id,
      { parentId: input.parentId ?? null, question, body: input.body, falcReview: input.falcReview ?? false, authorId: user.id },
      clock(),
    );
    return c.json(comment, 201);
  })
  // Members: resolve a thread, or open it again.
  .patch("/:id/comments/:commentId", signedIn, validate("param", commentParam), validate("json", commentStatus), async (c) => {
    const { id, commentId } = c.req.valid("param");
    const { draft, user } = await draftFor(c, id);
    const comment = await c.var.deps.store.draftComments.setStatus(
      draft.id,
      commentId,
      c.req.valid("json").status,
      user.id,
      c.var.deps.clock(),
    );
    if (!comment) throw new ApiError("comment_not_found");
    return c.json(comment, 200);
  })
  // Members: ask the team to review; only a complete questionnaire can be.
  .post("/:id/submit", signedIn, validate("param", idParam), async (c) => {
    const { draft, user } = await draftFor(c, c.req.valid("param").id);
    editable(draft);
    const problems = draftProblems(draft.slug, draft.content);
    if (problems.length > 0) throw new ApiError("draft_invalid", { problems });
    const { store, clock } = c.var.deps;
    await store.drafts.setStatus(draft.id, "in_review");
    await store.audit.record(
      { userId: user.id, action: "draft.submit", targetType: "draft", targetId: draft.id, details: { revision: draft.revision } },
      clock(),
    );
    return c.json({ status: "in_review" as const, revision: draft.revision }, 200);
  })
  // Co-researcher members with a background: approve the revision they read. Any later edit makes a new
  // revision, on which this approval no longer counts (it stays in the history).
  .post("/:id/approvals", signedIn, validate("param", idParam), validate("json", revisionInput), async (c) => {
    const { draft, user } = await draftFor(c, c.req.valid("param").id);
    editable(draft);
    if (draft.status !== "in_review") throw new ApiError("draft_not_in_review");
    if (user.role !== "co_researcher" || user.background === null) throw new ApiError("approval_not_allowed");
    const { revision } = c.req.valid("json");
    if (revision !== undefined && revision !== draft.revision) throw new ApiError("revision_stale", { revision: draft.revision });
    const { store, clock } = c.var.deps;
    const added = await store.draftApprovals.add(
      draft.id,
      { revision: draft.revision, userId: user.id, background: user.background },
      clock(),
    );
    if (added) {
      await store.audit.record(
        {
          userId: user.id,
          action: "draft.approve",
          targetType: "draft",
          targetId: draft.id,
          details: { revision: draft.revision, background: user.background },
        },
        clock(),
      );
    }
    return c.json(await approvalsOf(c, draft), added ? 201 : 200);
  })
  // Members: freeze the draft as the next version, once people of different backgrounds approved this very
  // revision and every rewording carries its recorded comparability decision.
  .post("/:id/publish", signedIn, validate("param", idParam), validate("json", revisionInput), async (c) => {
    const { draft, project, user } = await draftFor(c, c.req.valid("param").id);
    editable(draft);
    if (draft.status !== "in_review") throw new ApiError("draft_not_in_review");
    const { revision } = c.req.valid("json");
    if (revision !== undefined && revision !== draft.revision) throw new ApiError("revision_stale", { revision: draft.revision });
    const problems = draftProblems(draft.slug, draft.content);
    if (problems.length > 0) throw new ApiError("draft_invalid", { problems });
    const approvals = await approvalsOf(c, draft);
    if (!approvals.satisfied) throw new ApiError("approvals_missing", { missing: approvals.missing, approvals: approvals.current });
    const { changes } = await changesOf(c, draft);
    const undecided = undecidedWordingChanges(changes, draft.decisions);
    if (undecided.length > 0) throw new ApiError("decisions_missing", { keys: undecided.map((change) => change.key) });
    const { store, clock } = c.var.deps;
    const owner = await store.drafts.questionnaireOwner(draft.slug);
    if (owner !== undefined && owner !== null && owner !== project.id) throw new ApiError("questionnaire_of_another_project");

    const { content } = draft;
    const hash = contentHash({
      title: content.title,
      description: content.description,
      roles: content.roles,
      survey: content.definition,
      scoring: content.scoring,
    });
    {
      const published = await store.drafts.publish(draft.id, draft.revision, hash, clock());
      c.var.reportPools.clear();
      await store.audit.record(
        {
          userId: user.id,
          action: "draft.publish",
          targetType: "questionnaire",
          targetId: published.slug,
          details: { draftId: draft.id, version: published.version, revision: draft.revision },
        },
        clock(),
      );
      return c.json({ questionnaire: published.slug, version: published.version }, 201);
    }
  })
  // Members: answers given while trying the draft as a respondent would. Kept apart from responses, never
  // counted in any figure, deleted when the draft is published.
  .post("/:id/pilot", signedIn, validate("param", idParam), validate("json", pilotInput), async (c) => {
    const { draft } = await draftFor(c, c.req.valid("param").id);
    editable(draft);
    const problems = draftProblems(draft.slug, draft.content);
    if (problems.length > 0) throw new ApiError("draft_invalid", { problems });
    const { answers } = c.req.valid("json");
    const check = compileValidator(draft.content.definition)(answers);
    if (!check.ok) throw new ApiError("invalid_answers", { questions: check.errors });
    const { store, clock } = c.var.deps;
    await store.pilotResponses.add(draft.id, { id: responseId(), revision: draft.revision, answers, submittedOn: dayOf(clock()) });
    return c.json({ pilotResponses: await store.pilotResponses.count(draft.id) }, 201);
  });
