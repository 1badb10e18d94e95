import { Hono } from "hono";
import { z } from "zod";
import { ensureReleased, familyOf } from "../actions/releases.ts";
import type { AppEnv } from "../http/context.ts";
import { isQuarter, previousQuarter, quarterOf } from "../domain/benchmark/periods.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const listQuery = z.object({ questionnaire: z.string().min(1).max(64) }).strict();
const releaseInput = z
  .object({ questionnaire: z.string().min(1).max(64), quarter: z.string().refine(isQuarter, "a quarter, e.g. 2026-Q1").optional() })
  .strict();

/** The ledger's releases: listed for anyone (what was released, when, under which method), written by admins. */
export const releaseRoutes = new Hono<AppEnv>()
  .get("/", validate("query", listQuery), async (c) => {
    const family = await familyOf(c.var.deps.store, c.req.valid("query").questionnaire);
    if (!family) throw new ApiError("questionnaire_not_found");
    const series = await Promise.all(
      family.series.map(async (s) => ({
        series: s.key,
        versions: s.versions.map((v) => ({ questionnaire: v.slug, version: v.version })),
        releases: (await c.var.deps.store.ledger.listReleases(s.key)).map(({ id: _id, series: _s, ...r }) => r),
      })),
    );
    return c.json({ questionnaire: family.root, series }, 200);
  })
  // Releases the closed quarters not yet released, up to the one asked for (default: the last closed one).
  .post("/", signedIn, validate("json", releaseInput), async (c) => {
    const user = authorize(c, { action: "release.write" });
    const input = c.req.valid("json");
    const { deps } = c.var;
    if (input.quarter && input.quarter > previousQuarter(quarterOf(dayOf(deps.clock())))) throw new ApiError("quarter_not_closed");
    const family = await familyOf(deps.store, input.questionnaire);
    if (!family) throw new ApiError("questionnaire_not_found");
    const written = await ensureReleased({ ...deps, ...(deps.releaseRules ? { rules: deps.releaseRules } : {}) }, family, {
      ...(input.quarter ? { upTo: input.quarter } : {}),
      audit: { userId: user.id, action: "release.write", targetType: "questionnaire", targetId: family.root },
    });
    c.var.reportPools.clear();
    return c.json({ released: written.map(({ id: _id, ...r }) => r) }, written.length > 0 ? 201 : 200);
  });
