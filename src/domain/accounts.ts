/** Staff accounts: who they are and what role they hold (access.ts says what each role may do). */

export const STAFF_ROLES = ["admin", "coordinator", "manager", "co_researcher"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The backgrounds a co-researcher brings; approvals need several of them (see codesign/approval-rule.ts). */
export const BACKGROUNDS = ["peer_worker", "researcher", "professional", "patient", "family"] as const;
export type Background = (typeof BACKGROUNDS)[number];

export interface UserRecord {
  id: number;
  email: string;
  role: StaffRole;
  region: string | null;
  displayName: string | null;
  /** A co-researcher's background; null for other accounts. */
  background: Background | null;
  /**
   * Who vouched for the background (an admin, or the coordinator of the account's region); null while it is
   * only declared. Only an attested background counts in an approval (codesign/approval-rule.ts).
   */
  backgroundAttestedBy: number | null;
  structureIds: number[];
}
