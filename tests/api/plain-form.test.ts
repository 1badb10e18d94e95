import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ANSWER_FIELD, answerFieldValues, pageQuestions } from "@/domain/questionnaire/form-answers.ts";
import type { SurveyDefinition } from "@/domain/questionnaire/types.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

// A built web app as the server finds it: index.html with its entry script.
const dist = mkdtempSync(join(tmpdir(), "reperes-plain-"));
writeFileSync(
  join(dist, "index.html"),
  '<!doctype html><html lang="fr"><head><title>Repères</title><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
);

const SAME_ORIGIN = { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin", origin: "null" };

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of a page, as a browser would send them back. */
function hiddenFields(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]);
}

async function post(t: TestApp, code: string, fields: [string, string][], headers: Record<string, string> = SAME_ORIGIN, query = "") {
  return t.app.request(`/r/${code}${query}`, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

async function survey(t: TestApp): Promise<SurveyDefinition> {
  return (await t.store.questionnaires.getVersion("experience-usagers", 1))!.definition;
}

/** Answers a whole campaign as a browser without JavaScript would: one form per page, hidden fields sent back. */
async function answerByForms(t: TestApp, code: string, answers: Record<string, unknown>, first: [string, string][] = []) {
  const definition = await survey(t);
  let fields: [string, string][] = [["page", "0"], ...first];
  for (let step = 0; step < 20; step++) {
    const page = Number(fields.find(([n]) => n === "page")![1]);
    for (const { question } of pageQuestions(definition.pages[page]!))
      for (const v of answerFieldValues(answers[question.name])) fields.push([`${ANSWER_FIELD}${question.name}`, v]);
    const res = await post(t, code, [...fields, ["nav", "next"]]);
    const html = await res.text();
    if (res.status !== 200) return { res, html };
    fields = hiddenFields(html);
  }
  throw new Error("the questionnaire never ended");
}

describe("The questionnaire without JavaScript", () => {
  it("Should serve the notice and the first question in the page itself, before any script", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code } = await openCampaign(t);
    const html = await (await t.app.request(`/r/${code}`)).text();
    const question = html.indexOf('name="q:engagement_decisions"');
    expect(html.indexOf("Avant de commencer")).toBeGreaterThan(0);
    expect(question).toBeGreaterThan(html.indexOf("Avant de commencer"));
    expect(html).toContain("Je participe aux décisions qui concernent mes soins.");
    expect(html).toContain("Page 1 sur 7");
    expect(html).toContain(`<form method="post" action="/r/${code}"`);
    // The app's script stays, to take the page over when it has arrived.
    expect(html).toContain('<script type="module" src="/assets/app.js"></script>');
    const english = await (await t.app.request(`/r/${code}?lang=en`)).text();
    expect(english).toContain('<html lang="en"');
    expect(english).toContain("Page 1 of 7");
    expect(english).toContain("Before you start");
  });

  it("Should leave an unknown or closed campaign to the web app, which says why", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const html = await (await t.app.request("/r/no-such-campaign")).text();
    expect(html).not.toContain("data-plain-form");
  });

  it("Should take the whole questionnaire page by page and store it as the JSON route does", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    const { res, html } = await answerByForms(t, code, answers);
    expect(res.status, html).toBe(201);
    expect(html).toContain("Merci, vos réponses sont envoyées");
    expect(html).not.toContain("<script");
    const rows = t.store.db.$client.prepare("SELECT answers, locale FROM responses").all() as { answers: string; locale: string }[];
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.answers)).toEqual(answers);
    expect(rows[0]!.locale).toBe("fr");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("Should show a refused answer next to its question, in French or in English", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code } = await openCampaign(t);
    const res = await post(t, code, [
      ["page", "0"],
      ["q:engagement_decisions", "3"],
      ["nav", "next"],
    ]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="q-engagement_express_needs-error">Merci de répondre à cette question\.</);
    expect(html).toMatch(/value="3" checked/);
    expect(html).not.toContain('id="q-engagement_decisions-error"');
    const english = await (await post(t, code, [["page", "0"]], SAME_ORIGIN, "?lang=en")).text();
    expect(english).toMatch(/id="q-engagement_decisions-error">Please answer this question\.</);
  });

  it("Should refuse an edited hidden field as the validator refuses any wrong answer", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    // Page 3 posted with an answer of page 1 out of its scale.
    const fields: [string, string][] = [["page", "2"]];
    for (const [name, value] of Object.entries(answers)) for (const v of answerFieldValues(value)) fields.push([`q:${name}`, v]);
    const tampered = fields.map(([n, v]): [string, string] => (n === "q:engagement_decisions" ? [n, "9"] : [n, v]));
    const res = await post(t, code, [...tampered, ["nav", "next"]]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Page 1 sur 7");
    expect(html).toMatch(/id="q-engagement_decisions-error">Choisissez parmi les réponses proposées\.</);

    const unknown = await post(t, code, [...fields, ["q:not_a_question", "1"], ["nav", "next"]]);
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain("ne correspondent pas à ce questionnaire");
    // A checkbox answer to a question its condition hides.
    const hidden = fields.filter(([n]) => n !== "q:rights_obtained" && n !== "q:rights_obtained_list" && n !== "page");
    const shown = await post(t, code, [
      ...hidden,
      ["q:rights_obtained", "false"],
      ["q:rights_obtained_list", "aah"],
      ["page", "6"],
      ["nav", "next"],
    ]);
    expect(shown.status).toBe(201);
    expect(t.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get()).toEqual({ n: 1 });
    const stored = JSON.parse((t.store.db.$client.prepare("SELECT answers FROM responses").get() as { answers: string }).answers);
    expect(stored.rights_obtained_list).toBeUndefined();
  });

  it("Should refuse a form posted from another site, or sent as anything but a form", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code } = await openCampaign(t);
    const fields: [string, string][] = [["page", "0"]];
    const refused = async (headers: Record<string, string>, status: number, error: string) => {
      const res = await post(t, code, fields, headers);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(error);
    };
    const form = { "content-type": "application/x-www-form-urlencoded" };
    await refused({ ...form, "sec-fetch-site": "cross-site", origin: "https://evil.example" }, 403, "cross_origin_refused");
    await refused({ ...form, "sec-fetch-site": "same-site" }, 403, "cross_origin_refused");
    await refused({ ...form, origin: "https://evil.example" }, 403, "cross_origin_refused");
    await refused({ ...form, origin: "null" }, 403, "cross_origin_refused");
    await refused(form, 403, "cross_origin_refused");
    await refused({ "content-type": "text/plain", "sec-fetch-site": "same-origin" }, 415, "unsupported_media_type");
    expect((await post(t, code, fields, { ...form, origin: "http://localhost" })).status).toBe(422);
  });

  it("Should check an invitation code on the first page and keep every answer when the code is refused at the end", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code, invitations } = await openCampaign(t, { invitations: 2 });
    const page = await (await t.app.request(`/r/${code}?i=${invitations[0]}`)).text();
    expect(page).toContain(`name="invitation" autocomplete="off" autocapitalize="none" spellcheck="false" value="${invitations[0]}"`);

    const answers = await validAnswers(t);
    const wrong = await answerByForms(t, code, answers, [
      ["asked", "invitation"],
      ["invitation", "not-a-code"],
    ]);
    expect(wrong.res.status).toBe(422);
    expect(wrong.html).toContain("Page 1 sur 7");
    expect(wrong.html).toMatch(/id="invitation-error">Ce code n&#39;est pas reconnu/);

    const first = await answerByForms(t, code, answers, [
      ["asked", "invitation"],
      ["invitation", invitations[0]!],
    ]);
    expect(first.res.status).toBe(201);
    // The same code again: refused at the end, the answers stay in the form to be sent with another code.
    const again = await answerByForms(t, code, answers, [
      ["asked", "invitation"],
      ["invitation", invitations[0]!],
    ]);
    expect(again.res.status).toBe(422);
    expect(again.html).toContain("Ce code d&#39;invitation a déjà servi");
    // What the page holds: the earlier answers hidden, this page's answers in its fields.
    const kept = hiddenFields(again.html).filter(([n]) => n !== "asked");
    const definition = await survey(t);
    for (const { question } of pageQuestions(definition.pages[6]!))
      for (const v of answerFieldValues(answers[question.name])) kept.push([`${ANSWER_FIELD}${question.name}`, v]);
    expect(again.html).toMatch(/name="q:rights_know" value="\d" checked/);
    const resent = await post(t, code, [...kept, ["asked", "invitation"], ["invitation", invitations[1]!], ["nav", "next"]]);
    expect(resent.status, await resent.clone().text()).toBe(201);
    expect(t.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get()).toEqual({ n: 2 });
  });
});
