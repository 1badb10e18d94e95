import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const PASSWORD = "reperes-demo-2026";
const MANAGER = "gem-lyon@demo.reperes.fr";
const OTHER_MANAGER = "ch-clermont@demo.reperes.fr";
const COORDINATOR = "observatoire@demo.reperes.fr";
const TRABOULES = "GEM Les Traboules (Lyon 1er) (démo)";
/** The role whose figures are suppressed in every manager's report: few peer workers answer. */
const PEER_QUESTIONNAIRE = "conditions-pairs-aidants";
/** The questionnaire with enough patients' answers for the demo structures' figures to show. */
const PATIENT_QUESTIONNAIRE = "experience-usagers";
const SUPPRESSED = "Moins de 11 réponses : chiffre masqué pour protéger l'anonymat";
const PEER_WORKERS_ONLY_IN_GROUPS = "Les réponses des pairs-aidant·es ne sont publiées que par groupes de structures";

let browser: Browser;
let traboulesId: number;

beforeAll(async () => {
  browser = await launchBrowser();
  // The structure directory is public: the tests find the demo structure's id as the home page does.
  const { structures } = (await (await fetch(`${baseUrl}/api/structures`)).json()) as { structures: { id: number; name: string }[] };
  const found = structures.find((s) => s.name === TRABOULES);
  if (!found) throw new Error(`demo structure "${TRABOULES}" not found`);
  traboulesId = found.id;
});
afterAll(async () => {
  await browser?.close();
});

function desktopContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
}

function narrowContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
}

/** Signs in through the form (mouse-free is test 1's business; here it is only the way in). */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Mes structures" }).waitFor();
}

