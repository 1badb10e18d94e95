import { seededRandom } from "@/demo/random.ts";
import { syntheticAnswers } from "@/demo/synthetic-answers.ts";
import type { TestApp } from "./test-app.ts";

/** A valid answer set for a stored version, answering every question the conditions show. */
export async function validAnswers(t: TestApp, slug = "experience-usagers", version = 1, level = 0.7, seed = 1) {
  const v = (await t.store.questionnaires.getVersion(slug, version))!;
  return syntheticAnswers(v.definition, v.scoring, { level, answerRate: 1 }, seededRandom(seed));
}

/** Factory: a structure with an open patient campaign on the library's patient questionnaire. */
export async function openCampaign(
  t: TestApp,
  options: { invitations?: number; structureId?: number; closesAt?: string; opensAt?: string } = {},
) {
  const structureId = options.structureId ?? (await t.structure()).id;
  const admin = await t.signIn("admin");
  const res = await t.json(
    "POST",
    "/api/campaigns",
    {
      structureId,
      questionnaire: "experience-usagers",
      version: 1,
      role: "patient",
      ...(options.invitations ? { invitations: options.invitations } : {}),
      ...(options.closesAt ? { closesAt: options.closesAt } : {}),
      ...(options.opensAt ? { opensAt: options.opensAt } : {}),
    },
    admin.headers,
  );
  if (res.status !== 201) throw new Error(`campaign creation failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { code: string; invitations?: string[] };
  return { structureId, code: body.code, invitations: body.invitations ?? [] };
}
