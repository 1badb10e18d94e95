import { Hono } from "hono";
import { z } from "zod";
import { listSnapshots, readSnapshot, structureFunnel, structureReport, takeSnapshot } from "../actions/report-readings.ts";
import { readRegionReport } from "../actions/reports.ts";
import { exportStructureReport } from "../actions/exports.ts";
import { structureComments } from "../actions/structure-comments.ts";
import { sendFile } from "../http/send-file.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { isRegion, regionName } from "../domain/territory.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { requireUser, signedIn } from "../http/session.ts";
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
const exportQuery = reportQuery
  .extend({
    format: z.enum(["csv", "xlsx"]).default("csv"),
    separator: z.enum(["semicolon", "comma"]).default("semicolon"),
    // A CSV holds one table: the figures, or the comments. A workbook holds both, one sheet each.
    part: z.enum(["figures", "comments"]).default("figures"),
  })
  .strict();
const commentsQuery = z.object({ questionnaire: z.string().min(1).max(64), role: z.enum(RESPONDENT_ROLES).optional() }).strict();
const snapshotInput = reportQuery.extend({ period: z.enum(["quarter", "year"]).optional() }).strict();
const snapshotParam = idParam.extend({ snapshotId: z.string().regex(/^[0-9a-f]{32}$/) });
const regionParam = z.object({ code: z.string().refine(isRegion, "not an INSEE region code") });
const regionQuery = z.object({ questionnaire: z.string().min(1).max(64), role: z.enum(RESPONDENT_ROLES).optional() }).strict();

export const reportRoutes = new Hono<AppEnv>()
  // That structure's managers, its region's coordinators, admins. Every reading is audited.
  .get("/structures/:id", signedIn, validate("param", idParam), validate("query", reportQuery), async (c) => {
    return c.json(await structureReport(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("query")), 200);
  })
  // Same rights as the report: other structures' points are anonymous, the viewer's own is marked.
  .get("/structures/:id/funnel", signedIn, validate("param", idParam), validate("query", funnelQuery), async (c) => {
    return c.json(await structureFunnel(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("query")), 200);
  })
  // Same rights as the report: the released comments, masked, shuffled, without date or other answer.
  .get("/structures/:id/comments", signedIn, validate("param", idParam), validate("query", commentsQuery), async (c) => {
    return c.json(await structureComments(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("query")), 200);
  })
  // Same rights as the report, and the report's figures only: CSV (`;` by default, `,` on request) or xlsx.
  .get("/structures/:id/export", signedIn, validate("param", idParam), validate("query", exportQuery), async (c) => {
    return sendFile(c, await exportStructureReport(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("query")));
  })
  // Same rights as the report: freezes the report as served, with its method version and data cut-off.
  .post("/structures/:id/snapshots", signedIn, validate("param", idParam), validate("json", snapshotInput), async (c) => {
    const input = c.req.valid("json");
    const query = { ...input, period: input.period ?? "year" } as const;
    return c.json(await takeSnapshot(actionContext(c), requireUser(c), c.req.valid("param").id, query), 201);
  })
  .get("/structures/:id/snapshots", signedIn, validate("param", idParam), async (c) => {
    return c.json({ snapshots: await listSnapshots(actionContext(c), requireUser(c), c.req.valid("param").id) }, 200);
  })
  .get("/structures/:id/snapshots/:snapshotId", signedIn, validate("param", snapshotParam), async (c) => {
    const { id, snapshotId } = c.req.valid("param");
    return c.json(await readSnapshot(actionContext(c), requireUser(c), id, snapshotId), 200);
  })
  // Public: the observatory's open figures for a region, no structure named, under the same disclosure control.
  .get("/regions/:code", validate("param", regionParam), validate("query", regionQuery), async (c) => {
    const { code } = c.req.valid("param");
    const report = await readRegionReport(actionContext(c), code, c.req.valid("query"));
    return c.json({ ...report, region: { code, name: regionName(code) } }, 200);
  });
