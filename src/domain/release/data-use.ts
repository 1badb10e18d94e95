/**
 * A data-use request: before a research project takes response-level data out, one of its members states
 * what for, who will read it and until when; an admin or a coordinator approves or refuses it, and both steps
 * are in the audit log (GDPR art. 5(1)(b) purpose limitation, (e) storage limitation; art. 89 safeguards for
 * research). An export reads only under an approved request whose retention date is not past.
 */

export interface DataUseRequest {
  id: number;
  projectId: number;
  requestedBy: number | null;
  purpose: string;
  people: string[];
  /** YYYY-MM-DD. */
  retainUntil: string;
  freeText: boolean;
  status: "pending" | "approved" | "refused";
  decidedBy: number | null;
  decidedAt: string | null;
  createdAt: string;
}

export type NewDataUseRequest = Pick<DataUseRequest, "projectId" | "requestedBy" | "purpose" | "people" | "retainUntil" | "freeText">;

/**
 * Whether a request lets its project export today (YYYY-MM-DD).
 * @example
 * usable({ status: "approved", retainUntil: "2027-12-31" }, "2026-06-15") // → true
 */
export function usable(request: Pick<DataUseRequest, "status" | "retainUntil">, today: string): boolean {
  return request.status === "approved" && request.retainUntil >= today;
}
