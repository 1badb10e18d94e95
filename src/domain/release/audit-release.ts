import { RowSpace } from "./row-space.ts";

/**
 * The release auditor: decides which group figures of a new release may be shown, given every figure shown in
 * earlier releases, so that no combination of figures — across groups, views and releases — singles out the
 * data of fewer structures than the units rule allows (rules.ts, "Differences").
 *
 * Unknowns. A structure's data enter the figures in release steps (disclosure.ts, R2). Structures of the same
 * region, kind and setting (one "cell" of the region) belong to exactly the same groups, so the figures can
 * only ever tell apart what entered a cell at a release: one unknown per cell and release, concerning the
 * structures of the cell whose data entered then. Every group figure of release i is the sum of the unknowns
 * of its cells at releases 1…i. Knowing which structures entered when is assumed: the determined reader may
 * know it (from the public list of structures and the dates of their campaigns).
 *
 * Check. After adding each candidate figure, in order of precedence (the region, then kinds, then settings),
 * the auditor asks of every set T of fewer than `minStructures` structures whether some combination of the
 * figures is supported on the unknowns concerning T alone (row-space.ts). If so the candidate is refused
 * ("differencing") and the next one is tried. Sets already disclosed by earlier releases (which cannot be
 * unshown, e.g. under an older method) do not block new figures. A reader who manages one structure knows
 * that structure's own data; requiring 4 structures (3 besides any reader) covers every manager at once.
 * Coordinators see every structure of their region, so within a region there is nothing more to protect
 * from them, and regions share no unknown: each region is audited on its own.
 *
 * Why this method: the figures are sums, so linear algebra decides exactly what follows from them
 * (Chin & Özsoyoglu 1982), and it covers subtraction of two figures, of two releases, and every longer chain
 * at once; quartiles and percentile ranks, which are not sums, are handled by their own rule instead.
 */

export interface AuditedStructure {
  id: number;
  /** The cell: structures with the same key are in exactly the same groups. */
  cell: string;
  /** Indices of the releases at which some of its data entered the figures. */
  entries: readonly number[];
}

export interface AuditedGroup {
  key: string;
  /** Whether a structure's cell belongs to the group. */
  cells: ReadonlySet<string>;
}

export interface RegionAudit {
  structures: readonly AuditedStructure[];
  /** Index of the release being decided; earlier ones are 0 … current − 1. */
  current: number;
  /** Groups shown at each earlier release (by index). */
  shownBefore: ReadonlyMap<number, readonly AuditedGroup[]>;
  /** Candidate groups of the current release, in order of precedence; each already passed the primary rules. */
  candidates: readonly AuditedGroup[];
  minStructures: number;
}

/** Beyond this many sets of structures to check, only the largest sets are checked (each covers its subsets). */
const MAX_CHECKED_SETS = 4000;

/**
 * @returns the keys of the candidates refused.
 * @example
 * auditRegion({ structures, current: 1, shownBefore: new Map([[0, [region]]]), candidates: [region, gem], minStructures: 4 })
 * // → Set { "kind:gem" } when the GEMs differ from the region by one structure
 */
export function auditRegion(input: RegionAudit): Set<string> {
  const columns = unknownsOf(input.structures, input.current);
  const rowOf = (group: AuditedGroup, release: number) =>
    columns.flatMap((c, i) => (group.cells.has(c.cell) && c.release <= release ? [i] : []));
  let space = new RowSpace(columns.length);
  for (const [release, groups] of input.shownBefore) for (const group of groups) space.add(rowOf(group, release));

  const sets = checkedSets(columns, input.minStructures);
  const shown = space;
  const refused = new Set<string>();
  for (const candidate of input.candidates) {
    const row = rowOf(candidate, input.current);
    const trial = space.clone();
    if (!trial.add(row)) continue; // follows from what is shown: adds nothing
    // A set `shown` does not disclose is not disclosed by `space` either (a candidate is kept only then), so a
    // set the trial discloses and `shown` does not meets the requirements of the row (row-space.ts).
    if (sets.some(space.requirements(row), (s) => trial.discloses(s) && !shown.discloses(s))) refused.add(candidate.key);
    else space = trial;
  }
  return refused;
}

interface Unknown {
  cell: string;
  release: number;
  /** Structures whose data it holds, ascending. */
  structures: number[];
}

