import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Steps through a SurveyJS questionnaire as a respondent does, by tapping and typing. */

/** The name of the first question of the page on screen: it changes when SurveyJS turns the page. */
export function firstQuestion(page: Page): Promise<string | null> {
  return page.locator(".sd-page .sd-question").first().getAttribute("data-name");
}

/** Answers every single-choice question of the page on screen through the UI: a tap on the 4th label. */
export async function answerPage(page: Page): Promise<void> {
  const groups = page.locator('.sd-page fieldset[role="radiogroup"]');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const label = groups.nth(i).locator("label").nth(3);
    await label.click();
    await expect.poll(() => label.locator("input").isChecked()).toBe(true);
  }
  const comment = page.locator(".sd-page textarea");
  if ((await comment.count()) > 0) await comment.first().fill("Merci pour l'écoute.");
}

export async function nextPage(page: Page): Promise<void> {
  const before = await firstQuestion(page);
  await page.getByRole("button", { name: "Suivant" }).click();
  await page.waitForFunction((prev) => document.querySelector(".sd-page .sd-question")?.getAttribute("data-name") !== prev, before);
}

/** Answers the whole questionnaire, page by page, and stops before "Terminer". */
export async function answerAll(page: Page): Promise<void> {
  for (let pages = 0; pages < 20; pages++) {
    await answerPage(page);
    if (await page.getByRole("button", { name: "Terminer" }).isVisible()) return;
    await nextPage(page);
  }
  throw new Error("the questionnaire never reached its last page");
}
