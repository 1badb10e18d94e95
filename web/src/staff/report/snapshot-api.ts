import { api } from "../../shared/api-client.ts";
import { unwrap } from "../api-call.ts";
import type { Report, ReportQuery } from "../dashboard/report-api.ts";

export function listSnapshots(structureId: number) {
  return unwrap(api.reports.structures[":id"].snapshots.$get({ param: { id: String(structureId) } })).then((b) => b.snapshots);
}

export function freezeReport(structureId: number, query: ReportQuery) {
  return unwrap(api.reports.structures[":id"].snapshots.$post({ param: { id: String(structureId) }, json: query }));
}

/** A frozen report. Its content is the report exactly as it was served then (the API stores it as served). */
export async function loadSnapshot(structureId: number, snapshotId: string) {
  const snapshot = await unwrap(
    api.reports.structures[":id"].snapshots[":snapshotId"].$get({ param: { id: String(structureId), snapshotId } }),
  );
  return { ...snapshot, content: snapshot.content as Report };
}

export type SnapshotSummary = Awaited<ReturnType<typeof listSnapshots>>[number];
