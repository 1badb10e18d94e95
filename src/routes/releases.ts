import { Hono } from "hono";
import { z } from "zod";
import { listReleases, releaseQuarters } from "../actions/releases.ts";
import { isQuarter } from "../domain/benchmark/periods.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const listQuery = z.object({ questionnaire: z.string().min(1).max(64) }).strict();
const releaseInput = z
  .object({ questionnaire: z.string().min(1).max(64), quarter: z.string().refine(isQuarter, "a quarter, e.g. 2026-Q1").optional() })
  .strict();

/** The ledger's releases: listed for anyone (what was released, when, under which method), written by admins. */
export const releaseRoutes = new Hono<AppEnv>()
  .get("/", validate("query", listQuery), async (c) => {
    return c.json(await listReleases(c.var.deps.store, c.req.valid("query").questionnaire), 200);
  })
  // Releases the closed quarters not yet released, up to the one asked for (default: the last closed one).
  .post("/", signedIn, validate("json", releaseInput), async (c) => {
    const { deps } = c.var;
    const ctx = { ...actionContext(c), ...(deps.releaseRules ? { rules: deps.releaseRules } : {}) };
    const written = await releaseQuarters(ctx, requireUser(c), c.req.valid("json"));
    return c.json({ released: written.map(({ id: _id, ...r }) => r) }, written.length > 0 ? 201 : 200);
  });
