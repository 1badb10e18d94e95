import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../http/api-error.ts";
import { validate } from "../http/validate.ts";

const slugParam = z.object({ slug: z.string().min(1).max(64) });
const versionParam = slugParam.extend({ version: z.coerce.number().int().min(1) });

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
  });
