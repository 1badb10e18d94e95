import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser, phoneContext, recordHosts } from "./browser.ts";
import { nextPage } from "./questionnaire-steps.ts";

const baseUrl = inject("baseUrl");
const CAMPAIGN = "demo-gem-traboules";
const RESULTS_TITLE = "Merci, vos réponses sont envoyées";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers the whole questionnaire, tapping the `choice`-th label of every question, and sends it. */
async function answerQuestionnaire(page: Page, choice: number): Promise<void> {
  await page.goto(`${baseUrl}/r/${CAMPAIGN}`);
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.locator(".sd-page .sd-question").first().waitFor();
  for (let pages = 0; pages < 20; pages++) {
    const groups = page.locator('.sd-page fieldset[role="radiogroup"]');
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      const label = groups.nth(i).locator("label").nth(choice);
      await label.click();
      await expect.poll(() => label.locator("input").isChecked()).toBe(true);
    }
    if (await page.getByRole("button", { name: "Terminer" }).isVisible()) break;
    await nextPage(page);
  }
  await page.getByRole("button", { name: "Terminer" }).click();
  await page.getByRole("heading", { name: RESULTS_TITLE }).waitFor();
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByRole("button", { name: "J'ai déjà un code personnel" }).click();
  await page.getByLabel("Votre code personnel (six mots)").fill(code);
  await page.getByRole("button", { name: "Voir l'évolution" }).click();
}

describe("A personal code, across visits and devices", () => {
  it("Should show 'you now vs last time' on the same device and on a new one, and nothing for a wrong code", async () => {
    // First visit: answer, then keep a code, after the warning that losing it loses the history.
    const first = await phoneContext(browser);
    const page = await first.newPage();
    const hosts = recordHosts(page);
    await answerQuestionnaire(page, 1);
    await page.getByRole("heading", { name: "Suivre votre parcours dans le temps" }).waitFor();
    await page.getByRole("button", { name: "Créer un code personnel" }).click();
    await page.getByText("si vous perdez ce code, votre historique est perdu").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "J'ai compris, créer mon code" }).click();
    const shown = page.getByTestId("personal-code");
    await shown.waitFor({ timeout: 30_000 });
    const code = (await shown.innerText()).trim();
    expect(code.split(" ")).toHaveLength(6);
    await page.getByRole("img", { name: /QR code/ }).waitFor();
    await page.getByText("Votre historique est gardé sur cet appareil et, chiffré, sur le serveur").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);

    // Second visit, same device: higher answers, the code typed with capitals and accents' freedom.
    await answerQuestionnaire(page, 3);
    await enterCode(page, code.toUpperCase().replace(/ /g, " - "));
    await page.getByRole("heading", { name: "Vous aujourd'hui, par rapport à la dernière fois" }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Plus (haut|bas) que la dernière fois/).count()).toBeGreaterThan(0);
    await page.getByText("Les choses bougent au fil du temps").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
    expect(await first.cookies()).toEqual([]);
    expect([...hosts]).toEqual([new URL(baseUrl).host]);

    // A new device (a fresh browser profile): only the server's blob and the code.
    const second = await phoneContext(browser);
    const other = await second.newPage();
    await answerQuestionnaire(other, 1);
    await enterCode(other, code);
    await other.getByRole("heading", { name: "Vous aujourd'hui, par rapport à la dernière fois" }).waitFor({ timeout: 30_000 });
    expect(await other.getByText(/que la dernière fois : \d+ puis \d+ sur 100/).count()).toBeGreaterThan(0);

    // The same code with its last word changed: nothing revealed.
    const words = code.split(" ");
    const wrong = [...words.slice(0, 5), words[5] === "abeille" ? "abri" : "abeille"].join(" ");
    const third = await phoneContext(browser);
    const stranger = await third.newPage();
    await answerQuestionnaire(stranger, 2);
    await enterCode(stranger, wrong);
    await stranger.getByText("Aucun historique ne correspond à ce code").waitFor({ timeout: 30_000 });
    expect(await stranger.getByText("par rapport à la dernière fois").count()).toBe(0);

    // Its holder deletes the history: the code then opens nothing, anywhere.
    await other.getByRole("button", { name: "Supprimer mon historique" }).click();
    await other.getByRole("button", { name: "Oui, supprimer" }).click();
    await other.getByText("Votre historique est supprimé").waitFor();
    const fourth = await phoneContext(browser);
    const later = await fourth.newPage();
    await answerQuestionnaire(later, 2);
    await enterCode(later, code);
    await later.getByText("Aucun historique ne correspond à ce code").waitFor({ timeout: 30_000 });
    await Promise.all([first, second, third, fourth].map((c) => c.close()));
  }, 300_000);

  it("Should keep a history made offline on the device, send it once the network is back, and let its holder change the code", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await answerQuestionnaire(page, 2);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Créer un code personnel" }).click();
    await page.getByRole("button", { name: "J'ai compris, créer mon code" }).click();
    const code = (await page.getByTestId("personal-code").innerText({ timeout: 30_000 })).trim();
    await page.getByText("Pas de réseau pour l'instant").waitFor();
    await context.setOffline(false);

    // Once synced, a fresh device finds it with the code.
    const fresh = await phoneContext(browser);
    const other = await fresh.newPage();
    await answerQuestionnaire(other, 3);
    await enterCode(other, code);
    await other.getByRole("heading", { name: "Vous aujourd'hui, par rapport à la dernière fois" }).waitFor({ timeout: 30_000 });

    // The code is changed: the old one then opens nothing, the new one opens the same history.
    await other.getByRole("button", { name: "Changer de code" }).click();
    await other.getByText("Voici votre nouveau code. L'ancien ne fonctionne plus.").waitFor({ timeout: 30_000 });
    const renewed = (await other.getByTestId("personal-code").innerText()).trim();
    expect(renewed).not.toBe(code);
    const third = await phoneContext(browser);
    const next = await third.newPage();
    await answerQuestionnaire(next, 1);
    await enterCode(next, code);
    await next.getByText("Aucun historique ne correspond à ce code").waitFor({ timeout: 30_000 });
    await next.getByLabel("Votre code personnel (six mots)").fill(renewed);
    await next.getByRole("button", { name: "Voir l'évolution" }).click();
    await next.getByRole("heading", { name: "Vous aujourd'hui, par rapport à la dernière fois" }).waitFor({ timeout: 30_000 });
    await Promise.all([context.close(), fresh.close(), third.close()]);
  }, 180_000);
});