/** One unknown per cell and release at which some of the cell's structures' data entered. */
function unknownsOf(structures: readonly AuditedStructure[], current: number): Unknown[] {
  const byKey = new Map<string, Unknown>();
  for (const s of structures) {
    for (const release of s.entries) {
      if (release > current) continue;
      const key = `${s.cell}|${release}`;
      const unknown = byKey.get(key) ?? byKey.set(key, { cell: s.cell, release, structures: [] }).get(key)!;
      unknown.structures.push(s.id);
    }
  }
  const unknowns = [...byKey.values()];
  for (const u of unknowns) u.structures.sort((a, b) => a - b);
  return unknowns.sort((a, b) => (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : a.release - b.release));
}

/**
 * The column sets to check: for every set T of fewer than `minStructures` structures that some unknowns concern
 * alone, the columns of all unknowns concerning only structures of T — only the largest such T when there are
 * more than MAX_CHECKED_SETS of them. Unknowns concerning `minStructures` or more structures can never be part
 * of a disclosure, so T is a union of the others' sets of structures ("seeds").
 *
 * Such T can number millions (every triple of structures that each entered a cell alone at some release), so
 * they are never listed: `some` visits only those whose columns meet the requirements of a new row, i.e. for
 * each requirement, T includes the seed of one of its columns.
 */
function checkedSets(columns: readonly Unknown[], minStructures: number) {
  const seedOf = new Map<number, number[]>();
  columns.forEach((c, i) => {
    if (c.structures.length < minStructures) seedOf.set(i, c.structures);
  });
  const seeds = [...new Map([...seedOf.values()].map((s) => [s.join(","), s])).values()];

  /** Calls `visit` on `base` and every union of it with seeds of fewer than minStructures structures, until it returns true. */
  const unionsFrom = (base: number[], visit: (union: number[]) => boolean): boolean => {
    const seen = new Set([base.join(",")]);
    const queue = [base];
    if (base.length > 0 && visit(base)) return true;
    while (queue.length > 0) {
      const current = queue.pop()!;
      // A seed not inside a union of minStructures − 1 structures takes it to minStructures or more.
      if (current.length >= minStructures - 1) continue;
      for (const seed of seeds) {
        const union = unite(current, seed);
        if (union.length >= minStructures) continue;
        const key = union.join(",");
        if (seen.has(key)) continue;
        seen.add(key);
        if (visit(union)) return true;
        queue.push(union);
      }
    }
    return false;
  };

  let count = 0;
  const maximalOnly = unionsFrom([], () => ++count > MAX_CHECKED_SETS);
  // Disclosure on a set implies disclosure on every larger set: the maximal sets decide alone.
  const maximal = (union: number[]) =>
    union.length >= minStructures - 1 || seeds.every((seed) => isSubset(seed, union) || unite(union, seed).length >= minStructures);
  const columnsOf = (union: number[]) => {
    const inside = new Set(union);
    return [...seedOf].flatMap(([i, seed]) => (seed.every((id) => inside.has(id)) ? [i] : []));
  };

  return {
    /** Whether `test` holds for the columns of a set T that meets every requirement (one column of each list). */
    some(requirements: readonly (readonly number[])[], test: (columns: number[]) => boolean): boolean {
      const choices = requirements.map((need) => [
        ...new Map(need.flatMap((c) => (seedOf.has(c) ? [seedOf.get(c)!] : [])).map((s) => [s.join(","), s])).values(),
      ]);
      if (choices.some((seedsOfNeed) => seedsOfNeed.length === 0)) return false;
      choices.sort((a, b) => a.length - b.length);
      // The smallest unions meeting every requirement: each T that meets them holds one of these.
      let bases: number[][] = [[]];
      for (const seedsOfNeed of choices) {
        const next = new Map<string, number[]>();
        for (const base of bases) {
          if (seedsOfNeed.some((seed) => isSubset(seed, base))) next.set(base.join(","), base);
          else
            for (const seed of seedsOfNeed) {
              const union = unite(base, seed);
              if (union.length < minStructures) next.set(union.join(","), union);
            }
        }
        bases = [...next.values()];
      }
      const tried = new Set<string>();
      return bases.some((base) =>
        unionsFrom(base, (union) => {
          const key = union.join(",");
          if (tried.has(key)) return false;
          tried.add(key);
          return (!maximalOnly || maximal(union)) && test(columnsOf(union));
        }),
      );
    },
  };
}

/** Union of two ascending lists of ids, ascending. */
function unite(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

function isSubset(small: readonly number[], large: readonly number[]): boolean {
  return small.every((id) => large.includes(id));
}
