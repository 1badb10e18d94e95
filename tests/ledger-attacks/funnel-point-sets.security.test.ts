import { describe, expect, it } from "vitest";
import { attackApp, campaign, funnel, get, IN, place, respond, staff, type Place } from "./world.ts";

/**
 * A funnel plot lists the anonymous points (n, value) of every structure of each comparison group. Two
 * groups that are not nested — the same kind of structure, the same setting — pass every nesting rule, yet
 * one point set minus the other can leave one or two points, and the public directory says which structures
 * those are (here the region's only rural hospital). After the fix other structures' points appear in one
 * frame per indicator: no second point set whose difference isolates a point.
 */

type Point = { n: number; value: number };

/** Points of `a` not matched in `b`, as multisets of (n, value). */
function multisetDifference(a: readonly Point[], b: readonly Point[]): Point[] {
  const left = [...b];
  return a.filter((p) => {
    const i = left.findIndex((q) => q.n === p.n && q.value === p.value);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe("Attack: funnel point sets subtracted", () => {
  it("Should not give a manager two point sets whose difference holds one or two structures' points", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    // Region 84: rural GEMs (the viewer among them), one rural hospital, urban GEMs, urban hospitals.
    // Every structure has its own n, so a point says whose it is once the set is small enough.
    const world: (Place & { n: number; level: number })[] = [
      { name: "GEM du Plateau (viewer)", kind: "gem", setting: "rural", department: "43", n: 12, level: 4 },
      { name: "GEM des Sucs", kind: "gem", setting: "rural", department: "43", n: 13, level: 3 },
      { name: "GEM du Forez", kind: "gem", setting: "rural", department: "42", n: 14, level: 4 },
      { name: "GEM du Vercors", kind: "gem", setting: "rural", department: "26", n: 15, level: 2 },
      { name: "Centre hospitalier d'Ardèche-Nord", kind: "hospital", setting: "rural", department: "07", n: 16, level: 1 },
      { name: "GEM de la Croix-Rousse", kind: "gem", setting: "urban", department: "69", n: 17, level: 5 },
      { name: "GEM de Grenoble", kind: "gem", setting: "urban", department: "38", n: 18, level: 3 },
      { name: "GEM de Clermont", kind: "gem", setting: "urban", department: "63", n: 19, level: 4 },
      { name: "CH Le Vinatier", kind: "hospital", setting: "urban", department: "69", n: 20, level: 3 },
      { name: "CHU de Saint-Étienne", kind: "hospital", setting: "urban", department: "42", n: 21, level: 2 },
    ];
    const ids: number[] = [];
    for (const s of world) {
      const { id } = await place(t, s);
      ids.push(id);
      await respond(t, await campaign(t, admin, id), s.n, s.level);
    }
    const viewer = ids[0]!;
    const manager = await staff(t, "manager", { structureIds: [viewer] });

    t.setNow(IN["2026-Q2"]!);
    const body = await funnel(t, viewer, await manager.headers());
    const directory = await get<{ structures: { id: number; name: string; kind: string; setting: string }[] }>(
      t,
      "/api/structures?region=84",
    );

    const leaks: string[] = [];
    for (const role of body.roles) {
      for (const indicator of role.indicators) {
        const sets = Object.entries(indicator.groups).flatMap(([name, g]) =>
          "points" in g && g.points ? [{ name, points: g.points.map(({ n, value }) => ({ n, value })) }] : [],
        );
        for (const a of sets) {
          for (const b of sets) {
            if (a === b) continue;
            const rest = multisetDifference(a.points, b.points);
            if (rest.length === 1 || rest.length === 2) {
              // Who they are: the ground truth a reader gets from the directory plus the group definitions.
              const named = rest.map((p) => {
                const i = world.findIndex((s) => s.n === p.n);
                return `${directory.structures.find((s) => s.id === ids[i])?.name ?? "?"} (n ${p.n}, value ${p.value})`;
              });
              leaks.push(`${role.role}/${indicator.id}: ${a.name} − ${b.name} = ${named.join(", ")}`);
            }
          }
        }
      }
    }
    expect(leaks, "point sets of one funnel subtracted from one another").toEqual([]);
  });
});
