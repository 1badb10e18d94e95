import { Hono } from "hono";
import { z } from "zod";
import { codebookFile, codebookRead } from "../actions/codebooks.ts";
import { compareVersions, versionHistory } from "../actions/questionnaires.ts";
import { sendFile } from "../http/send-file.ts";
import { DomainError } from "../domain/domain-error.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const slugParam = z.object({ slug: z.string().min(1).max(64) });
const versionParam = slugParam.extend({ version: z.coerce.number().int().min(1) });
const codebookQuery = z
  .object({
    format: z.enum(["csv", "json", "r", "sps"]).default("json"),
    separator: z.enum(["semicolon", "comma"]).default("semicolon"),
    lang: z.enum(["fr", "en"]).default("fr"),
  })
  .strict();
const diffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

/** The questionnaire library. Public: questionnaires are open instruments, anyone may read them. */
export const questionnaireRoutes = new Hono<AppEnv>()
  .get("/", async (c) => c.json({ questionnaires: await c.var.deps.store.questionnaires.list() }, 200))
  .get("/:slug", validate("param", slugParam), async (c) => {
    const questionnaire = await c.var.deps.store.questionnaires.get(c.req.valid("param").slug);
    if (!questionnaire) throw new DomainError("questionnaire_not_found");
    return c.json(questionnaire, 200);
  })
  .get("/:slug/versions/:version", validate("param", versionParam), async (c) => {
    const { slug, version } = c.req.valid("param");
    const record = await c.var.deps.store.questionnaires.getVersion(slug, version);
    if (!record) throw new DomainError("version_not_found");
    const { id, ...publicFields } = record;
    return c.json(publicFields, 200);
  })
  // Public: every variable of a version (REDCap data dictionary as CSV), and the R and SPSS files that load its microdata; audited.
  .get("/:slug/versions/:version/codebook", validate("param", versionParam), validate("query", codebookQuery), async (c) => {
    const { slug, version } = c.req.valid("param");
    const { format, ...options } = c.req.valid("query");
    if (format === "json") return c.json(await codebookRead(actionContext(c), c.var.user, slug, version), 200);
    return sendFile(c, await codebookFile(actionContext(c), c.var.user, slug, version, { format, ...options }));
  })
  // Public: what changed between two published versions, and whether the benchmarks pool them.
  .get("/:slug/diff", validate("param", slugParam), validate("query", diffQuery), async (c) => {
    const { from, to } = c.req.valid("query");
    return c.json(await compareVersions(actionContext(c), c.req.valid("param").slug, from, to), 200);
  })
  // Signed-in staff: how a version was made — its project, who approved which revision, the decisions.
  .get("/:slug/versions/:version/history", signedIn, validate("param", versionParam), async (c) => {
    const { slug, version } = c.req.valid("param");
    return c.json(await versionHistory(actionContext(c), slug, version), 200);
  });
