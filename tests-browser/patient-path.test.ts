import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser, phoneContext } from "./browser.ts";
import { answerAll, answerPage, nextPage } from "./questionnaire-steps.ts";

const baseUrl = inject("baseUrl");
const CODE = "demo-gem-traboules";
const MANAGER = "gem-lyon@demo.reperes.fr";
const PASSWORD = "reperes-demo-2026";
const TRABOULES = "GEM Les Traboules (Lyon 1er) (démo)";
const RESULTS_TITLE = "Merci, vos réponses sont envoyées";
const NOT_RECOGNISED = "Ce code n'est pas reconnu";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser);
  return { context, page: await context.newPage() };
}

/** A campaign of the demo questionnaire that needs invitation codes, opened by the structure's manager. */
async function invitationCampaign(invitations: number): Promise<{ code: string; invitations: string[] }> {
  const { structures } = (await (await fetch(`${baseUrl}/api/structures`)).json()) as { structures: { id: number; name: string }[] };
  const structure = structures.find((s) => s.name === TRABOULES)!;
  const demo = (await (await fetch(`${baseUrl}/api/campaigns/${CODE}`)).json()) as { questionnaire: { slug: string; version: number } };
  const manager = await browser.newContext();
  const login = await manager.request.post(`${baseUrl}/api/auth/login`, { data: { email: MANAGER, password: PASSWORD } });
  expect(login.status()).toBe(200);
  const created = await manager.request.post(`${baseUrl}/api/campaigns`, {
    data: {
      structureId: structure.id,
      questionnaire: demo.questionnaire.slug,
      version: demo.questionnaire.version,
      role: "patient",
      invitations,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const body = (await created.json()) as { code: string; invitations: string[] };
  await manager.close();
  return body;
}

async function progressText(page: Page): Promise<string> {
  return page.locator(".r-progress-text").innerText();
}

describe("The patient's path", () => {
  it("Should welcome a visitor at / with a code entry that reaches the campaign", async () => {
    const { context, page } = await openPhone();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { name: "J'ai un code" }).waitFor();
    await page.getByRole("link", { name: "Espace des équipes" }).waitFor();
    await page.getByRole("link", { name: "L'observatoire" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);

    await page.getByLabel("Code du questionnaire").fill("no-such-code");
    await page.getByRole("button", { name: "Ouvrir le questionnaire" }).click();
    await page.getByText("Nous ne trouvons pas de questionnaire avec ce code").waitFor();

    await page.getByLabel("Code du questionnaire").fill(` ${CODE.toUpperCase()} `);
    await page.getByRole("button", { name: "Ouvrir le questionnaire" }).click();
    await page.waitForURL(`${baseUrl}/r/${CODE}`);
    await page.getByRole("button", { name: "Commencer" }).waitFor();
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it("Should answer an unknown address with a 404 and a page that says so, not the sign-in", async () => {
    const { context, page } = await openPhone();
    const res = await page.goto(`${baseUrl}/nulle-part`);
    expect(res?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page introuvable" }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/nulle-part`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("Should say 'Page X sur Y' with a bar that fits 360 px, in French down to the dropdown's popup", async () => {
    const { context, page } = await openPhone();
    await page.goto(`${baseUrl}/r/${CODE}`);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();
    const first = await progressText(page);
    expect(first).toMatch(/^Page 1 sur \d+$/);
    const count = Number(first.split(" ").pop());
    expect(count).toBeGreaterThan(2);
    const bar = page.getByRole("progressbar");
    expect(await bar.getAttribute("aria-valuenow")).toBe("1");
    expect(await bar.getAttribute("aria-valuemax")).toBe(String(count));
    const box = (await bar.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.locator(".r-progress-text").getAttribute("aria-live")).toBe("polite");

    // The dropdown's popup on a phone: its buttons in French, not "Cancel".
    await page.locator(".sd-question[data-name='peer_support_duration'] .sd-dropdown").click();
    const popup = page.locator(".sv-popup:visible").last();
    await popup.waitFor();
    const popupText = await popup.innerText();
    expect(popupText).not.toMatch(/\bCancel\b|\bOK\b|Apply/);
    expect(popupText).toContain("Annuler");
    await page.keyboard.press("Escape");

    await answerPage(page);
    await nextPage(page);
    expect(await progressText(page)).toBe(`Page 2 sur ${count}`);
    expect(await bar.getAttribute("aria-valuenow")).toBe("2");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("Should catch a wrong invitation code before the first page", async () => {
    const campaign = await invitationCampaign(1);
    const { context, page } = await openPhone();
    await page.goto(`${baseUrl}/r/${campaign.code}`);
    const field = page.getByLabel("Votre code d'invitation");
    await field.fill(`${campaign.invitations[0]}x`);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByText(NOT_RECOGNISED).waitFor();
    expect(await page.locator(".sd-question").count()).toBe(0);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);

    await field.fill(campaign.invitations[0]!);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();
    await context.close();
  });

  it("Should keep every answer on the device when a reused code is refused at the end, and send them with another code", async () => {
    const campaign = await invitationCampaign(2);
    const [reused, fresh] = campaign.invitations as [string, string];
    // Someone already answered with this code.
    const first = await openPhone();
    await first.page.goto(`${baseUrl}/r/${campaign.code}?i=${reused}`);
    await first.page.getByRole("button", { name: "Commencer" }).click();
    await first.page.locator(".sd-page .sd-question").first().waitFor();
    await answerAll(first.page);
    await first.page.getByRole("button", { name: "Terminer" }).click();
    await first.page.getByRole("heading", { name: RESULTS_TITLE }).waitFor();
    await first.context.close();

    const { context, page } = await openPhone();
    await page.goto(`${baseUrl}/r/${campaign.code}?i=${reused}`);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();
    await answerAll(page);
    await page.getByRole("button", { name: "Terminer" }).click();
    await page.getByText("Ce code d'invitation a déjà servi").waitFor();
    await page.getByText("Vos réponses sont gardées sur cet appareil").waitFor();
    const kept = await page.evaluate((code) => sessionStorage.getItem(`reperes.progress.${code}`), campaign.code);
    expect(Object.keys((JSON.parse(kept!) as { answers: object }).answers).length).toBeGreaterThan(10);
    expect(await seriousViolations(page)).toEqual([]);

    const field = page.getByLabel("Votre code d'invitation");
    await field.fill("pas-un-code");
    await page.getByRole("button", { name: "Envoyer avec ce code" }).click();
    await page.getByText(NOT_RECOGNISED).waitFor();
    await field.fill(fresh);
    await page.getByRole("button", { name: "Envoyer avec ce code" }).click();
    await page.getByRole("heading", { name: RESULTS_TITLE }).waitFor();
    expect(
      await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k !== "reperes.locale")),
    ).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it("Should switch between the standard and the easy-to-read wording, with an easy-to-read notice", async () => {
    const { context, page } = await openPhone();
    await page.goto(`${baseUrl}/r/${CODE}`);
    await page.getByRole("heading", { name: "Qui est responsable" }).waitFor();
    await page.getByRole("link", { name: "Version facile à lire (FALC)" }).click();
    await page.getByRole("heading", { name: "Qui vous pose les questions" }).waitFor();
    expect(page.url()).not.toContain(CODE);
    await page.getByText("Vous pouvez arrêter quand vous voulez.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.locator(".sd-page .sd-question").first().waitFor();

    await page.goBack();
    await page.getByRole("heading", { name: "Qui est responsable" }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/r/${CODE}`);
    await context.close();
  });
});
