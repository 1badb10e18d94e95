import type { Scoring } from "../questionnaire/types.ts";
import type { VersionChange, WordingDecision } from "./types.ts";

/**
 * Which recorded decisions stop two versions from pooling in the benchmarks. A `wording` change judged
 * not comparable breaks the series only when it touches something the benchmarks compute from (a scored
 * question, a dimension, an indicator); a reworded free-text question judged not comparable does not.
 */
export function breaksPooling(decision: Pick<WordingDecision, "key" | "comparable">, scoredKeys: ReadonlySet<string>): boolean {
  return !decision.comparable && scoredKeys.has(decision.key);
}

/** The wording changes that still need a recorded decision before publication. */
export function undecidedWordingChanges(changes: readonly VersionChange[], decisions: readonly WordingDecision[]): VersionChange[] {
  const decided = new Set(decisions.map((d) => d.key));
  return changes.filter((change) => change.class === "wording" && !decided.has(change.key));
}

/** The keys of everything a version's figures are computed from: scored questions, dimensions, indicators. */
export function scoredKeys(scoring: Scoring): Set<string> {
  const keys = new Set<string>(["scale"]);
  for (const dimension of scoring.dimensions) {
    keys.add(`dimension:${dimension.id}`);
    for (const item of dimension.items) keys.add(`question:${item}`);
  }
  for (const indicator of scoring.indicators) {
    keys.add(`indicator:${indicator.id}`);
    if ("item" in indicator) keys.add(`question:${indicator.item}`);
  }
  return keys;
}
