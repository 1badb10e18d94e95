import { report, type Conflicts } from "./merge-values.ts";
import type { Tree } from "./draft-trees.ts";

/**
 * The order of one container's members in the result: the constraints of both sides (pairs each swapped,
 * each new element after its predecessor on its side), ties broken by the sequence merge (see above).
 */
export function mergeOrder(
  container: string,
  base: Tree,
  mine: Tree,
  theirs: Tree,
  members: Set<string>,
  orderKey: (key: string) => string,
  conflicts: Conflicts,
): string[] {
  const [b, m, t] = [base, mine, theirs].map((tree) => tree.children.get(container) ?? []) as [string[], string[], string[]];
  const reference = sequenceMerge(b, m, t, members);
  const inBase = new Map(b.map((key, i) => [key, i]));
  const after = new Map<string, Set<string>>(reference.map((key) => [key, new Set()]));
  for (const side of [m, t]) {
    const listed = side.filter((key) => members.has(key));
    listed.forEach((key, i) => {
      const at = inBase.get(key);
      if (at === undefined) {
        const predecessor = listed[i - 1];
        if (predecessor !== undefined) after.get(predecessor)?.add(key);
        return;
      }
      for (const later of listed.slice(i + 1)) {
        const laterAt = inBase.get(later);
        if (laterAt !== undefined && laterAt < at) after.get(key)?.add(later);
      }
    });
  }

  // Kahn's topological sort, always taking the earliest ready element of the reference order.
  const pending = new Map(reference.map((key) => [key, 0]));
  for (const next of after.values()) for (const key of next) pending.set(key, (pending.get(key) ?? 0) + 1);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < reference.length) {
    const ready = reference.find((key) => !placed.has(key) && pending.get(key) === 0);
    if (ready === undefined) break;
    order.push(ready);
    placed.add(ready);
    for (const key of after.get(ready) ?? []) pending.set(key, (pending.get(key) ?? 0) - 1);
  }
  const stuck = reference.filter((key) => !placed.has(key));
  for (const key of stuck) if (reaches(after, key, key, placed)) report(conflicts, orderKey(key), "both_changed");
  return [...order, ...stuck];
}

function reaches(after: Map<string, Set<string>>, from: string, to: string, excluded: Set<string>): boolean {
  const seen = new Set<string>();
  const stack = [...(after.get(from) ?? [])];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (key === to) return true;
    if (seen.has(key) || excluded.has(key)) continue;
    seen.add(key);
    stack.push(...(after.get(key) ?? []));
  }
  return false;
}

/**
 * The customary sequence merge: theirs' list without what mine removed or moved, then each element mine added
 * or moved (out of the longest subsequence it kept from base) right after its nearest predecessor in mine
 * that is already placed, or first.
 */
function sequenceMerge(base: string[], mine: string[], theirs: string[], members: Set<string>): string[] {
  const inBase = new Set(base);
  const inMine = new Set(mine);
  const kept = longestCommonSubsequence(
    base.filter((key) => inMine.has(key)),
    mine.filter((key) => inBase.has(key)),
  );
  const reinserted = new Set(mine.filter((key) => !kept.has(key)));
  const out = theirs.filter((key) => members.has(key) && !reinserted.has(key));
  const placed = new Set(out);
  mine.forEach((key, i) => {
    if (!members.has(key) || placed.has(key)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const predecessor = mine[j]!;
      if (placed.has(predecessor)) {
        at = out.indexOf(predecessor) + 1;
        break;
      }
    }
    out.splice(at, 0, key);
    placed.add(key);
  });
  // Members listed by neither side here (only when other units conflict): base order, then by key.
  for (const key of [...base, ...[...members].sort()]) {
    if (members.has(key) && !placed.has(key)) {
      out.push(key);
      placed.add(key);
    }
  }
  return out;
}

/** The elements of one longest common subsequence of two lists (dynamic programming; ties: first of `a`). */
function longestCommonSubsequence(a: string[], b: string[]): Set<string> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const out = new Set<string>();
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return out;
}
