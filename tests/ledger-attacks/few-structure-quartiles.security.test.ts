import { describe, expect, it } from "vitest";
import {
  attackApp,
  campaign,
  IN,
  isShown,
  patientIndicator,
  place,
  regionReport,
  respond,
  staff,
  structureReport,
  type Group,
} from "./world.ts";

/**
 * Quartiles of a group are order statistics of its members' own values: with 5 structures, p25, the median
 * and p75 are exactly the 2nd, 3rd and 4th structures' values (Hyndman & Fan's definition 7), and a
 * percentile rank says where the reader stands among them. After the fix quartiles need ≥ 10 structures and
 * percentile ranks ≥ 20: a 5-structure group shows neither.
 */

/** The distribution figures a group shows, by name, leaving out absent and null ones. */
function distribution(group: Group): Record<string, number> {
  if (!isShown(group)) return {};
  const shown: Record<string, number> = {};
  for (const key of ["p10", "p25", "median", "p75", "p90", "percentile"] as const) {
    const value = group[key];
    if (value !== undefined && value !== null) shown[key] = value;
  }
  return shown;
}

describe("Attack: quartiles of a few structures", () => {
  it("Should not show the quartiles or a percentile rank of a 5-structure group, to its members or to the public", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    // Five structures whose hope scores are 100, 0, 50, 75, 25.
    const ids: number[] = [];
    for (const [i, level] of [5, 1, 3, 4, 2].entries()) {
      const s = await place(t, { name: `Structure ${i}`, department: ["69", "38", "42", "63", "01"][i]! });
      ids.push(s.id);
      await respond(t, await campaign(t, admin, s.id), 12, level);
    }
    const manager = await staff(t, "manager", { structureIds: [ids[0]!] });

    t.setNow(IN["2026-Q2"]!);
    const reader = patientIndicator(await structureReport(t, ids[0]!, await manager.headers())).groups.region;
    const open = patientIndicator(await regionReport(t, "84")).overall;
    // The attack needs the groups shown: they are, with their 5 structures.
    expect(reader).toMatchObject({ structures: 5 });
    expect(open).toMatchObject({ structures: 5 });
    expect({ reader: distribution(reader), public: distribution(open) }, "order statistics of a 5-structure group").toEqual({
      reader: {},
      public: {},
    });
  });
});
