import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { buildStructureReport } from "../domain/benchmark/structure-report.ts";
import { comparableVersions } from "../domain/questionnaire/comparability.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const idParam = z.object({ id: z.coerce.number().int().positive() });
const reportQuery = z.object({ questionnaire: z.string().min(1).max(64) }).strict();

export const reportRoutes = new Hono<AppEnv>()
  // That structure's managers, its region's coordinators, admins. Every reading is audited.
  .get("/structures/:id", signedIn, validate("param", idParam), validate("query", reportQuery), async (c) => {
    const { store, config, clock } = c.var.deps;
    const structure = await store.structures.get(c.req.valid("param").id);
    if (!structure) throw new ApiError("structure_not_found");
    const user = authorize(c, { action: "structure.manage", structure });
    const slug = c.req.valid("query").questionnaire;
    const versions = await store.questionnaires.listPublishedVersions(slug);
    const latest = versions[0];
    if (!latest) throw new ApiError("questionnaire_not_found");

    const pooled = comparableVersions(latest, versions);
    const [aggregates, structures] = await Promise.all([
      store.reports.dimensionAggregates(pooled.map((v) => v.id)),
      store.structures.list(),
    ]);
    const roles = buildStructureReport({
      structure,
      structures,
      dimensions: latest.scoring.dimensions,
      aggregates,
      minCell: config.minCell,
    });
    await store.audit.record(
      { userId: user.id, action: "report.read", targetType: "structure", targetId: structure.id, details: { questionnaire: slug }, region: structure.region },
      clock(),
    );
    return c.json(
      {
        structure: { id: structure.id, name: structure.name, kind: structure.kind, department: structure.department, region: structure.region, setting: structure.setting },
        questionnaire: { slug, title: latest.title },
        versions: pooled.map((v) => v.version),
        minCell: config.minCell,
        roles,
      },
      200,
    );
  });
