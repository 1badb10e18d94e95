import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchBrowser } from "./browser.ts";

/**
 * Questionnaire content cannot take anyone elsewhere: a draft carrying a meta refresh and a form posting to
 * another site is stored, previewed and answered, and the page stays where it is. And a published version
 * shows its questions as respondents see them.
 */

const baseUrl = inject("baseUrl");
const PASSWORD = "reperes-demo-2026";
const PEER = "pair-aidant@demo.reperes.fr";
const RESEARCHER = "recherche@demo.reperes.fr";
const OUTSIDE = "https://ailleurs.example/collecte";
/** Long enough for a one-second meta refresh to have fired several times over. */
const REFRESH_WAIT_MS = 3_000;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  page = await context.newPage();
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(PEER);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Mes structures" }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const trap = `<p>Bienvenue.</p><meta http-equiv="refresh" content="1;url=${OUTSIDE}"><form action="${OUTSIDE}" method="get"><input name="secret" value="x"><button type="submit">Envoyer ailleurs</button></form>`;
const both = (text: string) => ({ fr: text, en: text });

function trappedQuestionnaire() {
  return {
    title: { fr: `Piège ${Date.now().toString(36)}`, en: "Trap" },
    description: both("Un brouillon qui essaie d'emmener ailleurs."),
    roles: ["patient"],
    definition: {
      navigateToUrl: OUTSIDE,
      pages: [
        {
          name: "page1",
          elements: [
            { type: "html", name: "intro", html: both(trap) },
            {
              type: "radiogroup",
              name: "q1",
              title: both("Je me sens accueilli·e."),
              isRequired: true,
              choices: [1, 2, 3, 4, 5].map((value) => ({ value, text: both(String(value)) })),
            },
            {
              type: "boolean",
              name: "q2",
              title: both(`Venez-vous chaque semaine ?<meta http-equiv="refresh" content="1;url=${OUTSIDE}">`),
            },
          ],
        },
      ],
    },
    scoring: {
      scale: { min: 1, max: 5 },
      dimensions: [{ id: "welcome", title: both("Accueil"), items: ["q1"], source: "Conçu par l'équipe du projet" }],
      indicators: [{ id: "welcome_score", kind: "score", dimension: "welcome", title: both("Score d'accueil") }],
    },
  };
}

describe("Questionnaire content", () => {
  it("Should keep a draft's meta refresh and outside form away from the preview: tried and answered, the page stays", async () => {
    const people = (await (await context.request.get(`${baseUrl}/api/co-researchers`)).json()) as {
      coResearchers: { id: number; email: string }[];
    };
    const members = people.coResearchers.filter((p) => p.email === RESEARCHER).map((p) => p.id);
    const project = await context.request.post(`${baseUrl}/api/projects`, {
      data: { name: `Contenu sûr ${Date.now().toString(36)}`, description: "Projet de test", members },
    });
    expect(project.status()).toBe(201);
    const { id: projectId } = (await project.json()) as { id: number };
    const questionnaire = trappedQuestionnaire();
    expect(JSON.stringify(questionnaire)).toContain("<meta");
    const created = await context.request.post(`${baseUrl}/api/projects/${projectId}/drafts`, { data: questionnaire });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: number };

    // What the server serves for the draft has none of it, the harmless text kept.
    const served = JSON.stringify(await (await context.request.get(`${baseUrl}/api/drafts/${id}`)).json());
    expect(served).not.toContain("<meta");
    expect(served).not.toContain("<form");
    expect(served).not.toContain("ailleurs.example");
    expect(served).toContain("<p>Bienvenue.</p>");

    const draftUrl = `${baseUrl}/brouillons/${id}`;
    await page.goto(draftUrl);
    await page.getByRole("heading", { level: 1, name: questionnaire.title.fr }).waitFor();
    await page.getByRole("button", { name: "Essayer comme un·e répondant·e" }).click();
    const preview = page.locator("#pilot-preview");
    await preview.getByText("Bienvenue.").waitFor();
    await page.waitForTimeout(REFRESH_WAIT_MS);
    expect(page.url()).toBe(draftUrl);
    expect(await page.locator('meta[http-equiv="refresh" i]').count()).toBe(0);
    expect(await page.locator(`form[action^="https://ailleurs"]`).count()).toBe(0);
    expect(await preview.getByRole("button", { name: "Envoyer ailleurs" }).count()).toBe(0);

    const q1 = preview.locator('.sd-question[data-name="q1"]');
    const agree = q1.locator("label").nth(3);
    await agree.click();
    await expect.poll(() => agree.locator("input").isChecked()).toBe(true);
    await preview.locator('.sd-question[data-name="q2"]').getByText("Oui", { exact: true }).first().click();
    await preview.getByRole("button", { name: "Terminer" }).click();
    await page.getByText(/^Réponse d'essai enregistrée \(1 au total\)/).waitFor();
    await page.waitForTimeout(REFRESH_WAIT_MS);
    expect(page.url()).toBe(draftUrl);
  });

  it("Should show a published version's questions read only, in French and in English", async () => {
    await page.goto(`${baseUrl}/questionnaires/experience-usagers/comparer?de=1&a=1`);
    const section = page.getByRole("region", { name: "Les questions de la version 1, comme les voit un·e répondant·e" });
    await section.getByText("Je participe aux décisions qui concernent mes soins.").waitFor();
    // Read only: SurveyJS draws it in display mode, and a click answers nothing.
    await section.locator(".sd-root--readonly").waitFor();
    const option = section.locator(".sd-question").filter({ hasText: "Je participe aux décisions" }).locator("label").first();
    await option.click({ force: true });
    expect(await option.locator("input").isChecked()).toBe(false);
    await section.getByRole("button", { name: "English" }).click();
    await section.getByText("I take part in decisions about my care.").waitFor();
    await page.getByRole("heading", { name: "Comment la version 1 a été faite" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
