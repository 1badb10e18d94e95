import { randomBytes } from "node:crypto";
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { readFunnel, readRegionReport, readStructureReport, type ReadContext } from "../actions/reports.ts";
import { METHOD_VERSION } from "../domain/benchmark/method-version.ts";
import { isRegion, regionName } from "../domain/territory.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const idParam = z.object({ id: z.coerce.number().int().positive() });
const reportQuery = z
  .object({
    questionnaire: z.string().min(1).max(64),
    role: z.enum(RESPONDENT_ROLES).optional(),
    period: z.enum(["quarter", "year"]).default("year"),
  })
  .strict();
const funnelQuery = z
  .object({ questionnaire: z.string().min(1).max(64), indicator: z.string().min(1).max(64), role: z.enum(RESPONDENT_ROLES).optional() })
  .strict();
const snapshotInput = reportQuery.extend({ period: z.enum(["quarter", "year"]).optional() }).strict();
const snapshotParam = idParam.extend({ snapshotId: z.string().regex(/^[0-9a-f]{32}$/) });
const regionParam = z.object({ code: z.string().refine(isRegion, "not an INSEE region code") });
const regionQuery = z.object({ questionnaire: z.string().min(1).max(64), role: z.enum(RESPONDENT_ROLES).optional() }).strict();

/** The structure of `:id`, if the caller may read its data; audited as a reading of structure data. */
async function readableStructure(c: Context<AppEnv>, id: number) {
  const structure = await c.var.deps.store.structures.get(id);
  if (!structure) throw new ApiError("structure_not_found");
  const user = authorize(c, { action: "structure.manage", structure });
  return { structure, user };
}

function readContext(c: Context<AppEnv>): ReadContext {
  return { ...c.var.deps, reportPools: c.var.reportPools };
}

export const reportRoutes = new Hono<AppEnv>()
  // That structure's managers, its region's coordinators, admins. Every reading is audited.
  .get("/structures/:id", signedIn, validate("param", idParam), validate("query", reportQuery), async (c) => {
    const { structure, user } = await readableStructure(c, c.req.valid("param").id);
    const query = c.req.valid("query");
    const body = await readStructureReport(readContext(c), structure, query);
    await c.var.deps.store.audit.record(
      {
        userId: user.id,
        action: "report.read",
        targetType: "structure",
        targetId: structure.id,
        details: { questionnaire: query.questionnaire },
        region: structure.region,
      },
      c.var.deps.clock(),
    );
    return c.json(body, 200);
  })
  // Same rights as the report: other structures' points are anonymous, the viewer's own is marked.
  .get("/structures/:id/funnel", signedIn, validate("param", idParam), validate("query", funnelQuery), async (c) => {
    const { structure, user } = await readableStructure(c, c.req.valid("param").id);
    const query = c.req.valid("query");
    const body = await readFunnel(readContext(c), structure, query);
    await c.var.deps.store.audit.record(
      {
        userId: user.id,
        action: "report.funnel",
        targetType: "structure",
        targetId: structure.id,
        details: query,
        region: structure.region,
      },
      c.var.deps.clock(),
    );
    return c.json(body, 200);
  })
  // Same rights as the report: freezes the report as served, with its method version and data cut-off.
  .post("/structures/:id/snapshots", signedIn, validate("param", idParam), validate("json", snapshotInput), async (c) => {
    const { structure, user } = await readableStructure(c, c.req.valid("param").id);
    const input = c.req.valid("json");
    const body = await readStructureReport(readContext(c), structure, { ...input, period: input.period ?? "year" });
    const { store, clock } = c.var.deps;
    const snapshot = await store.reports.createSnapshot(
      {
        id: randomBytes(16).toString("hex"),
        structureId: structure.id,
        questionnaire: input.questionnaire,
        methodVersion: METHOD_VERSION,
        dataCutoff: body.horizon,
        minCell: body.threshold,
        content: body,
        createdBy: user.id,
      },
      clock(),
    );
    await store.audit.record(
      { userId: user.id, action: "report.snapshot", targetType: "snapshot", targetId: snapshot.id, region: structure.region },
      clock(),
    );
    return c.json({ ...snapshot, content: body }, 201);
  })
  .get("/structures/:id/snapshots", signedIn, validate("param", idParam), async (c) => {
    const { structure } = await readableStructure(c, c.req.valid("param").id);
    return c.json({ snapshots: await c.var.deps.store.reports.listSnapshots(structure.id) }, 200);
  })
  .get("/structures/:id/snapshots/:snapshotId", signedIn, validate("param", snapshotParam), async (c) => {
    const { id, snapshotId } = c.req.valid("param");
    const { structure, user } = await readableStructure(c, id);
    const snapshot = await c.var.deps.store.reports.getSnapshot(structure.id, snapshotId);
    if (!snapshot) throw new ApiError("not_found");
    await c.var.deps.store.audit.record(
      { userId: user.id, action: "report.snapshot_read", targetType: "snapshot", targetId: snapshotId, region: structure.region },
      c.var.deps.clock(),
    );
    return c.json(snapshot, 200);
  })
  // Public: the observatory's open figures for a region, no structure named, under the same disclosure control.
  .get("/regions/:code", validate("param", regionParam), validate("query", regionQuery), async (c) => {
    const { code } = c.req.valid("param");
    const query = c.req.valid("query");
    const report = await readRegionReport(readContext(c), code, query);
    return c.json({ ...report, region: { code, name: regionName(code) } }, 200);
  });
