import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const databasePath = inject("databasePath");
const MANAGER = "gem-lyon@demo.reperes.fr";
const PASSWORD = "reperes-demo-2026";
const TRABOULES = "GEM Les Traboules (Lyon 1er) (démo)";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh campaign of the patients' questionnaire at the demo GEM, opened by its manager. */
async function newCampaign(): Promise<string> {
  const { structures } = (await (await fetch(`${baseUrl}/api/structures`)).json()) as { structures: { id: number; name: string }[] };
  const structure = structures.find((s) => s.name === TRABOULES)!;
  const manager = await browser.newContext();
  expect((await manager.request.post(`${baseUrl}/api/auth/login`, { data: { email: MANAGER, password: PASSWORD } })).status()).toBe(200);
  const created = await manager.request.post(`${baseUrl}/api/campaigns`, {
    data: { structureId: structure.id, questionnaire: "experience-usagers", version: 1, role: "patient" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { code } = (await created.json()) as { code: string };
  await manager.close();
  return code;
}

function storedResponses(code: string): { answers: string }[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT r.answers FROM responses r JOIN campaigns c ON c.id = r.campaign_id WHERE c.code = ?").all(code) as {
      answers: string;
    }[];
  } finally {
    db.close();
  }
}

/** Answers the page on screen with the native controls: the 4th choice (or the last) of each single-choice question. */
async function answerPlainPage(page: Page): Promise<void> {
  const groups = page.locator("fieldset.r-q:has(input[type=radio])");
  for (let i = 0; i < (await groups.count()); i++) {
    const labels = groups.nth(i).locator("label.r-choice");
    const label = labels.nth(Math.min(3, (await labels.count()) - 1));
    await label.click();
    expect(await label.locator("input").isChecked()).toBe(true);
  }
  const select = page.locator("form[data-plain-form] select");
  if ((await select.count()) > 0) await select.first().selectOption({ index: 1 });
  const comment = page.locator("form[data-plain-form] textarea");
  if ((await comment.count()) > 0) await comment.first().fill("Merci pour l'écoute.");
}

/**
 * axe-core on the page as the browser without JavaScript shows it. axe runs on timers that a page without
 * JavaScript never fires, so its HTML is opened again, at the same address for its style sheets, in a page
 * that runs axe but refuses every script of the site.
 */
async function plainViolations(page: Page) {
  const html = await page.content();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
  const copy = await context.newPage();
  await copy.route("**/*.js", (route) => route.abort());
  await copy.route(`${baseUrl}/axe-copy`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  await copy.goto(`${baseUrl}/axe-copy`);
  const violations = await seriousViolations(copy);
  await context.close();
  return violations;
}

describe("The questionnaire without JavaScript", () => {
  it("Should be answered whole as plain forms, page by page, and stored", async () => {
    const code = await newCampaign();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/r/${code}`);
    await page.getByRole("heading", { name: "Avant de commencer" }).waitFor();
    await page.getByRole("group", { name: /Je participe aux décisions qui concernent mes soins/ }).waitFor();
    expect(await page.locator(".r-progress-plain").innerText()).toBe("Page 1 sur 7");
    expect(await plainViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);

    // Nothing answered: the refusal is said beside each question that needs an answer.
    await page.getByRole("button", { name: "Page suivante" }).click();
    await page.locator("#q-engagement_decisions-error").waitFor();
    expect(await page.locator("#q-engagement_decisions-error").innerText()).toBe("Merci de répondre à cette question.");
    expect(await plainViolations(page)).toEqual([]);

    for (let n = 1; n <= 7; n++) {
      expect(await page.locator(".r-progress-plain").innerText()).toBe(`Page ${n} sur 7`);
      await answerPlainPage(page);
      if (n < 7) await page.getByRole("button", { name: "Page suivante" }).click();
      else await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
      await page.waitForLoadState();
      if (n === 3) {
        // Back one page and forward again: nothing typed is lost.
        await page.getByRole("button", { name: "Page précédente" }).click();
        await page.locator(".r-progress-plain", { hasText: "Page 3 sur 7" }).waitFor();
        expect(await page.locator("input[name='q:autonomy_self_esteem'][value='4']").isChecked()).toBe(true);
        await page.getByRole("button", { name: "Page suivante" }).click();
      }
    }
    await page.getByRole("heading", { name: "Merci, vos réponses sont envoyées" }).waitFor();
    expect(await plainViolations(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);

    const stored = storedResponses(code);
    expect(stored).toHaveLength(1);
    const answers = JSON.parse(stored[0]!.answers) as Record<string, unknown>;
    expect(answers["engagement_decisions"]).toBe(4);
    expect(answers["rights_obtained"]).toBe(false);
    expect(answers["comment"]).toBe("Merci pour l'écoute.");
    expect(answers["peer_support_duration"]).toBe("lt3m");
    await context.close();
  });

  it("Should show the first question before any script has run, and hand what was typed to SurveyJS", async () => {
    const code = await newCampaign();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
    const page = await context.newPage();
    let release!: () => void;
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/*.js", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto(`${baseUrl}/r/${code}`, { waitUntil: "commit" });
    const choice = page.getByRole("group", { name: /Je participe aux décisions/ }).getByLabel("Plutôt d'accord");
    await choice.check();
    expect(await page.evaluate(() => document.querySelector(".sd-root-modern"))).toBeNull();
    release();
    const question = page.locator(".sd-question[data-name='engagement_decisions']");
    await question.waitFor();
    expect(await question.locator("input[value='4']").isChecked()).toBe(true);
    await context.close();
  });
});
