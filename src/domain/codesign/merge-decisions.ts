import { canonicalJson } from "../questionnaire/content-hash.ts";
import { choose } from "./merge-values.ts";
import type { WordingDecision } from "./types.ts";

/**
 * Three-way merge of the recorded wording decisions, key by key, with the same rule as the content: a side
 * that did not touch a decision takes the other's; two different answers to the same question conflict.
 */
export function mergeDecisions(
  base: readonly WordingDecision[],
  mine: readonly WordingDecision[],
  theirs: readonly WordingDecision[],
): { ok: true; merged: WordingDecision[] } | { ok: false; conflicts: string[] } {
  const index = (list: readonly WordingDecision[]) => new Map(list.map((d) => [d.key, d]));
  const [b, m, t] = [index(base), index(mine), index(theirs)];
  const json = (d?: WordingDecision) => (d ? canonicalJson(d) : "");
  const merged: WordingDecision[] = [];
  const conflicts: string[] = [];
  for (const key of [...new Set([...b.keys(), ...m.keys(), ...t.keys()])].sort()) {
    const [was, mineNow, theirsNow] = [b.get(key), m.get(key), t.get(key)];
    const side = choose(json(was), json(mineNow), json(theirsNow));
    const chosen = side === "mine" ? mineNow : theirsNow;
    if (side === "conflict") conflicts.push(`decision:${key}`);
    else if (chosen !== undefined) merged.push(chosen);
  }
  return conflicts.length > 0 ? { ok: false, conflicts } : { ok: true, merged };
}
