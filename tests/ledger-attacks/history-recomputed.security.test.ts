import { describe, expect, it } from "vitest";
import type { TestApp } from "../support/test-app.ts";
import { body, researchTeam } from "../support/codesign.ts";
import { attackApp, campaign, FALC, IN, patientIndicator, place, regionReport, respond, ROOT, staff, structureReport } from "./world.ts";

/**
 * Publishing a version clears the report cache, and every release step is recomputed from the new pool: a
 * version recorded as not comparable takes the earlier versions' responses out of it, so figures already
 * shown for a past quarter change after they were read (here only the easy-to-read respondents remain). Two readings of a past quarter
 * then differ, and their difference is whatever the change removed or added. After the fix a figure
 * released for a closed quarter is read from the release ledger and never changes.
 */

/** The research team publishes version 2 of the patient questionnaire, one scored item reworded and judged not comparable. */
async function publishBreakingVersion(t: TestApp) {
  const team = await researchTeam(t);
  const created = await t.json("POST", `/api/projects/${team.project.id}/drafts`, { questionnaire: ROOT, version: 1 }, team.peer.headers);
  expect(created.status).toBe(201);
  const { id } = await body<{ id: number }>(created);
  const draft = await body<{
    revision: number;
    content: {
      definition: { pages: { elements: { name: string; title?: { fr: string; en: string } }[] }[] };
      scoring: { dimensions: { items: string[] }[] };
    };
  }>(await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }));
  const item = draft.content.scoring.dimensions[0]!.items[0]!;
  const element = draft.content.definition.pages.flatMap((p) => p.elements).find((e) => e.name === item)!;
  element.title = { fr: `${element.title!.fr} (au cours de la dernière semaine)`, en: element.title!.en };
  const decisions = [{ key: `question:${item}`, comparable: false, note: "La période change ce qui est mesuré." }];
  const saved = await t.json(
    "PUT",
    `/api/drafts/${id}`,
    { definition: draft.content.definition, scoring: draft.content.scoring, revision: draft.revision, decisions },
    team.peer.headers,
  );
  expect(saved.status).toBe(200);
  expect((await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.nurse.headers)).status).toBeLessThan(300);
  expect((await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers)).status).toBe(201);
  expect((await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.researcher.headers)).status).toBe(201);
  // Live campaigns and released figures use the questionnaire: the effect is stated, then confirmed.
  const unconfirmed = await body<{ error: { code: string; details: { effect: { key: string; series: { startsAnew: boolean } } } } }>(
    await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers),
  );
  expect(unconfirmed.error.code).toBe("publication_unconfirmed");
  expect(unconfirmed.error.details.effect.series).toMatchObject({ key: `${ROOT}@2`, startsAnew: true, previous: { key: `${ROOT}@1` } });
  const confirmation = unconfirmed.error.details.effect.key;
  const published = await t.json("POST", `/api/drafts/${id}/publish`, { confirmation }, team.peer.headers);
  expect(await body(published)).toEqual({ questionnaire: ROOT, version: 2 });
}

describe("Attack: history recomputed after a publication", () => {
  it("Should serve the same figures for a past quarter after a new version is published", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    t.setNow(IN["2026-Q1"]!);
    const ids: number[] = [];
    for (const [i, level] of [5, 1, 3, 4, 2].entries()) {
      const s = await place(t, { name: `Structure ${i}`, department: ["69", "38", "42", "63", "01"][i]! });
      ids.push(s.id);
      await respond(t, await campaign(t, admin, s.id), 12 + i, level);
      // The easy-to-read variant pools with every version of the same scoring, before and after the break.
      await respond(t, await campaign(t, admin, s.id, FALC), 11, 3, FALC);
    }
    const manager = await staff(t, "manager", { structureIds: [ids[0]!] });

    // Q1 is closed: its figures are released and read, by the manager (quarter by quarter) and by anyone.
    t.setNow(IN["2026-Q2"]!);
    const read = async () => {
      const report = await structureReport(t, ids[0]!, await manager.headers(), ROOT, "&period=quarter");
      const region = await regionReport(t, "84");
      // A past figure gone is a change too: it reads as "nothing" rather than failing the reading.
      const has = (b: { roles: { role: string }[] }) => b.roles.some((r) => r.role === "patient");
      return {
        manager: has(report) ? patientIndicator(report) : "no patient figures",
        public: has(region) ? patientIndicator(region).overall : "no patient figures",
      };
    };
    const before = await read();
    expect(before.manager).toMatchObject({ trend: [expect.objectContaining({ period: "2026-Q1", n: 23 })] });

    await publishBreakingVersion(t);
    const after = await read();
    expect(after, "2026-Q1 figures read again after version 2 was published").toEqual(before);
  });
});
