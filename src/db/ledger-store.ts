import { and, asc, eq, inArray, like, sql } from "drizzle-orm";
import type { ReleasedFigure } from "../domain/release/build-release.ts";
import type { AuditEntry } from "../domain/audit.ts";
import { auditRow } from "./audit-store.ts";
import type { Db } from "./open-database.ts";
import { auditLog, releasedFigures, releases } from "./schema.ts";

export interface ReleaseRecord {
  id: number;
  series: string;
  quarter: string;
  cutoff: string;
  methodVersion: string;
  minCell: number;
  versions: { questionnaire: string; version: number }[];
  releasedOn: string;
}

export type NewRelease = Omit<ReleaseRecord, "id">;

/** A released figure as read back, JSON already parsed. */
export interface StoredFigure extends ReleasedFigure {
  releaseId: number;
}

export interface LedgerStore {
  /** Releases of a series, oldest first. */
  listReleases(series: string): Promise<ReleaseRecord[]>;
  /** Group scopes shown at each release of a series, by release id and `${role}|${indicatorId}`: what the auditor builds on. */
  shownGroups(series: string): Promise<Map<number, Map<string, string[]>>>;
  /** Whether any figure of these releases is shown (a series "has released figures"). */
  anyShown(releaseIds: readonly number[]): Promise<boolean>;
  /**
   * Writes a release and its figures in one transaction, with the audit entry of whoever asked for it. A
   * release already written for the same series and quarter is kept as it is and returned.
   */
  writeRelease(release: NewRelease, figures: readonly ReleasedFigure[], audit?: { entry: AuditEntry; now: Date }): Promise<ReleaseRecord>;
  /** Figures of the given releases and scopes (one role, or all), newest release first. */
  figures(releaseIds: readonly number[], scopes: readonly string[], role?: string): Promise<StoredFigure[]>;
}

const releaseColumns = {
  id: releases.id,
  series: releases.series,
  quarter: releases.quarter,
  cutoff: releases.cutoff,
  methodVersion: releases.methodVersion,
  minCell: releases.minCell,
  versions: releases.versions,
  releasedOn: releases.releasedOn,
};

const toRelease = (row: Omit<ReleaseRecord, "versions"> & { versions: string }): ReleaseRecord => ({
  ...row,
  versions: JSON.parse(row.versions) as ReleaseRecord["versions"],
});

/** Figures are written as JSON text; a suppressed one always carries this, which lets SQL tell them apart. */
const SUPPRESSED = '%"suppressed":true%';

/**
 * Figures kept parsed, most recently read last. A group's detail lists its members (every structure of the
 * nation for `national`): parsing them took most of a report's time, at every reading. A released figure never
 * changes (the ledger is append-only, frozen by triggers), so once parsed it serves every later reading; it is
 * frozen, so that no view can alter what the next one reads.
 */
const MAX_PARSED_FIGURES = 20_000;

export function createLedgerStore(db: Db): LedgerStore {
  const parsed = new Map<string, StoredFigure>();
  const keyOf = (row: Pick<StoredFigure, "releaseId" | "scope" | "role" | "indicatorId">) =>
    `${row.releaseId}|${row.scope}|${row.role}|${row.indicatorId}`;
  const findRelease = (series: string, quarter: string) =>
    db
      .select(releaseColumns)
      .from(releases)
      .where(and(eq(releases.series, series), eq(releases.quarter, quarter)))
      .get();
  return {
    async listReleases(series) {
      return db
        .select(releaseColumns)
        .from(releases)
        .where(eq(releases.series, series))
        .orderBy(asc(releases.quarter))
        .all()
        .map(toRelease);
    },
    async shownGroups(series) {
      const rows = db
        .select({
          releaseId: releasedFigures.releaseId,
          role: releasedFigures.role,
          indicatorId: releasedFigures.indicatorId,
          scope: releasedFigures.scope,
        })
        .from(releasedFigures)
        .innerJoin(releases, eq(releases.id, releasedFigures.releaseId))
        .where(
          and(eq(releases.series, series), like(releasedFigures.scope, "group:%"), sql`${releasedFigures.figure} NOT LIKE ${SUPPRESSED}`),
        )
        .all();
      const shown = new Map<number, Map<string, string[]>>();
      for (const row of rows) {
        const byKey = shown.get(row.releaseId) ?? shown.set(row.releaseId, new Map()).get(row.releaseId)!;
        const key = `${row.role}|${row.indicatorId}`;
        (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(row.scope);
      }
      return shown;
    },
    async anyShown(releaseIds) {
      if (releaseIds.length === 0) return false;
      const row = db
        .select({ one: sql<number>`1` })
        .from(releasedFigures)
        .where(and(inArray(releasedFigures.releaseId, [...releaseIds]), sql`${releasedFigures.figure} NOT LIKE ${SUPPRESSED}`))
        .limit(1)
        .get();
      return row !== undefined;
    },
    async writeRelease(release, figures, audit) {
      return db.transaction((tx) => {
        const existing = findRelease(release.series, release.quarter);
        if (existing) return toRelease(existing);
        const row = tx
          .insert(releases)
          .values({ ...release, versions: JSON.stringify(release.versions) })
          .returning(releaseColumns)
          .get();
        // Many thousands of rows for a large region: inserted in chunks to stay under SQLite's variable limit.
        const values = figures.map((f) => ({
          releaseId: row.id,
          role: f.role,
          indicatorId: f.indicatorId,
          scope: f.scope,
          figure: JSON.stringify(f.figure),
          detail: JSON.stringify(f.detail),
        }));
        for (let i = 0; i < values.length; i += 500)
          tx.insert(releasedFigures)
            .values(values.slice(i, i + 500))
            .run();
        if (audit) tx.insert(auditLog).values(auditRow(audit.entry, audit.now)).run();
        return toRelease(row);
      });
    },
    async figures(releaseIds, scopes, role) {
      if (releaseIds.length === 0 || scopes.length === 0) return [];
      const order = new Map(releaseIds.map((id, i) => [id, i]));
      const where = and(
        inArray(releasedFigures.releaseId, [...releaseIds]),
        inArray(releasedFigures.scope, [...scopes]),
        role ? eq(releasedFigures.role, role as StoredFigure["role"]) : undefined,
      );
      // The keys alone come from the primary key's index; the JSON is read only for figures not parsed yet.
      const keys = db
        .select({
          releaseId: releasedFigures.releaseId,
          scope: releasedFigures.scope,
          role: releasedFigures.role,
          indicatorId: releasedFigures.indicatorId,
        })
        .from(releasedFigures)
        .where(where)
        .all()
        .map(keyOf);
      const found = new Map<string, StoredFigure>();
      for (const key of keys) {
        const figure = parsed.get(key);
        if (!figure) continue;
        found.set(key, figure);
        parsed.delete(key);
        parsed.set(key, figure);
      }
      if (found.size < keys.length) {
        for (const row of db.select().from(releasedFigures).where(where).all()) {
          const key = keyOf(row);
          if (found.has(key)) continue;
          const figure = deepFreeze({
            ...row,
            figure: JSON.parse(row.figure) as StoredFigure["figure"],
            detail: JSON.parse(row.detail) as StoredFigure["detail"],
          });
          found.set(key, figure);
          parsed.set(key, figure);
          if (parsed.size > MAX_PARSED_FIGURES) parsed.delete(parsed.keys().next().value!);
        }
      }
      return keys.map((key) => found.get(key)!).sort((a, b) => order.get(a.releaseId)! - order.get(b.releaseId)!);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
