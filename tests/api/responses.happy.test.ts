import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp } from "../support/test-app.ts";

describe("POST /api/campaigns/:code/responses — accepted", () => {
  it("Should store a valid answer set and return the respondent's own dimension scores", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers, locale: "fr" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      locale: string;
      scores: { dimension: string; score: number | null; title: { fr: string; en: string } }[];
    };
    const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    expect(body.locale).toBe("fr");
    expect(body.scores.map((s) => s.dimension)).toEqual(version.scoring.dimensions.map((d) => d.id));
    for (const s of body.scores) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(s.title.fr && s.title.en).toBeTruthy();
    }
    const rows = t.store.db.$client.prepare("SELECT answers, submitted_on, role, locale FROM responses").all() as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.answers!)).toEqual(answers);
    expect(rows[0]).toMatchObject({ submitted_on: "2026-06-15", role: "patient", locale: "fr" });
    const scores = t.store.db.$client.prepare("SELECT dimension, score FROM response_scores").all() as {
      dimension: string;
      score: number;
    }[];
    expect(Object.fromEntries(scores.map((s) => [s.dimension, s.score]))).toEqual(
      Object.fromEntries(body.scores.map((s) => [s.dimension, s.score])),
    );
  });

  it("Should accept optional questions left blank, and drop empty values", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    const answers = await validAnswers(t);
    const optional = version.scoring.dimensions
      .flatMap((d) => d.items)
      .filter((name) => {
        const q = version.definition.pages.flatMap((p) => p.elements).find((e) => e.name === name);
        return q && !q.isRequired;
      });
    expect(optional.length).toBeGreaterThan(0);
    for (const name of optional) delete answers[name];
    answers["comment"] = "";
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    expect(res.status).toBe(201);
    const stored = JSON.parse((t.store.db.$client.prepare("SELECT answers FROM responses").get() as { answers: string }).answers);
    expect(stored).not.toHaveProperty("comment");
  });

  it("Should take the locale from Accept-Language when the body does not say it", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const res = await t.json(
      "POST",
      `/api/campaigns/${code}/responses`,
      { answers: await validAnswers(t) },
      { "accept-language": "en-US,en;q=0.9" },
    );
    expect(((await res.json()) as { locale: string }).locale).toBe("en");
  });

  it("Should accept each invitation once", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 2 });
    const answers = await validAnswers(t);
    for (const invitation of invitations) {
      expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation })).status).toBe(201);
    }
    expect(await t.store.responses.countByCampaign(1)).toBe(2);
  });
});
