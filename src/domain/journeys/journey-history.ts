/**
 * A respondent's own history, as the device keeps it and as it travels, encrypted, between devices: for each
 * visit, the day and the score of each dimension. Nothing of the answers themselves, no campaign, no place.
 */
export interface JourneyVisit {
  /** YYYY-MM-DD, as the device's calendar says. */
  day: string;
  scores: { dimension: string; score: number | null }[];
}

export interface JourneyHistory {
  visits: JourneyVisit[];
}

/** The largest blob the API stores: 64 KiB, far more than `MAX_VISITS` visits need. */
export const MAX_JOURNEY_BYTES = 64 * 1024;
/** Older visits are dropped past this many: the comparison only ever reads the last one. */
export const MAX_VISITS = 40;

/** Below this many points (on 0–100) a change is read as "about the same": answers vary a little from day to day. */
export const SAME_WITHIN_POINTS = 5;

export type Change =
  | { kind: "first_time" }
  | { kind: "no_score" }
  | { kind: "about_the_same"; before: number; now: number }
  | { kind: "higher" | "lower"; before: number; now: number };

/** An empty history, or the one given when it has the expected shape (a blob from elsewhere is not trusted). */
export function readHistory(value: unknown): JourneyHistory {
  if (typeof value !== "object" || value === null || !Array.isArray((value as JourneyHistory).visits)) return { visits: [] };
  const visits = (value as JourneyHistory).visits.filter(
    (v): v is JourneyVisit =>
      typeof v === "object" &&
      v !== null &&
      typeof v.day === "string" &&
      Array.isArray(v.scores) &&
      v.scores.every((s) => typeof s?.dimension === "string" && (s.score === null || typeof s.score === "number")),
  );
  return { visits };
}

/** The history with one more visit, at most `MAX_VISITS` kept. */
export function addVisit(history: JourneyHistory, visit: JourneyVisit): JourneyHistory {
  return { visits: [...history.visits, visit].slice(-MAX_VISITS) };
}

/** Two histories (this device's and the one stored under the code) as one, each visit once, oldest first. */
export function mergeHistories(a: JourneyHistory, b: JourneyHistory): JourneyHistory {
  const seen = new Set<string>();
  const visits = [...a.visits, ...b.visits]
    .filter((v) => {
      const id = JSON.stringify(v);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((x, y) => x.day.localeCompare(y.day));
  return { visits: visits.slice(-MAX_VISITS) };
}

/**
 * How a dimension moved since the last visit that scored it. A description of the numbers only: which way is
 * "better" is left to the words the respondent already reads for that dimension.
 */
export function changeSinceLastTime(dimension: string, now: number | null, before: readonly JourneyVisit[]): Change {
  if (now === null) return { kind: "no_score" };
  const previous = [...before]
    .reverse()
    .map((v) => v.scores.find((s) => s.dimension === dimension)?.score)
    .find((s): s is number => typeof s === "number");
  if (previous === undefined) return { kind: "first_time" };
  const a = Math.round(previous);
  const b = Math.round(now);
  if (Math.abs(b - a) < SAME_WITHIN_POINTS) return { kind: "about_the_same", before: a, now: b };
  return { kind: b > a ? "higher" : "lower", before: a, now: b };
}
