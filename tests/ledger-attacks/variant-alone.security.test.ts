import { describe, expect, it } from "vitest";
import {
  attackApp,
  campaign,
  FALC,
  IN,
  isShown,
  MIN_CELL,
  place,
  regionReport,
  respond,
  ROOT,
  staff,
  structureReport,
  type Group,
  type ShownFigure,
  type Suppressed,
} from "./world.ts";

/**
 * The easy-to-read (FALC) variant pools with the standard wording: the root questionnaire's figures cover
 * both. If a request for the variant's slug reports the variant alone, the two readings differ by the
 * standard-wording respondents, however few: subtracting one reading from the other recovers them, count and
 * mean. After the fix a variant's slug reports its whole pool, so the difference is nothing at all.
 */

/** A difference of respondents that isolates fewer than MIN_CELL people, described; null if none. */
function smallDifference(what: string, root: { n: number; value: number }, variant: { n: number; value: number }): string | null {
  const d = root.n - variant.n;
  if (d === 0 || Math.abs(d) >= MIN_CELL) return null;
  const mean = (root.n * root.value - variant.n * variant.value) / d;
  return `${what}: ${root.n} − ${variant.n} = ${d} respondents, mean ≈ ${mean.toFixed(1)}`;
}

const asCount = (f: ShownFigure | Suppressed) => ("suppressed" in f ? null : { n: f.n, value: f.value });
const groupCount = (g: Group) => (isShown(g) ? { n: g.respondents, value: g.value } : null);

describe("Attack: a pooled variant read alone", () => {
  it("Should not let a manager subtract the variant's report from the root's to recover the standard-version respondents", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    const viewer = await place(t, { name: "GEM Les Traboules" });
    // 11 easy-to-read respondents and 5 standard ones, all in Q1: the 5 stand below the threshold.
    await respond(t, await campaign(t, admin, viewer.id, FALC), 11, 5, FALC);
    await respond(t, await campaign(t, admin, viewer.id, ROOT), 5, 1, ROOT);
    const manager = await staff(t, "manager", { structureIds: [viewer.id] });

    t.setNow(IN["2026-Q2"]!);
    const headers = await manager.headers();
    const root = await structureReport(t, viewer.id, headers, ROOT);
    const variant = await structureReport(t, viewer.id, headers, FALC);

    const leaks: string[] = [];
    for (const role of root.roles) {
      const other = variant.roles.find((r) => r.role === role.role);
      if (!other) continue;
      for (const indicator of role.indicators) {
        const twin = other.indicators.find((i) => i.id === indicator.id)!;
        const [a, b] = [asCount(indicator.structure), asCount(twin.structure)];
        if (a && b) leaks.push(smallDifference(`${role.role}/${indicator.id} structure`, a, b) ?? "");
        for (const name of ["region", "kind", "setting", "national"] as const) {
          const [ga, gb] = [groupCount(indicator.groups[name]), groupCount(twin.groups[name])];
          if (ga && gb) leaks.push(smallDifference(`${role.role}/${indicator.id} ${name}`, ga, gb) ?? "");
        }
      }
    }
    expect(leaks.filter(Boolean), "figures of the root questionnaire minus the same figures of its variant").toEqual([]);
  });

  it("Should not let anyone subtract the public regional figures of the variant from the root's", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    // Four structures of Île-de-France answer the easy-to-read version; one of them also has 3 standard respondents.
    for (const [i, count] of [11, 12, 13, 14].entries()) {
      const s = await place(t, { name: `Structure ${i}`, department: "75", region: "11", kind: i % 2 ? "gem" : "cmp" });
      await respond(t, await campaign(t, admin, s.id, FALC), count, 4, FALC);
      if (i === 0) await respond(t, await campaign(t, admin, s.id, ROOT), 3, 1, ROOT);
    }

    t.setNow(IN["2026-Q2"]!);
    // No sign-in: the observatory's open figures.
    const root = await regionReport(t, "11", ROOT);
    const variant = await regionReport(t, "11", FALC);

    const leaks: string[] = [];
    for (const role of root.roles) {
      const other = variant.roles.find((r) => r.role === role.role);
      if (!other) continue;
      for (const indicator of role.indicators) {
        const twin = other.indicators.find((i) => i.id === indicator.id)!;
        const pairs: [string, Group, Group][] = [
          ["overall", indicator.overall, twin.overall],
          ...Object.keys(indicator.byKind).map((k): [string, Group, Group] => [`kind ${k}`, indicator.byKind[k]!, twin.byKind[k]!]),
          ...Object.keys(indicator.bySetting).map((s): [string, Group, Group] => [
            `setting ${s}`,
            indicator.bySetting[s]!,
            twin.bySetting[s]!,
          ]),
        ];
        for (const [name, a, b] of pairs) {
          const [ga, gb] = [groupCount(a), groupCount(b)];
          if (ga && gb) leaks.push(smallDifference(`${role.role}/${indicator.id} ${name}`, ga, gb) ?? "");
        }
      }
    }
    expect(leaks.filter(Boolean), "public figures of the root questionnaire minus the same figures of its variant").toEqual([]);
  });
});
