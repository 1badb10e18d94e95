/**
 * An entry of the audit log of staff actions. Respondents' submissions are never audited: that would tie a
 * time to an answer.
 */
export interface AuditEntry {
  userId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: unknown;
  /** Region of the structure concerned, if any: coordinators read their region's entries. */
  region?: string | null;
}
