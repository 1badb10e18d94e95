import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { emptyDraft, slugify } from "../domain/codesign/new-draft.ts";
import type { DraftContent } from "../domain/codesign/types.ts";
import type { Scoring, SurveyDefinition } from "../domain/questionnaire/types.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { projectFor } from "../http/project-access.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";
import { draftDefinition, draftRoles, draftScoring, localizedDraftText } from "../http/draft-input.ts";

const idParam = z.object({ id: z.coerce.number().int().positive() });
const slugField = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by dashes")
  .max(64);

const ethicsText = z.object({ fr: z.string().trim().min(1).max(5000), en: z.string().trim().min(1).max(5000) }).strict();

const projectInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000),
    members: z.array(z.number().int().positive()).max(100).default([]),
    /** What respondents of the project's questionnaires read about ethics and consent. */
    ethics: ethicsText.optional(),
  })
  .strict();

const projectChange = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().max(5000).optional(),
    /** null removes it. */
    ethics: ethicsText.nullable().optional(),
  })
  .strict();

const memberInput = z.object({ userId: z.number().int().positive() }).strict();

const draftInput = z
  .object({
    /** Start from a questionnaire of the library or of the project… */
    questionnaire: slugField.optional(),
    /** …at this published version (default: its latest). */
    version: z.number().int().positive().optional(),
    /** Or from scratch, or from a definition pasted by an expert. */
    definition: draftDefinition.optional(),
    scoring: draftScoring.optional(),
    /** The questionnaire the draft will be a version of; default: the one started from, else a new one. */
    slug: slugField.optional(),
    title: localizedDraftText.optional(),
    description: localizedDraftText.optional(),
    roles: draftRoles.optional(),
  })
  .strict()
  .refine((i) => i.version === undefined || i.questionnaire !== undefined, {
    message: "a version needs its questionnaire",
    path: ["version"],
  });

/** Only co-researcher accounts join projects: they are the people whose background the approval rule counts. */
async function coResearchers(c: Context<AppEnv>, ids: number[]) {
  for (const id of ids) {
    const account = await c.var.deps.store.accounts.getUser(id);
    if (!account) throw new ApiError("user_not_found", { userId: id });
    if (account.role !== "co_researcher") throw new ApiError("not_a_co_researcher", { userId: id });
  }
}

/** A new questionnaire's slug, free among the existing questionnaires. */
async function freeSlug(c: Context<AppEnv>, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if ((await c.var.deps.store.drafts.questionnaireOwner(slug)) === undefined) return slug;
  }
}

