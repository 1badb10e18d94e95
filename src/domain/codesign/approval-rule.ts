import type { Background } from "../accounts.ts";

/**
 * The participatory principle made a rule: a version is published only when people of different backgrounds
 * have approved it — at least one peer worker (lived experience of peer support) and at least one
 * researcher or professional. Patients and relatives may approve too; their approval is recorded, and it
 * does not replace either side.
 *
 * A1 Only people count. An approval counts when its background was attested (an admin, or the coordinator of
 *    the person's region, vouched for it: access.ts); a background only declared — by the person, or by the
 *    co-researcher who proposed them — counts for nothing. Each person counts once.
 * A2 No one vouches for their own draft alone. The person who submitted the draft for review is not the only
 *    approver of their side: if a researcher submits, another researcher or professional approves too; if a
 *    peer worker submits, another peer worker does.
 */

export interface Approval {
  userId: number;
  background: Background;
  /** Who attested the approver's background; null if nobody did. */
  attestedBy: number | null;
}

/** What is still missing before publication: a peer worker, a researcher or professional, or both. */
export type MissingApproval = "peer_worker" | "researcher_or_professional";

export interface ApprovalStatus {
  satisfied: boolean;
  missing: MissingApproval[];
}

const sideOf = (background: Background): MissingApproval | null =>
  background === "peer_worker"
    ? "peer_worker"
    : background === "researcher" || background === "professional"
      ? "researcher_or_professional"
      : null;

/**
 * @param submittedBy who submitted the draft for review (A2); null if unknown.
 * @example
 * approvalStatus([{ userId: 1, background: "peer_worker", attestedBy: 9 }, { userId: 2, background: "researcher", attestedBy: 9 }], 3)
 * // → { satisfied: true, missing: [] }
 */
export function approvalStatus(approvals: readonly Approval[], submittedBy: number | null = null): ApprovalStatus {
  const people = new Map<MissingApproval, Set<number>>([
    ["peer_worker", new Set()],
    ["researcher_or_professional", new Set()],
  ]);
  for (const approval of approvals) {
    const side = sideOf(approval.background);
    if (approval.attestedBy !== null && side !== null) people.get(side)!.add(approval.userId);
  }
  const missing = [...people]
    .filter(([, ids]) => ids.size === 0 || (ids.size === 1 && ids.has(submittedBy ?? Number.NaN)))
    .map(([side]) => side);
  return { satisfied: missing.length === 0, missing };
}
