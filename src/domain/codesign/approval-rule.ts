import type { Background } from "../accounts.ts";

/**
 * The participatory principle made a rule: a version is published only when people of different backgrounds
 * have approved it — at least one peer worker (lived experience of peer support) and at least one
 * researcher or professional. Two distinct people are needed, which two different backgrounds imply.
 * Patients and relatives may approve too; their approval is recorded, and it does not replace either side.
 */

export interface Approval {
  userId: number;
  background: Background;
}

/** What is still missing before publication: a peer worker, a researcher or professional, or both. */
export type MissingApproval = "peer_worker" | "researcher_or_professional";

export interface ApprovalStatus {
  satisfied: boolean;
  missing: MissingApproval[];
}

/**
 * @example
 * approvalStatus([{ userId: 1, background: "peer_worker" }, { userId: 2, background: "researcher" }])
 * // → { satisfied: true, missing: [] }
 */
export function approvalStatus(approvals: readonly Approval[]): ApprovalStatus {
  const backgrounds = new Set(approvals.map((a) => a.background));
  const missing: MissingApproval[] = [];
  if (!backgrounds.has("peer_worker")) missing.push("peer_worker");
  if (!backgrounds.has("researcher") && !backgrounds.has("professional")) missing.push("researcher_or_professional");
  return { satisfied: missing.length === 0, missing };
}
