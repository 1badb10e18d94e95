import { validAnswers } from "./answers.ts";
import type { TestApp } from "./test-app.ts";

/** A label criterion's dimension and the 1–5 level every one of its items is answered at (reverse items mirrored). */
export type DimensionLevels = Partial<
  Record<"training" | "employment" | "coconstruction" | "isolation_prevention" | "governance" | "evaluation", number>
>;

/** Factory: an open self-assessment campaign (role `institution`) for a structure. */
export async function selfAssessmentCampaign(t: TestApp, structureId: number) {
  const admin = await t.signIn("admin");
  const res = await t.json(
    "POST",
    "/api/campaigns",
    { structureId, questionnaire: "auto-evaluation-structure", version: 1, role: "institution" },
    admin.headers,
  );
  if (res.status !== 201) throw new Error(`campaign creation failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { code: string }).code;
}

/** Answers to the self-assessment with every item of a dimension at the given level (3 where none is given). */
export async function selfAssessmentAnswers(t: TestApp, levels: DimensionLevels) {
  const version = (await t.store.questionnaires.getVersion("auto-evaluation-structure", 1))!;
  const answers: Record<string, unknown> = {
    ...(await validAnswers(t, "auto-evaluation-structure")),
    facts_peer_workers: 3,
    facts_peer_fte: 2,
    facts_contract_types: ["cdi"],
    facts_salary_grid: true,
  };
  for (const d of version.scoring.dimensions) {
    const value = levels[d.id as keyof DimensionLevels] ?? 3;
    for (const item of d.items) answers[item] = (d.reverse ?? []).includes(item) ? 6 - value : value;
  }
  return answers;
}

/** Submits a self-assessment through the respondent route. */
export async function selfAssess(t: TestApp, code: string, levels: DimensionLevels) {
  const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await selfAssessmentAnswers(t, levels) });
  if (res.status !== 201) throw new Error(`self-assessment refused: ${res.status} ${await res.text()}`);
}

/** Every criterion at one level. */
export const ALL_AT = (level: number): DimensionLevels => ({
  training: level,
  employment: level,
  coconstruction: level,
  isolation_prevention: level,
  governance: level,
  evaluation: level,
});
