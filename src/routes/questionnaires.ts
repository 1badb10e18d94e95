import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/api-error.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { DraftContent } from "../domain/codesign/types.ts";
import { diffVersions, summarizeDiff } from "../domain/codesign/version-diff.ts";
import { comparableVersions } from "../domain/questionnaire/comparability.ts";
import { poolingBreaks } from "../actions/pooling-breaks.ts";

const slugParam = z.object({ slug: z.string().min(1).max(64) });
const versionParam = slugParam.extend({ version: z.coerce.number().int().min(1) });
const diffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

const asContent = (v: VersionRecord): DraftContent => ({
  title: v.title,
  description: v.description,
  roles: v.roles,
  definition: v.definition,
  scoring: v.scoring,
});

/** The questionnaire library. Public: questionnaires are open instruments, anyone may read them. */
export const questionnaireRoutes = new Hono<AppEnv>()
  .get("/", async (c) => c.json({ questionnaires: await c.var.deps.store.questionnaires.list() }, 200))
  .get("/:slug", validate("param", slugParam), async (c) => {
    const questionnaire = await c.var.deps.store.questionnaires.get(c.req.valid("param").slug);
    if (!questionnaire) throw new ApiError("questionnaire_not_found");
    return c.json(questionnaire, 200);
  })
  .get("/:slug/versions/:version", validate("param", versionParam), async (c) => {
    const { slug, version } = c.req.valid("param");
    const record = await c.var.deps.store.questionnaires.getVersion(slug, version);
    if (!record) throw new ApiError("version_not_found");
    const { id, ...publicFields } = record;
    return c.json(publicFields, 200);
  })
  // Public: what changed between two published versions, each change classified, the decisions the
  // co-researchers recorded in between, and whether the benchmarks pool the two.
  .get("/:slug/diff", validate("param", slugParam), validate("query", diffQuery), async (c) => {
    const { slug } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const { store } = c.var.deps;
    const [before, after] = await Promise.all([store.questionnaires.getVersion(slug, from), store.questionnaires.getVersion(slug, to)]);
    if (!(await store.questionnaires.get(slug))) throw new ApiError("questionnaire_not_found");
    if (!before || before.status !== "published" || !after || after.status !== "published") throw new ApiError("version_not_found");
    const changes = diffVersions(asContent(before), asContent(after));
    const [low, high] = [Math.min(from, to), Math.max(from, to)];
    const decisions = (await store.drafts.listVersionDecisions(slug)).filter((d) => d.version > low && d.version <= high);
    const pooled = comparableVersions(after, [after, before], await poolingBreaks(store, slug)).includes(before);
    return c.json({ questionnaire: slug, from, to, changes, summary: summarizeDiff(changes), decisions, pooled }, 200);
  })
  // Signed-in staff: how a version was made — its project, who approved which revision, the decisions.
  .get("/:slug/versions/:version/history", signedIn, validate("param", versionParam), async (c) => {
    const { slug, version } = c.req.valid("param");
    const record = await c.var.deps.store.questionnaires.getVersion(slug, version);
    if (!record || record.status !== "published") throw new ApiError("version_not_found");
    return c.json(
      { questionnaire: slug, version, publishedAt: record.publishedAt, ...(await c.var.deps.store.drafts.versionHistory(record.id)) },
      200,
    );
  });
