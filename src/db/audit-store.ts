import { desc, eq } from "drizzle-orm";
import type { AuditEntry } from "../domain/audit.ts";
import type { Db } from "./open-database.ts";
import { auditLog } from "./schema.ts";

export interface AuditStore {
  record(entry: AuditEntry, now: Date): Promise<void>;
  list(options: { limit: number; region?: string }): Promise<(AuditEntry & { id: number; at: string })[]>;
}

export function createAuditStore(db: Db): AuditStore {
  return {
    async record(entry, now) {
      db.insert(auditLog)
        .values({
          userId: entry.userId,
          action: entry.action,
          targetType: entry.targetType ?? null,
          targetId: entry.targetId === undefined ? null : String(entry.targetId),
          details: entry.details === undefined ? null : JSON.stringify(entry.details),
          region: entry.region ?? null,
          at: now.toISOString(),
        })
        .run();
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
