import { describe, expect, it } from "vitest";
import { attackApp, campaign, campaignList, IN, MIN_CELL, patientIndicator, place, respond, staff, structureReport } from "./world.ts";

/**
 * A structure's campaign list gives each campaign's count exactly from MIN_CELL upwards and "< 11" below.
 * Beside the structure's released n, the exact counts leave the hidden one: released n − Σ shown counts.
 * After the fix no campaign count lets one compute another's below the threshold: the released n minus the
 * exact counts shown is never an exact number from 1 to MIN_CELL − 1.
 */

describe("Attack: live campaign counts beside a released figure", () => {
  it("Should not let a manager compute a campaign's count below the threshold from the others' and the released n", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    const s = await place(t, { name: "GEM La Bruyère" });
    // Two campaigns of the same questionnaire in Q1: 13 respondents and 4.
    await respond(t, await campaign(t, admin, s.id), 13, 4);
    await respond(t, await campaign(t, admin, s.id), 4, 1);
    const manager = await staff(t, "manager", { structureIds: [s.id] });

    t.setNow(IN["2026-Q2"]!);
    const headers = await manager.headers();
    const report = await structureReport(t, s.id, headers);
    const { campaigns } = await campaignList(t, s.id, headers);

    const leaks: string[] = [];
    for (const role of report.roles) {
      for (const indicator of role.indicators) {
        if ("suppressed" in indicator.structure) continue;
        const exact = campaigns.filter((c) => typeof c.responses === "number");
        const rest = indicator.structure.n - exact.reduce((total, c) => total + c.responses!, 0);
        if (rest >= 1 && rest < MIN_CELL)
          leaks.push(
            `${role.role}/${indicator.id}: released n ${indicator.structure.n} − shown ${exact.map((c) => c.responses).join(" − ")} = ${rest}`,
          );
      }
    }
    expect(patientIndicator(report).structure).toMatchObject({ n: 17 });
    expect(leaks, "released n minus the campaigns' exact counts").toEqual([]);
  });
});
