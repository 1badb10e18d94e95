import { Hono } from "hono";
import { z } from "zod";
import { listCoResearchers } from "../actions/accounts.ts";
import { createDraft } from "../actions/drafts.ts";
import { decideDataUse, exportProjectResponses, listDataUse, requestDataUse } from "../actions/research-data.ts";
import { sendFile } from "../http/send-file.ts";
import { addMember, createProject, listProjects, projectWithDrafts, updateProject } from "../actions/projects.ts";
import type { Scoring, SurveyDefinition } from "../domain/questionnaire/types.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { draftDefinition, draftRoles, draftScoring, localizedDraftText } from "../http/draft-input.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

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

const dataUseInput = z
  .object({
    purpose: z.string().trim().min(10).max(5000),
    /** The people who will read the data: names and affiliations, as written. */
    people: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
    retainUntil: z.iso.date(),
    freeText: z.boolean().default(false),
  })
  .strict();
const requestParam = idParam.extend({ requestId: z.coerce.number().int().positive() });
const decisionInput = z.object({ approve: z.boolean() }).strict();
const microdataQuery = z
  .object({
    format: z.enum(["csv"]).default("csv"),
    separator: z.enum(["semicolon", "comma"]).default("comma"),
    part: z.enum(["responses", "comments", "disclosure"]).default("responses"),
    request: z.coerce.number().int().positive().optional(),
    questionnaire: slugField.optional(),
    version: z.coerce.number().int().positive().optional(),
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

export const projectRoutes = new Hono<AppEnv>()
  // Signed-in staff: the projects they belong to (an admin sees all).
  .get("/", signedIn, async (c) => c.json({ projects: await listProjects(actionContext(c), requireUser(c)) }, 200))
  // Co-researchers (and admins): a new project; its creator is a member from the start.
  .post("/", signedIn, validate("json", projectInput), async (c) =>
    c.json(await createProject(actionContext(c), requireUser(c), c.req.valid("json")), 201),
  )
  // Members.
  .get("/:id", signedIn, validate("param", idParam), async (c) =>
    c.json(await projectWithDrafts(actionContext(c), requireUser(c), c.req.valid("param").id), 200),
  )
  // Members: rename the project, or revise its description or the ethics text respondents read.
  .patch("/:id", signedIn, validate("param", idParam), validate("json", projectChange), async (c) =>
    c.json(await updateProject(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  // Members: bring another co-researcher in.
  .post("/:id/members", signedIn, validate("param", idParam), validate("json", memberInput), async (c) => {
    const { added, members } = await addMember(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json").userId);
    return c.json({ members }, added ? 201 : 200);
  })
  // Members: a request to take the project's response-level data out (purpose, people, retention).
  .post("/:id/data-requests", signedIn, validate("param", idParam), validate("json", dataUseInput), async (c) =>
    c.json(await requestDataUse(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  // Members, and those who decide: the project's requests, newest first.
  .get("/:id/data-requests", signedIn, validate("param", idParam), async (c) =>
    c.json({ requests: await listDataUse(actionContext(c), requireUser(c), c.req.valid("param").id) }, 200),
  )
  // Admins and coordinators, on a request they did not make: approve or refuse it.
  .post("/:id/data-requests/:requestId/decision", signedIn, validate("param", requestParam), validate("json", decisionInput), async (c) => {
    const { id, requestId } = c.req.valid("param");
    return c.json(await decideDataUse(actionContext(c), requireUser(c), id, requestId, c.req.valid("json").approve), 200);
  })
  // Members, under an approved request in force: the responses to the project's questionnaires, under disclosure control.
  .get("/:id/responses/export", signedIn, validate("param", idParam), validate("query", microdataQuery), async (c) =>
    sendFile(c, await exportProjectResponses(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("query"))),
  )
  // Members: a new draft, from scratch, from a questionnaire of the library, or from any published version.
  .post("/:id/drafts", signedIn, validate("param", idParam), validate("json", draftInput), async (c) => {
    const { definition, scoring, ...input } = c.req.valid("json");
    const created = await createDraft(actionContext(c), requireUser(c), c.req.valid("param").id, {
      ...input,
      ...(definition ? { definition: definition as SurveyDefinition } : {}),
      ...(scoring ? { scoring: scoring as unknown as Scoring } : {}),
    });
    return c.json({ id: created.id, revision: created.revision, slug: created.slug }, 201);
  });

/** Co-researcher accounts, to choose a project's members from. */
export const coResearcherRoutes = new Hono<AppEnv>().get("/", signedIn, async (c) =>
  c.json({ coResearchers: await listCoResearchers(actionContext(c), requireUser(c)) }, 200),
);
