import { describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app.ts";

describe("Questionnaire routes", () => {
  it("Should list the library with each questionnaire's latest published version", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/questionnaires");
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      questionnaires: { slug: string; latestVersion: number; roles: string[]; title: { fr: string; en: string } }[];
    };
    const patient = body.questionnaires.find((q) => q.slug === "experience-usagers")!;
    expect(patient.latestVersion).toBe(1);
    expect(patient.roles).toEqual(["patient"]);
    expect(patient.title.fr.length).toBeGreaterThan(0);
    expect(patient.title.en.length).toBeGreaterThan(0);
  });

  it("Should give a questionnaire with its versions", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/questionnaires/experience-usagers");
    const body = (await res.json()) as { versions: { version: number; status: string; contentHash: string }[] };
    expect(body.versions).toEqual([
      expect.objectContaining({ version: 1, status: "published", contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
  });

  it("Should give a version's definition, scoring, hash and status", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/questionnaires/experience-usagers/versions/1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & { definition: { pages: unknown[] }; scoring: { dimensions: unknown[] } };
    expect(body).toMatchObject({ slug: "experience-usagers", version: 1, status: "published" });
    expect(body.definition.pages.length).toBeGreaterThan(0);
    expect(body.scoring.dimensions.length).toBeGreaterThan(0);
    expect(body).not.toHaveProperty("id");
  });

  it("Should answer 404 with distinct codes for an unknown questionnaire or version", async () => {
    const t = await createTestApp();
    const a = await t.app.request("/api/questionnaires/nope");
    const b = await t.app.request("/api/questionnaires/experience-usagers/versions/9");
    const c = await t.app.request("/api/questionnaires/experience-usagers/versions/zero");
    expect([a.status, b.status, c.status]).toEqual([404, 404, 400]);
    expect(((await a.json()) as { error: { code: string } }).error.code).toBe("questionnaire_not_found");
    expect(((await b.json()) as { error: { code: string } }).error.code).toBe("version_not_found");
  });
});
