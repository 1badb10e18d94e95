import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const PASSWORD = "reperes-demo-2026";
const MANAGER = "gem-lyon@demo.reperes.fr";
const TRABOULES = "GEM Les Traboules (Lyon 1er) (démo)";

let browser: Browser;
let traboulesId: number;

beforeAll(async () => {
  browser = await launchBrowser();
  const { structures } = (await (await fetch(`${baseUrl}/api/structures`)).json()) as { structures: { id: number; name: string }[] };
  traboulesId = structures.find((s) => s.name === TRABOULES)!.id;
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(MANAGER);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Mes structures" }).waitFor();
}

/** The structure's self-assessment campaign, as its manager's campaigns page lists it. */
async function selfAssessmentLink(page: Page): Promise<string> {
  const campaigns = await page.evaluate(async (id) => {
    const res = await fetch(`/api/structures/${id}/campaigns`);
    return ((await res.json()) as { campaigns: { link: string; questionnaire: string }[] }).campaigns;
  }, traboulesId);
  const found = campaigns.find((c) => c.questionnaire === "auto-evaluation-structure");
  if (!found) throw new Error(`no self-assessment campaign: ${JSON.stringify(campaigns)}`);
  return found.link;
}

/** Answers the page on screen: numbers, the first choice of each checkbox, "Oui", and each scale at `choice` (0-based). */
async function answerPage(page: Page, choice: number): Promise<void> {
  for (const [name, value] of [
    ["facts_peer_workers", "3"],
    ["facts_peer_fte", "2"],
  ] as const) {
    const input = page.locator(`.sd-page [data-name="${name}"] input`);
    if ((await input.count()) > 0) {
      await input.fill(value);
      await input.blur();
    }
  }
  const checkbox = page.locator('.sd-page [data-name="facts_contract_types"] label').first();
  if ((await checkbox.count()) > 0) await checkbox.click();
  const yes = page.locator('.sd-page [data-name="facts_salary_grid"]').getByText("Oui", { exact: true });
  if ((await yes.count()) > 0) await yes.first().click();
  const groups = page.locator('.sd-page fieldset[role="radiogroup"]');
  for (let i = 0; i < (await groups.count()); i++) {
    const label = groups.nth(i).locator("label").nth(choice);
    await label.click();
    await expect.poll(() => label.locator("input").isChecked()).toBe(true);
  }
}

describe("The regional label", () => {
  it("Should let a manager answer the self-assessment, read the profile with its gaps, then freeze and print a certificate", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
    const page = await context.newPage();
    await signIn(page);
    const link = await selfAssessmentLink(page);

    await page.goto(`${baseUrl}${link}`);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();
    for (let pages = 0; pages < 20; pages++) {
      // "Plutôt pas d'accord" throughout: every criterion has something to gain.
      await answerPage(page, 1);
      if (await page.getByRole("button", { name: "Terminer" }).isVisible()) break;
      const before = await page.locator(".sd-page .sd-question").first().getAttribute("data-name");
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.waitForFunction((prev) => document.querySelector(".sd-page .sd-question")?.getAttribute("data-name") !== prev, before);
    }
    await page.getByRole("button", { name: "Terminer" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasNotText: "Auto-évaluation" }).first().waitFor();

    // The dashboard says where the label stands, and the label page shows the profile right away.
    await page.goto(`${baseUrl}/structures/${traboulesId}`);
    await page.getByRole("heading", { level: 2, name: "Label pair-aidance" }).waitFor();
    await page.getByRole("link", { name: "Voir le profil complet du label" }).click();
    await page.getByRole("heading", { level: 1, name: `Label pair-aidance — ${TRABOULES}` }).waitFor();
    await page.getByText("Pas encore", { exact: true }).first().waitFor();
    const training = page.locator('tr[data-criterion="training"]');
    await expect.poll(() => training.innerText()).toContain("Non atteint");
    await expect.poll(() => training.innerText()).toContain("points manquent pour le niveau suivant");
    await page.getByRole("heading", { level: 2, name: "Regards croisés" }).waitFor();
    expect(await seriousViolations(page), "axe on the label page").toEqual([]);
    expect(await horizontalOverflow(page), "scroll width of the label page").toBeLessThanOrEqual(360);

    await page.getByRole("button", { name: "Retenir comme réponse de la structure" }).first().click();
    await page.getByText("réponse retenue par la structure", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Figer le profil en certificat daté" }).click();
    await page.getByText("Certificat établi. Il figure dans la liste ci-dessous.").waitFor();
    await page
      .getByRole("link", { name: /^Certificat du label pair-aidance — / })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: `Certificat du label pair-aidance — ${TRABOULES}` }).waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Imprimer le certificat" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    const pdfContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "fr-FR",
      storageState: await context.storageState(),
    });
    const pdfPage = await pdfContext.newPage();
    await pdfPage.goto(page.url());
    await pdfPage.getByRole("heading", { level: 1, name: `Certificat du label pair-aidance — ${TRABOULES}` }).waitFor();
    const pdf = await pdfPage.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await pdfContext.close();
    await context.close();
  });

  it("Should open the public observatory on a view with figures, never on an empty one", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/observatoire/84`);
    await page.getByRole("heading", { level: 2, name: "Label pair-aidance dans la région" }).waitFor();
    const first = page.locator("section").first();
    await expect.poll(() => first.getByRole("heading", { level: 2 }).innerText()).toBe("Label pair-aidance dans la région");
    await first.locator("table").first().waitFor();
    expect(await first.innerText()).not.toContain("Pas encore de chiffres publiables");
    expect(await page.locator("#region-questionnaire").inputValue()).toBe("experience-usagers");
    expect(await seriousViolations(page), "axe on the observatory").toEqual([]);
    expect(await horizontalOverflow(page), "scroll width of the observatory").toBeLessThanOrEqual(360);
    await context.close();
  });
});
