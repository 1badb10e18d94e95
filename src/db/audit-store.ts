import { desc } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import { auditLog } from "./schema.ts";

export interface AuditEntry {
  userId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: unknown;
}

export interface AuditStore {
  record(entry: AuditEntry, now: Date): Promise<void>;
  list(limit: number): Promise<(AuditEntry & { id: number; at: string })[]>;
}

/** Staff actions only: respondents' submissions are never audited, which would tie a time to an answer. */
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
          at: now.toISOString(),
        })
        .run();
    },
    async list(limit) {
      return db
        .select()
        .from(auditLog)
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
        }));
    },
  };
}
