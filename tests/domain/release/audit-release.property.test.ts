import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditRegion, type AuditedGroup, type RegionAudit } from "../../../src/domain/release/audit-release.ts";
import { RowSpace } from "../../../src/domain/release/row-space.ts";

/**
 * The auditor searches only the sets of structures a new figure could disclose; these properties check that it
 * refuses exactly what checking every set, one by one, refuses — the method as written in audit-release.ts.
 */

const MAX_CHECKED_SETS = 4000;

/** Every set listed, every set checked after each candidate; with the number of sets before any was left out. */
function referenceAudit(input: RegionAudit): { refused: Set<string>; sets: number } {
  const byKey = new Map<string, { cell: string; release: number; structures: number[] }>();
  for (const s of input.structures)
    for (const release of s.entries) {
      if (release > input.current) continue;
      const key = `${s.cell}|${release}`;
      (byKey.get(key) ?? byKey.set(key, { cell: s.cell, release, structures: [] }).get(key)!).structures.push(s.id);
    }
  const columns = [...byKey.values()];
  const rowOf = (group: AuditedGroup, release: number) =>
    columns.flatMap((c, i) => (group.cells.has(c.cell) && c.release <= release ? [i] : []));
  let space = new RowSpace(columns.length);
  for (const [release, groups] of input.shownBefore) for (const group of groups) space.add(rowOf(group, release));

  const small = columns.flatMap((c, i) => (c.structures.length < input.minStructures ? [{ i, structures: new Set(c.structures) }] : []));
  const seeds = small.map((s) => s.structures);
  const unions = new Map<string, Set<number>>();
  const queue: Set<number>[] = [new Set()];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const seed of seeds) {
      const union = new Set([...current, ...seed]);
      const key = [...union].sort((a, b) => a - b).join(",");
      if (union.size >= input.minStructures || unions.has(key)) continue;
      unions.set(key, union);
      queue.push(union);
    }
  }
  const count = unions.size;
  let sets = [...unions.values()];
  if (sets.length > MAX_CHECKED_SETS)
    sets = sets.filter(
      (t) => !seeds.some((seed) => [...seed].some((id) => !t.has(id)) && new Set([...t, ...seed]).size < input.minStructures),
    );
  const columnSets = sets.map((t) => small.filter((s) => [...s.structures].every((id) => t.has(id))).map((s) => s.i));
  const already = columnSets.map((s) => space.discloses(s));
  const refused = new Set<string>();
  for (const candidate of input.candidates) {
    const trial = space.clone();
    if (!trial.add(rowOf(candidate, input.current))) continue;
    if (columnSets.some((s, i) => !already[i] && trial.discloses(s))) refused.add(candidate.key);
    else space = trial;
  }
  return { refused, sets: count };
}

const KINDS = ["gem", "hospital", "cmp", "association"];
const SETTINGS = ["urban", "intermediate", "rural"];

/** A region: structures in kind/setting cells entering at some releases, groups shown before, candidates. */
function regionAudit(options: {
  /** All kinds and settings, or some. */
  cells: "some" | "all";
  structures: [number, number];
  releases: [number, number];
  entries: number;
  minStructures: [number, number];
}) {
  return fc
    .record({
      kinds: options.cells === "all" ? fc.constant(KINDS.length) : fc.integer({ min: 1, max: KINDS.length }),
      settings: options.cells === "all" ? fc.constant(SETTINGS.length) : fc.integer({ min: 1, max: SETTINGS.length }),
      current: fc.integer({ min: options.releases[0], max: options.releases[1] }),
      minStructures: fc.integer({ min: options.minStructures[0], max: options.minStructures[1] }),
      count: fc.integer({ min: options.structures[0], max: options.structures[1] }),
      draws: fc.array(fc.noBias(fc.nat()), { minLength: 400, maxLength: 400 }),
    })
    .map(({ kinds, settings, current, minStructures, count, draws }): RegionAudit => {
      let next = 0;
      const draw = (n: number) => draws[next++ % draws.length]! % n;
      const cells = KINDS.slice(0, kinds).flatMap((k) => SETTINGS.slice(0, settings).map((s) => `${k}/${s}`));
      const groups = (): AuditedGroup[] => [
        { key: "region", cells: new Set(cells) },
        ...KINDS.slice(0, kinds).map((k) => ({ key: `kind:${k}`, cells: new Set(cells.filter((c) => c.startsWith(`${k}/`))) })),
        ...SETTINGS.slice(0, settings).map((s) => ({ key: `setting:${s}`, cells: new Set(cells.filter((c) => c.endsWith(`/${s}`))) })),
      ];
      const structures = Array.from({ length: count }, (_, i) => ({
        id: i + 1,
        cell: cells[draw(cells.length)]!,
        entries: [...new Set(Array.from({ length: 1 + draw(options.entries) }, () => draw(current + 1)))].sort((a, b) => a - b),
      }));
      const shownBefore = new Map(
        Array.from({ length: current }, (_, release) => [release, groups().filter(() => draw(2) === 0)] as const),
      );
      return { structures, current, shownBefore, candidates: groups().filter(() => draw(5) > 0), minStructures };
    });
}

describe("auditRegion", () => {
  it("Should refuse exactly what checking every set refuses", () => {
    let refusing = 0;
    fc.assert(
      fc.property(regionAudit({ cells: "some", structures: [1, 14], releases: [0, 4], entries: 3, minStructures: [2, 5] }), (input) => {
        const reference = referenceAudit(input);
        if (reference.refused.size > 0) refusing++;
        expect([...auditRegion(input)].sort()).toEqual([...reference.refused].sort());
      }),
      { numRuns: 300 },
    );
    expect(refusing).toBeGreaterThan(0);
  });

  it("Should refuse exactly what checking every largest set refuses, beyond 4000 sets", () => {
    let beyond = 0;
    let refusing = 0;
    fc.assert(
      fc.property(regionAudit({ cells: "all", structures: [45, 55], releases: [8, 10], entries: 2, minStructures: [4, 4] }), (input) => {
        const reference = referenceAudit(input);
        if (reference.sets > MAX_CHECKED_SETS) beyond++;
        if (reference.refused.size > 0) refusing++;
        expect([...auditRegion(input)].sort()).toEqual([...reference.refused].sort());
      }),
      { numRuns: 6 },
    );
    expect(beyond).toBeGreaterThan(0);
    expect(refusing).toBeGreaterThan(0);
  });
});
