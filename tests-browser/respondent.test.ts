import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser, phoneContext, recordHosts } from "./browser.ts";
import { answerAll, answerPage, firstQuestion, nextPage } from "./questionnaire-steps.ts";

const baseUrl = inject("baseUrl");
const CODE = "demo-gem-traboules";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(): Promise<{ context: BrowserContext; page: Page; hosts: Set<string> }> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const hosts = recordHosts(page);
  return { context, page, hosts };
}

async function startQuestionnaire(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/r/${CODE}`);
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.locator(".sd-page .sd-question").first().waitFor();
}

async function deviceStorage(page: Page): Promise<string[]> {
  return page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k !== "reperes.locale"));
}

const RESULTS_TITLE = "Merci, vos réponses sont envoyées";

describe("The respondent path, on a phone", () => {
  it("Should let a patient read the notice, answer every question and see her own results", async () => {
    const { context, page, hosts } = await openPhone();
    await page.goto(`${baseUrl}/r/${CODE}`);

    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toContain("Expérience");
    await page.getByRole("heading", { name: "Qui est responsable" }).waitFor();
    await page.getByRole("heading", { name: "Ce qui n'est pas gardé" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);

    await page.getByRole("button", { name: "Commencer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();
    expect(await page.locator(".sd-progress, [class*='progress']").count()).toBeGreaterThan(0);
    await answerPage(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
    await nextPage(page);
    await answerAll(page);

    await page.getByRole("button", { name: "Terminer" }).click();
    await page.getByRole("heading", { name: RESULTS_TITLE }).waitFor();
    expect(await page.locator(".r-score").count()).toBeGreaterThanOrEqual(5);
    await page.getByText("sur 100").first().waitFor();
    await page.getByRole("link", { name: "3114" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);

    expect(await deviceStorage(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect([...hosts]).toEqual([new URL(baseUrl).host]);
    await context.close();
  });

  it("Should keep the answers in progress across a reload", async () => {
    const { context, page } = await openPhone();
    await startQuestionnaire(page);
    await answerPage(page);
    await nextPage(page);
    const onSecondPage = await firstQuestion(page);
    const group = page.locator('.sd-page fieldset[role="radiogroup"]').first();
    await group.locator("label").nth(1).click();

    await page.reload();
    await page.locator(".sd-page .sd-question").first().waitFor();
    expect(await firstQuestion(page)).toBe(onSecondPage);
    await expect.poll(() => page.locator('.sd-page fieldset[role="radiogroup"]').first().locator("input").nth(1).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Précédent" }).click();
    await expect.poll(() => page.locator('.sd-page fieldset[role="radiogroup"]').first().locator("input").nth(3).isChecked()).toBe(true);
    await context.close();
  });

  it("Should keep a submission made offline on the device and send it when the network returns", async () => {
    const { context, page } = await openPhone();
    await startQuestionnaire(page);
    await answerAll(page);

    await context.setOffline(true);
    await page.getByRole("button", { name: "Terminer" }).click();
    await page.getByRole("heading", { name: "Vos réponses sont bien gardées" }).waitFor();
    await page.getByText("dès que la connexion reviendra").waitFor();
    expect(await page.evaluate((code) => localStorage.getItem(`reperes.pending.${code}`) !== null, CODE)).toBe(true);

    await context.setOffline(false);
    await page.getByRole("heading", { name: RESULTS_TITLE }).waitFor();
    expect(await deviceStorage(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it("Should send a submission left on the device when the page is opened again", async () => {
    const { context, page } = await openPhone();
    await startQuestionnaire(page);
    await answerAll(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Terminer" }).click();
    await page.getByRole("heading", { name: "Vos réponses sont bien gardées" }).waitFor();
    await page.close();

    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${baseUrl}/r/${CODE}`);
    await again.getByRole("heading", { name: RESULTS_TITLE }).waitFor();
    expect(await deviceStorage(again)).toEqual([]);
    await context.close();
  });

  it("Should show the notice before SurveyJS arrives, and offer to reload if the connection drops before it does", async () => {
    const { context, page } = await openPhone();
    // The questionnaire page (SurveyJS) never arrives: the notice does not need it.
    await context.route("**/assets/questionnaire-page-*.js", (route) => route.abort("internetdisconnected"));
    await page.goto(`${baseUrl}/r/${CODE}`);
    await page.getByRole("heading", { name: "Qui est responsable" }).waitFor();
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByRole("heading", { name: "Pas de connexion pour le moment" }).waitFor();

    await context.unroute("**/assets/questionnaire-page-*.js");
    await page.getByRole("button", { name: "Réessayer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it("Should show a kind page for an unknown code, in French and in English", async () => {
    const { context, page, hosts } = await openPhone();
    await page.goto(`${baseUrl}/r/no-such-campaign`);
    await page.getByRole("heading", { name: "Nous ne trouvons pas ce questionnaire" }).waitFor();
    expect(await page.getByText("campaign_not_found").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "We cannot find this questionnaire" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect([...hosts]).toEqual([new URL(baseUrl).host]);
    await context.close();
  });

  it("Should switch the notice and the questionnaire to English", async () => {
    const { context, page } = await openPhone();
    await page.goto(`${baseUrl}/r/${CODE}`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Who is responsible" }).waitFor();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByText("How long has a peer worker been supporting you?").waitFor();
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByText("Depuis combien de temps une personne pair-aidante vous accompagne-t-elle ?").waitFor();
    await context.close();
  });
});
