import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRelease } from "../../../src/domain/release/build-release.ts";
import { liveCount, releaseRules } from "../../../src/domain/release/rules.ts";
import { disclosedSets, smallestDisclosed } from "../../support/linear-attack.ts";
import { readWorld, type Reading } from "./determined-reader.ts";
import { FIRST_QUARTER, quartersFrom, runReleases, shownGroups, worldOf, worldSpec, type World } from "./release-world.ts";

/**
 * The release ledger against a determined reader (determined-reader.ts): random worlds are released quarter by
 * quarter as the release step does, every caller reads every view at every release, and an exact solver
 * looks for any combination of what they read that singles out fewer structures than the rules allow — one,
 * two or three for the public, one or two besides their own for a structure's managers, one or two of
 * another region for a region's coordinators. The same reader must find such combinations once the
 * difference audit is off, or its silence would prove nothing.
 */

const RUNS = 30;

describe("Release ledger read by a determined reader", () => {
  it("Should let no caller single out fewer structures than the rules allow, in any view across all releases", () => {
    fc.assert(
      fc.property(worldSpec, (spec) => {
        const world = worldOf(spec);
        const { disclosures, faults } = readWorld(world, releaseRules(world.minCell));
        expect({ disclosures, faults }).toEqual({ disclosures: [], faults: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it("Should never change a released figure as later data arrive or a breaking version starts", () => {
    fc.assert(
      fc.property(worldSpec, (spec) => {
        const world = worldOf(spec);
        const rules = releaseRules(world.minCell);
        for (const series of world.series) {
          const releases = runReleases(world, series, rules);
          // Released again once every cell of every quarter exists, each release gives the same figures.
          releases.forEach((release, k) => {
            const earlier = releases.slice(0, k).map((r) => ({ quarter: r.quarter, shown: shownGroups(r.figures) }));
            const again = buildRelease({
              quarter: release.quarter,
              earlier,
              structures: world.structures,
              indicators: [world.indicator],
              cells: series.cells,
              rules,
            });
            expect(again).toEqual(release.figures);
          });
        }
        // A breaking version changes nothing the first series released for the quarters before it.
        if (spec.breakAt === null) return;
        const unbroken = worldOf({ ...spec, breakAt: null });
        const before = (w: World) =>
          runReleases(w, w.series[0]!, rules).filter((r) => r.quarter < quartersFrom(FIRST_QUARTER, spec.quarterCount)[spec.breakAt!]!);
        expect(before(world)).toEqual(before(unbroken));
      }),
      { numRuns: 25 },
    );
  });
});

describe("The determined reader without the difference audit", () => {
  const weakened = (minCell: number) => ({ ...releaseRules(minCell), auditDifferences: false });
  const structure = (id: number, kind: "gem" | "hospital", setting: "urban" | "rural" = "urban") => ({
    id,
    kind,
    setting,
    department: "69",
    region: "84",
  });
  const cell = (structureId: number, period: string, n: number) => ({
    structureId,
    role: "patient" as const,
    period,
    indicatorId: "hope",
    version: "v1" as const,
    n,
    sum: 60 * n,
    sumSquares: 3700 * n,
  });
  const world = (structures: World["structures"], cells: ReturnType<typeof cell>[]): World => ({
    minCell: 11,
    indicator: { id: "hope", kind: "score", dimension: "hope", title: { fr: "Espoir", en: "Hope" } },
    quarters: ["2026-Q1", "2026-Q2", "2026-Q3"],
    structures,
    series: [{ key: "experience@1", cells }],
    firstReading: 0,
  });

  it("Should single out a structure entering alone in a later quarter", () => {
    const gems = [1, 2, 3, 4].map((id) => structure(id, "gem"));
    const newcomer = world(
      [...gems, structure(5, "gem", "rural")],
      [...[1, 2, 3, 4].map((id) => cell(id, "2026-Q1", 11 + id)), cell(5, "2026-Q2", 11)],
    );
    const open = readWorld(newcomer, weakened(11));
    expect(open.disclosures).toContainEqual(
      expect.stringMatching(/^the public \(experience@1, patient\) singles out structures 5: 1·\(5:2026-Q2:v1\) = /),
    );
    expect(readWorld(newcomer, releaseRules(11))).toMatchObject({ disclosures: [], faults: [] });
  });

  it("Should single out the one structure by which a kind differs from its region", () => {
    const oneHospital = world(
      [...[1, 2, 3, 4].map((id) => structure(id, "gem")), structure(5, "hospital")],
      [1, 2, 3, 4, 5].map((id) => cell(id, "2026-Q1", 10 + id)),
    );
    const open = readWorld(oneHospital, weakened(11));
    expect(open.disclosures).toContainEqual(expect.stringMatching(/^the public \(experience@1, patient\) singles out structures 5: /));
    expect(readWorld(oneHospital, releaseRules(11))).toMatchObject({ disclosures: [], faults: [] });
  });

  let readings: Reading[] | undefined;
  // Read once, by the first test that needs them: a fixed sample, so that the share found never varies by seed.
  const sampled = () =>
    (readings ??= fc.sample(worldSpec, { numRuns: 10, seed: 4242 }).map((spec) => readWorld(worldOf(spec), weakened(spec.minCell))));

  it("Should find something to single out in most random worlds where the public sees figures", () => {
    const seen = sampled().filter((r) => r.publicSystems.some((s) => s.observations.length > 0));
    const leaking = seen.filter((r) => r.disclosures.length > 0);
    expect(sampled().flatMap((r) => r.faults)).toEqual([]);
    expect(leaking.length).toBeGreaterThan(seen.length / 2);
  });

  it("Should find what the reference solver finds in the public's equations", () => {
    let compared = 0;
    for (const { observations, atoms } of sampled().flatMap((r) => r.publicSystems)) {
      if (observations.length === 0 || atoms.size > 8) continue;
      const reference = smallestDisclosed(observations, atoms, []);
      const single = new Set(reference.filter((d) => d.structures.length === 1).map((d) => d.structures[0]));
      // A pair smallestDisclosed reports because it adds to a single is not a smallest set.
      const smallest = reference.filter((d) => d.structures.length === 1 || !d.structures.some((s) => single.has(s)));
      const fast = disclosedSets(observations, atoms, [], 2);
      expect(fast.map((d) => [d.structures, d.dimension])).toEqual(smallest.map((d) => [d.structures, d.dimension]));
      compared += fast.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe("Live counts beside a released total", () => {
  /**
   * What a reader can say of each campaign's count from the counts shown and the released total they add up
   * to (the worst case: every response of the campaigns released, none since): the values of its shown bin
   * that the other campaigns' bins can complete to the total.
   */
  function possibleCounts(counts: readonly number[], minCell: number): number[][] {
    const total = counts.reduce((a, b) => a + b, 0);
    const shown = counts.map((c) => JSON.stringify(liveCount(c, minCell)));
    const values = Array.from({ length: total + 1 }, (_, v) => v);
    const bins = shown.map((s) => values.filter((v) => JSON.stringify(liveCount(v, minCell)) === s));
    return counts.map((_, j) => {
      let sums = new Set([0]);
      bins.forEach((bin, i) => {
        if (i !== j) sums = new Set([...sums].flatMap((s) => bin.map((v) => s + v)).filter((s) => s <= total));
      });
      return bins[j]!.filter((v) => sums.has(total - v));
    });
  }

  it("Should state only what is true of the count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 30 }), fc.integer({ min: 0, max: 200 }), (minCell, count) => {
        const shown = liveCount(count, minCell);
        if ("below" in shown) expect(count).toBeLessThan(shown.below);
        else expect(count).toBeGreaterThanOrEqual(Math.max(shown.atLeast, minCell));
      }),
    );
  });

  it("Should never let a released total and the counts shown give a campaign's count below the threshold", () => {
    fc.assert(
      fc.property(fc.constantFrom(5, 11), fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 1, maxLength: 4 }), (minCell, counts) => {
        fc.pre(counts.reduce((a, b) => a + b, 0) >= minCell);
        const possible = possibleCounts(counts, minCell);
        counts.forEach((count, j) => {
          if (count >= 1 && count < minCell) expect(possible[j], `counts ${counts.join(", ")}`).not.toEqual([count]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
