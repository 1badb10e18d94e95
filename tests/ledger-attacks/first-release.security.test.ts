import { describe, expect, it } from "vitest";
import { attackApp, campaign, get, IN, isShown, MIN_CELL, place, regionReport, respond, staff, type Group } from "./world.ts";

/**
 * The public regional figures are recomputed at each quarter from everything released. When one new
 * structure first passes the threshold, the readings before and after that quarter differ by exactly that
 * structure: one more structure, its respondents and its sum — and the public directory names the newcomer.
 * After the fix two successive public readings of a group differ by nothing, or by the pooled figures of at
 * least 3 structures' worth of released data.
 */

type Directory = { structures: { id: number; name: string }[] };

describe("Attack: a structure's first release read off the public figures", () => {
  it("Should not let two successive public readings of a group differ by one structure's figures", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    for (const [i, n] of [12, 13, 14, 15].entries()) {
      const s = await place(t, { name: `GEM ${i}`, kind: i % 2 ? "gem" : "association", department: ["69", "38", "42", "63"][i]! });
      await respond(t, await campaign(t, admin, s.id), n, 3);
    }
    const directoryBefore = await get<Directory>(t, "/api/structures?region=84");

    t.setNow(IN["2026-Q2"]!);
    const before = await regionReport(t, "84");
    // A structure joins in Q2 and gets 11 responses, all at the top of the scale.
    const newcomer = await place(t, { name: "GEM Nouveau Souffle", kind: "gem", department: "01" });
    await respond(t, await campaign(t, admin, newcomer.id), 11, 5);

    t.setNow(IN["2026-Q3"]!);
    const after = await regionReport(t, "84");
    const directoryAfter = await get<Directory>(t, "/api/structures?region=84");
    const joined = directoryAfter.structures.filter((s) => !directoryBefore.structures.some((b) => b.id === s.id)).map((s) => s.name);
    expect(joined).toEqual(["GEM Nouveau Souffle"]);

    const leaks: string[] = [];
    for (const role of after.roles) {
      const earlier = before.roles.find((r) => r.role === role.role);
      if (!earlier) continue;
      for (const indicator of role.indicators) {
        const old = earlier.indicators.find((i) => i.id === indicator.id)!;
        const pairs: [string, Group, Group][] = [
          ["overall", old.overall, indicator.overall],
          ...Object.keys(indicator.byKind).map((k): [string, Group, Group] => [`kind ${k}`, old.byKind[k]!, indicator.byKind[k]!]),
          ...Object.keys(indicator.bySetting).map((s): [string, Group, Group] => [
            `setting ${s}`,
            old.bySetting[s]!,
            indicator.bySetting[s]!,
          ]),
        ];
        for (const [name, a, b] of pairs) {
          if (!isShown(a) || !isShown(b)) continue;
          const dR = b.respondents - a.respondents;
          const dS = b.structures - a.structures;
          if (dR === 0 || ((dS === 0 || dS >= 3) && dR >= MIN_CELL)) continue;
          const mean = (b.respondents * b.value - a.respondents * a.value) / dR;
          leaks.push(`${role.role}/${indicator.id} ${name}: +${dS} structure(s), +${dR} respondents, their mean ≈ ${mean.toFixed(1)}`);
        }
      }
    }
    expect(leaks, `public figures before and after ${joined.join(", ")} first passed the threshold`).toEqual([]);
  });
});
