import { canonicalJson } from "../questionnaire/content-hash.ts";

/** The three-way rule of the draft merge (merge-drafts.ts), applied to one unit and down through its properties. */

export interface DraftConflict {
  /** `targetKey` of the unit ("question:q3", "page:p1", "dimension:hope", "scale", "questionnaire"), or "pages". */
  key: string;
  reason: "both_changed" | "changed_and_removed";
}

export type Conflicts = Map<string, DraftConflict["reason"]>;

/** The first reason found for a key is kept: one conflict per unit. */
export function report(conflicts: Conflicts, key: string, reason: DraftConflict["reason"]): void {
  if (!conflicts.has(key)) conflicts.set(key, reason);
}

export const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Which side a unit's value comes from, by the three-way rule (on canonical JSON). */
export function choose(base: string, mine: string, theirs: string): "mine" | "theirs" | "conflict" {
  if (mine === base) return "theirs";
  if (theirs === base || mine === theirs) return "mine";
  return "conflict";
}

export function mergeValue<T>(key: string, base: T, mine: T, theirs: T, conflicts: Conflicts, options: { whole?: boolean } = {}): T {
  const side = choose(canonicalJson(base), canonicalJson(mine), canonicalJson(theirs));
  const merged = options.whole
    ? side === "conflict"
      ? { ok: false as const }
      : { ok: true as const, value: side === "mine" ? mine : theirs }
    : mergeFields(base, mine, theirs);
  if (!merged.ok) {
    report(conflicts, key, "both_changed");
    return theirs;
  }
  return merged.value as T;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The three-way rule applied property by property inside a unit, down through plain objects: one person
 * fixing a question's English text while another changes its choices, or one rewording the French title
 * while another makes the question required, both keep their edit. Lists (choices, rows, dimension items)
 * stay whole — their order means something — and the same property changed differently is a conflict.
 */
export function mergeFields(base: unknown, mine: unknown, theirs: unknown): { ok: true; value: unknown } | { ok: false } {
  const side = choose(canonicalJson(base) ?? "", canonicalJson(mine) ?? "", canonicalJson(theirs) ?? "");
  if (side !== "conflict") return { ok: true, value: side === "mine" ? mine : theirs };
  if (!isRecord(mine) || !isRecord(theirs) || (base !== undefined && !isRecord(base))) return { ok: false };
  const was = base ?? {};
  const value: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(was)])) {
    const field = mergeFields(was[key], mine[key], theirs[key]);
    if (!field.ok) return field;
    if (field.value !== undefined) value[key] = field.value;
  }
  return { ok: true, value };
}
