import { Hono } from "hono";
import { z } from "zod";
import { addComment, setCommentStatus } from "../actions/draft-comments.ts";
import { approveDraft, previewPublication, publishDraft, submitDraft } from "../actions/draft-review.ts";
import { draftOfMember } from "../actions/draft-state.ts";
import { draftForMembers, pilotDraft, saveDraft } from "../actions/drafts.ts";
import type { Scoring, SurveyDefinition } from "../domain/questionnaire/types.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { draftDefinition, draftRoles, draftScoring, localizedDraftText, wordingDecisions } from "../http/draft-input.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

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
const publishInput = z
  .object({
    revision: z.number().int().positive().optional(),
    /** The `key` of the effect the caller read (GET /:id/publication, or the `publication_unconfirmed` error). */
    confirmation: z.string().min(1).max(64).optional(),
    /** Open threads left open on purpose, each with its reason. */
    leftOpen: z
      .array(z.object({ commentId: z.number().int().positive(), reason: z.string().trim().min(1).max(2000) }).strict())
      .max(200)
      .optional(),
  })
  .strict();
const pilotInput = z.object({ answers: z.record(z.string(), z.unknown()) }).strict();

export const draftRoutes = new Hono<AppEnv>()
  // Project members: the draft with everything needed to work on it.
  .get("/:id", signedIn, validate("param", idParam), async (c) =>
    c.json(await draftForMembers(actionContext(c), requireUser(c), c.req.valid("param").id), 200),
  )
  // Members: the current revision only, cheap enough for an open editor to ask every few seconds and show
  // (or load) what the others saved.
  .get("/:id/revision", signedIn, validate("param", idParam), async (c) => {
    const { draft } = await draftOfMember(c.var.deps.store, requireUser(c), c.req.valid("param").id);
    return c.json({ revision: draft.revision, status: draft.status, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy }, 200);
  })
  // Members: save an edit, merged with what others saved meanwhile unless the two overlap (409).
  .put("/:id", signedIn, validate("param", idParam), validate("json", draftChange), async (c) => {
    const input = c.req.valid("json");
    const edit = { ...input, definition: input.definition as SurveyDefinition, scoring: input.scoring as unknown as Scoring };
    const { revision, merged, cleaned, content, decisions, mergedWith, problems } = await saveDraft(
      actionContext(c),
      requireUser(c),
      c.req.valid("param").id,
      edit,
    );
    // `content` comes back when it is not what was sent: merged with others' edits, or cleaned of markup.
    const kept = merged ? { content, decisions, mergedWith } : cleaned ? { content } : {};
    return c.json({ revision, merged, cleaned, ...kept, problems }, 200);
  })
  // Members: a comment on the whole draft or on one question; `parentId` answers a thread.
  .post("/:id/comments", signedIn, validate("param", idParam), validate("json", commentInput), async (c) =>
    c.json(await addComment(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  // Members: resolve a thread, or open it again.
  .patch("/:id/comments/:commentId", signedIn, validate("param", commentParam), validate("json", commentStatus), async (c) => {
    const { id, commentId } = c.req.valid("param");
    return c.json(await setCommentStatus(actionContext(c), requireUser(c), id, commentId, c.req.valid("json").status), 200);
  })
  // Members: ask the team to review; only a complete questionnaire can be.
  .post("/:id/submit", signedIn, validate("param", idParam), async (c) =>
    c.json(await submitDraft(actionContext(c), requireUser(c), c.req.valid("param").id), 200),
  )
  // Co-researcher members with a background: approve the revision they read.
  .post("/:id/approvals", signedIn, validate("param", idParam), validate("json", revisionInput), async (c) => {
    const { added, approvals } = await approveDraft(
      actionContext(c),
      requireUser(c),
      c.req.valid("param").id,
      c.req.valid("json").revision,
    );
    return c.json(approvals, added ? 201 : 200);
  })
  // Members: what publishing would do now (campaigns keeping their version, the series), and the threads still open.
  .get("/:id/publication", signedIn, validate("param", idParam), async (c) =>
    c.json(await previewPublication(actionContext(c), requireUser(c), c.req.valid("param").id), 200),
  )
  // Members: freeze the draft as the next version, once approved, every rewording decided, every open thread
  // resolved or explained, and its effect confirmed when campaigns or released figures use the questionnaire.
  .post("/:id/publish", signedIn, validate("param", idParam), validate("json", publishInput), async (c) => {
    const published = await publishDraft(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json({ questionnaire: published.slug, version: published.version }, 201);
  })
  // Members: answers given while trying the draft, kept apart from responses and never counted.
  .post("/:id/pilot", signedIn, validate("param", idParam), validate("json", pilotInput), async (c) => {
    const pilotResponses = await pilotDraft(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json").answers);
    return c.json({ pilotResponses }, 201);
  });