/** The dashboard is ready once the report has been drawn (its method section closes the page). */
async function openDashboard(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}/structures/${traboulesId}${query}`);
  await page.getByRole("heading", { level: 1, name: TRABOULES }).waitFor();
  await page.locator("#methode").waitFor();
}

async function expectAccessibleAndNarrow(page: Page, what: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
  expect(await horizontalOverflow(page), `scroll width of ${what}`).toBeLessThanOrEqual(360);
}

describe("The staff pages", () => {
  it("Should let a manager sign in with the keyboard alone and read her report, a suppressed cell saying why", async () => {
    const context = await desktopContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/connexion`);
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== "email"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("email");
    await page.keyboard.type(MANAGER);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("password");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 1, name: "Mes structures" }).waitFor();
    await page.getByRole("heading", { level: 2, name: TRABOULES }).waitFor();
    await page.getByRole("link", { name: `Tableau de bord — ${TRABOULES}` }).click();
    await page.getByRole("heading", { level: 1, name: TRABOULES }).waitFor();
    await page.locator("#methode").waitFor();

    // Figures with their interval: the patients' questionnaire, which has enough answers.
    await page.locator("#questionnaire").selectOption(PATIENT_QUESTIONNAIRE);
    await page.waitForURL((url) => url.searchParams.get("questionnaire") === PATIENT_QUESTIONNAIRE);
    await page.locator(".indicator .big-value").first().waitFor();
    expect(await page.locator(".indicator .big-value").count()).toBeGreaterThan(0);
    await page.getByText("intervalle de confiance à 95 %").first().waitFor();
    expect(await page.locator(".indicator .big-value").first().innerText()).toMatch(/\d/);
    expect(await seriousViolations(page)).toEqual([]);

    // Peer workers are few: every cell of theirs says why it is hidden, and shows no figure.
    await page.locator("#questionnaire").selectOption(PEER_QUESTIONNAIRE);
    await page.waitForURL((url) => url.searchParams.get("questionnaire") === PEER_QUESTIONNAIRE);
    await page.locator("#role").selectOption("peer_worker");
    await page.waitForURL((url) => url.searchParams.get("role") === "peer_worker");
    await page.getByText(PEER_WORKERS_ONLY_IN_GROUPS).first().waitFor();
    const cells = page.locator(".indicator");
    expect(await cells.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await cells.count()); i++) {
      const cell = cells.nth(i);
      // Never one structure's figure: too few answers, or released for groups of structures only.
      const why = await cell.locator(".suppressed").first().innerText();
      expect(
        [SUPPRESSED, PEER_WORKERS_ONLY_IN_GROUPS].some((reason) => why.includes(reason)),
        why,
      ).toBe(true);
      expect(await cell.locator(".big-value").count()).toBe(0);
      expect(await cell.getByText("intervalle de confiance à 95 %").count()).toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("Should print the report as a clean A4 document with its date, method and threshold", async () => {
    const context = await desktopContext();
    const page = await context.newPage();
    await signIn(page, MANAGER);
    await openDashboard(page, `?questionnaire=${PATIENT_QUESTIONNAIRE}`);

    const header = page.locator(".print-only.report-meta");
    expect(await header.isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    await header.waitFor({ state: "visible" });
    const text = await header.innerText();
    expect(text).toMatch(/Rapport imprimé le \d{1,2} \S+ \d{4}/);
    expect(text).toMatch(/données jusqu'au \d{1,2} \S+ \d{4}/);
    expect(text).toMatch(/Méthode \S+/);
    expect(text).toContain("seuil d'anonymat : 11 réponses");
    expect(await page.locator(".staff-header").isVisible()).toBe(false);
    expect(await page.locator("nav").first().isVisible()).toBe(false);
    expect(await page.locator(".filters").first().isVisible()).toBe(false);
    const buttons = page.locator("button");
    for (let i = 0; i < (await buttons.count()); i++) expect(await buttons.nth(i).isVisible()).toBe(false);
    expect(await page.locator(".indicator .big-value").first().isVisible()).toBe(true);

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
    await context.close();
  });

  it("Should refuse another structure's manager, with a clear message and no figures", async () => {
    const context = await desktopContext();
    const page = await context.newPage();
    await signIn(page, OTHER_MANAGER);
    expect(await page.getByRole("heading", { level: 2, name: TRABOULES }).count()).toBe(0);
    await page.goto(`${baseUrl}/structures/${traboulesId}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Vous n'avez pas accès à ces données.");
    expect(await page.locator(".indicator, .big-value, table, .chart").count()).toBe(0);
    expect(await page.getByText("intervalle de confiance").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("Should pass axe-core and fit 360 px on every staff page", async () => {
    const context = await narrowContext();
    const page = await context.newPage();

    await page.goto(`${baseUrl}/connexion`);
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    await expectAccessibleAndNarrow(page, "/connexion");

    await page.goto(`${baseUrl}/invitation?token=bad`);
    await page.getByRole("heading", { level: 1, name: "Activer mon compte" }).waitFor();
    await expectAccessibleAndNarrow(page, "/invitation");
    await page.getByLabel("Mot de passe", { exact: true }).fill("un-mot-de-passe-assez-long");
    await page.getByLabel("Confirmer le mot de passe").fill("un-mot-de-passe-assez-long");
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await page.getByText("Cette invitation n'est plus valable").waitFor();
    await expectAccessibleAndNarrow(page, "/invitation after a refused token");

    await signIn(page, MANAGER);
    await page.getByRole("heading", { level: 2, name: TRABOULES }).waitFor();
    await expectAccessibleAndNarrow(page, "/ (manager)");

    await openDashboard(page, `?questionnaire=${PATIENT_QUESTIONNAIRE}`);
    await page.locator(".indicator .big-value").first().waitFor();
    await expectAccessibleAndNarrow(page, "the dashboard");
    await page.locator("#questionnaire").selectOption(PEER_QUESTIONNAIRE);
    await page.locator("#role").selectOption("peer_worker");
    await page.getByText(SUPPRESSED).first().waitFor();
    await expectAccessibleAndNarrow(page, "the dashboard with suppressed cells");

    await page.goto(`${baseUrl}/structures/${traboulesId}/enquetes`);
    await page.getByRole("heading", { level: 2, name: "Enquêtes de la structure" }).waitFor();
    await expectAccessibleAndNarrow(page, "the campaigns page");
    await context.close();

    const coordinator = await narrowContext();
    const regionPage = await coordinator.newPage();
    await signIn(regionPage, COORDINATOR);
    await expectAccessibleAndNarrow(regionPage, "/ (coordinator)");
    await regionPage.goto(`${baseUrl}/region`);
    await regionPage.getByRole("heading", { level: 1, name: /^Région/ }).waitFor();
    await regionPage.getByRole("table", { name: "Structures de la région", exact: true }).waitFor();
    await expectAccessibleAndNarrow(regionPage, "/region");

    // A small structure: the coordinator reads suppressed cells there.
    const { structures } = (await (await fetch(`${baseUrl}/api/structures`)).json()) as { structures: { id: number; name: string }[] };
    const small = structures.find((s) => s.name === "GEM L'Escale (Saint-Flour) (démo)");
    expect(small).toBeDefined();
    await regionPage.goto(`${baseUrl}/structures/${small!.id}`);
    await regionPage.getByRole("heading", { level: 1, name: small!.name }).waitFor();
    await regionPage.locator(".suppressed").first().waitFor();
    await expectAccessibleAndNarrow(regionPage, "a small structure's dashboard");
    await coordinator.close();
  });

  it("Should create a campaign and show its link and its QR-code poster", async () => {
    const context = await desktopContext();
    const page = await context.newPage();
    await signIn(page, MANAGER);
    await page.goto(`${baseUrl}/structures/${traboulesId}/enquetes`);
    await page.getByRole("heading", { level: 2, name: "Nouvelle enquête" }).waitFor();
    await page.getByRole("button", { name: "Créer l'enquête" }).click();

    const panel = page.locator("section[aria-labelledby='created-title']");
    await panel.getByRole("heading", { name: "Enquête créée" }).waitFor();
    const link = await panel.locator(".link-box").first().innerText();
    expect(link).toMatch(new RegExp(`^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/r/\\S+$`));
    const qr = panel.locator(".poster img");
    await qr.waitFor();
    expect(await qr.getAttribute("alt")).toBe(`QR code vers ${link}`);
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await panel.getByText("Votre avis compte").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it("Should show the observatory's open regional figures to anyone, without signing in", async () => {
    const context = await narrowContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/observatoire/84`);
    await page.getByRole("heading", { level: 1, name: "Observatoire régional de la pair-aidance" }).waitFor();
    await page.getByLabel("Questionnaire").selectOption(PATIENT_QUESTIONNAIRE);
    // The page opens on the label overview when it is released; the questionnaires' figures follow.
    const figures = page.locator('section[aria-labelledby="region-figures"]');
    await figures.locator("table caption").first().waitFor();
    expect(page.url()).toBe(`${baseUrl}/observatoire/84`);
    expect(await figures.locator("table").first().textContent()).toContain("Indicateur");
    await expectAccessibleAndNarrow(page, "/observatoire/84");
    await context.close();
  });
});
