import { describe, expect, it } from "vitest";
import { submitResponse } from "@/actions/responses.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp } from "../support/test-app.ts";

describe("submitResponse", () => {
  it("Should score to hand-computed values", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    const engagement = version.scoring.dimensions.find((d) => d.id === "engagement")!;
    const answers = await validAnswers(t);
    // Every engagement item answered 4 ("rather agree"); its reverse item at 4 counts as 2 on the scale.
    for (const item of engagement.items) answers[item] = 4;
    const reverse = engagement.reverse ?? [];
    const expected = (100 * ((engagement.items.length - reverse.length) * 3 + reverse.length * 1)) / 4 / engagement.items.length;
    const scores = await submitResponse(t.actions, code, { answers, locale: "fr" });
    expect(reverse.length).toBeGreaterThan(0);
    expect(scores.find((s) => s.dimension === "engagement")!.score).toBeCloseTo(expected, 4);
  });

  it("Should mask identifiers in free texts before they are stored", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    const compiled = (await t.actions.versions.get(version.id))!;
    const answers = await validAnswers(t);
    const freeText = compiled.freeText[0]!;
    answers[freeText] = "Écrivez-moi à jeanne.dupont@example.org";
    await submitResponse(t.actions, code, { answers, locale: "fr" });
    const stored = t.store.db.$client.prepare("SELECT answers FROM responses").get() as { answers: string };
    expect(JSON.parse(stored.answers)[freeText]).not.toContain("jeanne.dupont@example.org");
  });

  it("Should refuse a campaign that is not open, naming its state", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t, { opensAt: "2026-07-01T00:00:00Z" });
    await expect(submitResponse(t.actions, code, { answers: {}, locale: "fr" })).rejects.toMatchObject({
      code: "campaign_not_open",
      details: { availability: "not_yet_open" },
    });
  });
});