export const projectRoutes = new Hono<AppEnv>()
  // Signed-in staff: the projects they belong to (an admin sees all).
  .get("/", signedIn, async (c) => {
    const user = c.var.user!;
    return c.json({ projects: await c.var.deps.store.projects.list(user.role === "admin" ? null : user.id) }, 200);
  })
  // Co-researchers (and admins): a new project; its creator is a member from the start.
  .post("/", signedIn, validate("json", projectInput), async (c) => {
    const user = authorize(c, { action: "project.create" });
    const input = c.req.valid("json");
    await coResearchers(c, input.members);
    const { store, clock } = c.var.deps;
    const memberIds = user.role === "co_researcher" ? [user.id, ...input.members] : input.members;
    const project = await store.projects.create(
      { name: input.name, description: input.description, ethics: input.ethics ?? null, createdBy: user.id, memberIds },
      clock(),
    );
    await store.audit.record({ userId: user.id, action: "project.create", targetType: "project", targetId: project.id }, clock());
    return c.json(project, 201);
  })
  .get("/:id", signedIn, validate("param", idParam), async (c) => {
    const { project } = await projectFor(c, c.req.valid("param").id);
    return c.json({ ...project, drafts: await c.var.deps.store.drafts.list(project.id) }, 200);
  })
  // Members: rename the project, or revise its description or the ethics text respondents read (it applies to
  // the notice of every campaign of its questionnaires from now on).
  .patch("/:id", signedIn, validate("param", idParam), validate("json", projectChange), async (c) => {
    const { project, user } = await projectFor(c, c.req.valid("param").id);
    const change = c.req.valid("json");
    const { store, clock } = c.var.deps;
    await store.projects.update(project.id, change);
    await store.audit.record(
      { userId: user.id, action: "project.update", targetType: "project", targetId: project.id, details: { fields: Object.keys(change) } },
      clock(),
    );
    return c.json((await store.projects.get(project.id))!, 200);
  })
  // Members: bring another co-researcher in.
  .post("/:id/members", signedIn, validate("param", idParam), validate("json", memberInput), async (c) => {
    const { project, user } = await projectFor(c, c.req.valid("param").id);
    const { userId } = c.req.valid("json");
    await coResearchers(c, [userId]);
    const { store, clock } = c.var.deps;
    const added = await store.projects.addMember(project.id, userId, user.id, clock());
    if (added)
      await store.audit.record(
        { userId: user.id, action: "project.member.add", targetType: "project", targetId: project.id, details: { userId } },
        clock(),
      );
    return c.json({ members: (await store.projects.get(project.id))!.members }, added ? 201 : 200);
  })
  // Members: a new draft, from scratch, from a questionnaire of the library, or from any published version.
  .post("/:id/drafts", signedIn, validate("param", idParam), validate("json", draftInput), async (c) => {
    const { project, user } = await projectFor(c, c.req.valid("param").id);
    const input = c.req.valid("json");
    const { store, clock } = c.var.deps;

    let content: DraftContent;
    let baseVersionId: number | null = null;
    let slug: string;
    if (input.questionnaire !== undefined) {
      const summary = await store.questionnaires.get(input.questionnaire);
      if (!summary || summary.latestVersion === null) throw new ApiError("questionnaire_not_found");
      const base = await store.questionnaires.getVersion(input.questionnaire, input.version ?? summary.latestVersion);
      if (!base || base.status !== "published") throw new ApiError("version_not_found");
      baseVersionId = base.id;
      content = { title: base.title, description: base.description, roles: base.roles, definition: base.definition, scoring: base.scoring };
      slug = input.slug ?? base.slug;
    } else {
      const name = input.title?.fr.trim() || project.name;
      content = emptyDraft(name);
      slug = input.slug ?? (await freeSlug(c, slugify(name)));
    }
    if (input.title) content = { ...content, title: input.title };
    if (input.description) content = { ...content, description: input.description };
    if (input.roles) content = { ...content, roles: input.roles };
    if (input.definition) content = { ...content, definition: input.definition as SurveyDefinition };
    if (input.scoring) content = { ...content, scoring: input.scoring as unknown as Scoring };

    // A questionnaire written by a project gets its versions from that project only; the library's own
    // questionnaires are common ground that any project may propose a version of.
    const owner = await store.drafts.questionnaireOwner(slug);
    if (owner !== undefined && owner !== null && owner !== project.id) throw new ApiError("questionnaire_of_another_project");

    const created = await store.drafts.create({ projectId: project.id, slug, baseVersionId, content, userId: user.id }, clock());
    await store.audit.record(
      { userId: user.id, action: "draft.create", targetType: "draft", targetId: created.id, details: { projectId: project.id, slug } },
      clock(),
    );
    return c.json({ id: created.id, revision: created.revision, slug }, 201);
  });

/** Co-researcher accounts, to choose a project's members from. */
export const coResearcherRoutes = new Hono<AppEnv>().get("/", signedIn, async (c) => {
  authorize(c, { action: "project.create" });
  const people = await c.var.deps.store.accounts.listCoResearchers();
  return c.json({ coResearchers: people.map(({ id, email, displayName, background }) => ({ id, email, displayName, background })) }, 200);
});
