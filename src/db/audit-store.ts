import { desc, eq } from "drizzle-orm";
import type { AuditEntry } from "../domain/audit.ts";
import type { Db } from "./open-database.ts";
import { auditLog } from "./schema.ts";

export interface AuditStore {
  record(entry: AuditEntry, now: Date): Promise<void>;
  list(options: { limit: number; region?: string }): Promise<(AuditEntry & { id: number; at: string })[]>;
}

/** The row of an audit entry, for stores that write one in the same transaction as the change it records. */
export function auditRow(entry: AuditEntry, now: Date) {
  return {
    userId: entry.userId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    details: entry.details === undefined ? null : JSON.stringify(entry.details),
    region: entry.region ?? null,
    at: now.toISOString(),
  };
}

/** Staff actions only: respondents' submissions are never audited, which would tie a time to an answer. */
export function createAuditStore(db: Db): AuditStore {
  return {
    async record(entry, now) {
      db.insert(auditLog).values(auditRow(entry, now)).run();
    },
    async list({ limit, region }) {
      const query = db.select().from(auditLog);
      return (region === undefined ? query : query.where(eq(auditLog.region, region)))
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .all()
        .map((row) => ({
          id: row.id,
          at: row.at,
          userId: row.userId,
          action: row.action,
          ...(row.targetType ? { targetType: row.targetType } : {}),
          ...(row.targetId ? { targetId: row.targetId } : {}),
          ...(row.details ? { details: JSON.parse(row.details) as unknown } : {}),
          region: row.region,
        }));
    },
  };
}
