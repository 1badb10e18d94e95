/**
 * Which self-assessment speaks for the structure. Several members of a team may answer; the manager marks one
 * submission final, and the latest mark wins. Until a submission is marked, the newest one is shown, so that a
 * structure sees its profile right after answering. Earlier submissions stay as history, with their dates.
 */

export interface Submission {
  id: string;
  /** YYYY-MM-DD: responses keep no finer time. */
  submittedOn: string;
}

export interface FinalMark {
  responseId: string;
  /** ISO timestamp of the marking. */
  markedAt: string;
}

export interface Agreed<S extends Submission> {
  submission: S;
  /** Whether a manager marked it final; false while the newest submission merely stands in. */
  final: boolean;
  markedAt: string | null;
}

/**
 * The agreed submission as of a day (inclusive), or now when `asOf` is left out.
 * @example
 * agreedAssessment([{ id: "a", submittedOn: "2026-03-01" }, { id: "b", submittedOn: "2026-04-02" }], [{ responseId: "a", markedAt: "2026-03-02T09:00:00Z" }])
 * // → { submission: { id: "a", … }, final: true, markedAt: "2026-03-02T09:00:00Z" }
 */
export function agreedAssessment<S extends Submission>(
  submissions: readonly S[],
  marks: readonly FinalMark[],
  asOf?: string,
): Agreed<S> | null {
  const inTime = submissions.filter((s) => asOf === undefined || s.submittedOn <= asOf);
  const byId = new Map(inTime.map((s) => [s.id, s]));
  const mark = marks
    .filter((m) => byId.has(m.responseId) && (asOf === undefined || m.markedAt.slice(0, 10) <= asOf))
    .sort((a, b) => (a.markedAt < b.markedAt ? 1 : a.markedAt > b.markedAt ? -1 : 0))[0];
  if (mark) return { submission: byId.get(mark.responseId)!, final: true, markedAt: mark.markedAt };
  const newest = newestFirst(inTime)[0];
  return newest ? { submission: newest, final: false, markedAt: null } : null;
}

/** Newest first; within a day (the finest time kept) by id, so that the order is stable. */
export function newestFirst<S extends Submission>(submissions: readonly S[]): S[] {
  return [...submissions].sort((a, b) =>
    a.submittedOn === b.submittedOn ? a.id.localeCompare(b.id) : a.submittedOn < b.submittedOn ? 1 : -1,
  );
}
