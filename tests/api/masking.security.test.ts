import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { IDENTIFIER_CORPUS, MARKERS } from "../support/identifier-corpus.ts";
import { createTestApp } from "../support/test-app.ts";

/** A tag of letters only, so that it cannot join a number of the corpus: 0 → "ba", 1 → "bb"… */
const tag = (i: number) => `b${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;

/**
 * Every form of the corpus, sent as a respondent's comment through the real route, is masked in the row
 * that is stored — not merely in what the route answers.
 */
describe("Masking of identifiers in stored free text", () => {
  it("Should store every corpus entry masked, whatever its disguise", async () => {
    const t = await createTestApp({ rateLimits: false });
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    for (const [i, [identifier]] of IDENTIFIER_CORPUS.entries()) {
      const comment = `Réponse ${tag(i)} : ${identifier} — merci.`;
      expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { ...answers, comment } })).status).toBe(201);
    }
    const stored = new Map(
      (t.store.db.$client.prepare("SELECT answers FROM responses").all() as { answers: string }[]).map((row) => {
        const { comment } = JSON.parse(row.answers) as { comment: string };
        return [comment.split(" ")[1], comment];
      }),
    );
    for (const [i, [identifier, kind]] of IDENTIFIER_CORPUS.entries())
      expect(stored.get(tag(i)), identifier).toBe(`Réponse ${tag(i)} : ${MARKERS[kind]} — merci.`);
  });

  it("Should tell respondents, before the first question, what masking cannot catch: names", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const page = (await (await t.app.request(`/api/campaigns/${code}`)).json()) as {
      notice: { id: string; text: { fr: string; en: string } }[];
    };
    const kept = page.notice.find((n) => n.id === "collected")!.text;
    expect(kept.fr).toMatch(/IBAN.*profil de réseau social/);
    expect(kept.fr).toContain("Les noms, eux, ne peuvent pas être repérés");
    expect(kept.en).toContain("Names cannot be detected");
  });
});
