import { randomBytes } from "node:crypto";
import type { UserRecord } from "../domain/accounts.ts";
import { METHOD_VERSION } from "../domain/benchmark/method-version.ts";
import type { Granularity } from "../domain/benchmark/periods.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";
import { readFunnel, readStructureReport } from "./reports.ts";

/**
 * A structure's figures as its readers ask for them — its managers, its region's coordinators, admins — every
 * reading audited, and a snapshot frozen with its audit entry in one transaction. The figures themselves come
 * from the ledger (reports.ts).
 */

type ReadingContext = Pick<ActionContext, "store" | "config" | "clock" | "reportPools">;
type ReportQuery = { questionnaire: string; role?: RespondentRole | undefined; period: Granularity };

export async function readableStructure({ store }: ReadingContext, user: UserRecord, id: number) {
  const structure = await store.structures.get(id);
  if (!structure) throw new DomainError("structure_not_found");
  permit(user, { action: "structure.manage", structure });
  return structure;
}

export async function structureReport(ctx: ReadingContext, user: UserRecord, id: number, query: ReportQuery) {
  const structure = await readableStructure(ctx, user, id);
  const body = await readStructureReport(ctx, structure, query);
  const entry = { userId: user.id, action: "report.read", targetType: "structure", targetId: structure.id, region: structure.region };
  await ctx.store.audit.record({ ...entry, details: { questionnaire: query.questionnaire } }, ctx.clock());
  return body;
}

export async function structureFunnel(
  ctx: ReadingContext,
  user: UserRecord,
  id: number,
  query: { questionnaire: string; indicator: string; role?: RespondentRole | undefined },
) {
  const structure = await readableStructure(ctx, user, id);
  const body = await readFunnel(ctx, structure, query);
  const entry = { userId: user.id, action: "report.funnel", targetType: "structure", targetId: structure.id, region: structure.region };
  await ctx.store.audit.record({ ...entry, details: query }, ctx.clock());
  return body;
}

/** Freezes the report as served, with its method version and data cut-off; the snapshot and its audit entry commit together. */
export async function takeSnapshot(ctx: ReadingContext, user: UserRecord, id: number, query: ReportQuery) {
  const structure = await readableStructure(ctx, user, id);
  // Read first: the reading may release a closed quarter, which is no part of this transaction.
  const body = await readStructureReport(ctx, structure, query);
  const now = ctx.clock();
  const snapshot = await ctx.store.transaction(async (tx) => {
    const created = await tx.reports.createSnapshot(
      {
        id: randomBytes(16).toString("hex"),
        structureId: structure.id,
        questionnaire: query.questionnaire,
        methodVersion: METHOD_VERSION,
        dataCutoff: body.horizon,
        minCell: body.threshold,
        content: body,
        createdBy: user.id,
      },
      now,
    );
    const entry = { userId: user.id, action: "report.snapshot", targetType: "snapshot", targetId: created.id, region: structure.region };
    await tx.audit.record(entry, now);
    return created;
  });
  return { ...snapshot, content: body };
}

export async function listSnapshots(ctx: ReadingContext, user: UserRecord, id: number) {
  const structure = await readableStructure(ctx, user, id);
  return ctx.store.reports.listSnapshots(structure.id);
}

export async function readSnapshot(ctx: ReadingContext, user: UserRecord, id: number, snapshotId: string) {
  const structure = await readableStructure(ctx, user, id);
  const snapshot = await ctx.store.reports.getSnapshot(structure.id, snapshotId);
  if (!snapshot) throw new DomainError("not_found");
  const entry = { userId: user.id, action: "report.snapshot_read", targetType: "snapshot", targetId: snapshotId, region: structure.region };
  await ctx.store.audit.record(entry, ctx.clock());
  return snapshot;
}
