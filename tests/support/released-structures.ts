import { openCampaign, validAnswers } from "./answers.ts";
import type { TestApp } from "./test-app.ts";

/** Responses arrive in the first quarter of 2026; reports are read once it is over. */
export const IN_Q1 = new Date("2026-02-10T10:00:00Z");
export const IN_Q2 = new Date("2026-05-10T10:00:00Z");
/** These fixtures post dozens of responses from one test client: rate limits are another suite's subject. */
export const FIXTURE_LOAD = { rateLimits: false };

/** Factory: a structure with `n` patient responses in Q1 2026, every scored item answered `value` (reverse items mirrored). */
export async function structureWithResponses(
  t: TestApp,
  n: number,
  value: number,
  options: { department?: string; kind?: "gem" | "cmp" } = {},
) {
  const department = options.department ?? "69";
  t.setNow(IN_Q1);
  const s = await t.structure({
    name: `S${Math.random()}`,
    department,
    region: department === "75" ? "11" : "84",
    kind: options.kind ?? "gem",
  });
  const { code } = await openCampaign(t, { structureId: s.id });
  const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
  const answers = await validAnswers(t);
  for (const d of version.scoring.dimensions)
    for (const item of d.items) answers[item] = (d.reverse ?? []).includes(item) ? 6 - value : value;
  for (let i = 0; i < n; i++) {
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    if (res.status !== 201) throw new Error(await res.text());
  }
  return { ...s, code, answers };
}

/** Five structures of region 84 above the threshold, the first one the viewer's; the quarter then closed. */
export async function releasedRegion(t: TestApp) {
  const viewer = await structureWithResponses(t, 12, 5);
  for (const [n, v] of [
    [11, 1],
    [11, 3],
    [13, 4],
    [14, 2],
  ] as const)
    await structureWithResponses(t, n, v);
  t.setNow(IN_Q2);
  return viewer;
}
