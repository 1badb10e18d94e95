import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { contentHash } from "@/domain/questionnaire/content-hash.ts";
import { readSurveys } from "@/surveys/load-surveys.ts";
import { body, researchTeam, smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/**
 * Questionnaire texts reach respondents and staff as HTML: whatever a draft, a library file or a stored
 * version carries, nothing that navigates, posts elsewhere or runs code is ever served.
 */

let t: TestApp;
let team: Awaited<ReturnType<typeof researchTeam>>;

beforeEach(async () => {
  t = await createTestApp({ rateLimits: false });
  team = await researchTeam(t);
});

/** Each dangerous construct, named by what must be gone once cleaned (a string the clean text may not contain). */
const DANGEROUS: [construct: string, html: string, gone: string][] = [
  ["meta refresh", '<meta http-equiv="refresh" content="3;url=https://ailleurs.example/">', "<meta"],
  ["script", "<script>document.title = 'pris'</script>", "<script"],
  ["style", "<style>body { display: none }</style>", "<style"],
  ["iframe", '<iframe src="https://ailleurs.example/"></iframe>', "<iframe"],
  ["form", '<form method="post"><button>Envoyer</button></form>', "<form"],
  ["input", '<input name="motdepasse" type="password">', "<input"],
  ["onerror attribute", '<img src="/x.png" onerror="alert(1)">', "onerror"],
  ["onclick attribute", '<p onclick="alert(1)">Cliquez</p>', "onclick"],
  ["javascript: link", '<a href="javascript:alert(1)">Aide</a>', "javascript:"],
  ["outside form action", '<form action="https://ailleurs.example/collecte"><input name="q"></form>', "ailleurs.example/collecte"],
];
const ALL_DANGEROUS = DANGEROUS.map(([, html]) => html).join("");
const ALL_GONE = DANGEROUS.map(([, , gone]) => gone);

/** The small questionnaire with `html` in an html block, a title, a description and a choice, in both languages. */
function questionnaireCarrying(html: string) {
  const q = smallQuestionnaire();
  const text = (fr: string) => ({ fr: `<p>${fr}</p>${html}`, en: `<p>${fr}</p>${html}` });
  const page = q.definition.pages[0]!;
  page.elements.unshift({ type: "html", name: "intro", html: text("Bienvenue") });
  page.elements[1]!.title = text("Je me sens accueilli·e au GEM.");
  page.elements[1]!.description = text("Une phrase d'aide");
  page.elements.push({
    type: "radiogroup",
    name: "q5",
    title: { fr: "Votre âge", en: "Your age" },
    choices: [{ value: "a", text: text("Moins de 30 ans") }],
  });
  return {
    ...q,
    title: text("Rétablissement"),
    definition: { ...q.definition, completedHtml: text("Merci"), navigateToUrl: "https://ailleurs.example/" },
  };
}

function expectClean(value: unknown, what: string): void {
  const json = JSON.stringify(value);
  for (const gone of ALL_GONE) expect(json, `${what}: ${gone}`).not.toContain(gone);
  expect(json, `${what}: navigateToUrl`).not.toContain("navigateToUrl");
}

async function createDraft(content: unknown): Promise<{ id: number; slug: string; revision: number }> {
  const res = await t.json("POST", `/api/projects/${team.project.id}/drafts`, content, team.peer.headers);
  expect(res.status).toBe(201);
  return body(res);
}

const getDraft = async (id: number) =>
  body<{ content: unknown; revision: number }>(await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }));

describe("Questionnaire content: drafts", () => {
  it.each(DANGEROUS)("Should save a draft carrying a %s cleaned, keeping its harmless text", async (_construct, html, gone) => {
    const { id } = await createDraft(smallQuestionnaire());
    const res = await t.json("PUT", `/api/drafts/${id}`, { ...questionnaireCarrying(html), revision: 1 }, team.peer.headers);
    expect(res.status).toBe(200);
    const saved = await body<{ cleaned: boolean; content: unknown }>(res);
    expect(saved.cleaned).toBe(true);
    // The editor is sent back what was kept, and so is everyone who opens the draft.
    for (const content of [saved.content, (await getDraft(id)).content]) {
      expect(JSON.stringify(content)).not.toContain(gone);
      expect(JSON.stringify(content)).toContain("<p>Bienvenue</p>");
      expect(JSON.stringify(content)).toContain("<p>Moins de 30 ans</p>");
    }
  });

  it("Should clean a definition given when the draft is created, and leave clean content as it was", async () => {
    const { id } = await createDraft(questionnaireCarrying(ALL_DANGEROUS));
    expectClean((await getDraft(id)).content, "created");
    const clean = await t.json("PUT", `/api/drafts/${id}`, { ...smallQuestionnaire(), revision: 1 }, team.peer.headers);
    expect(await body(clean)).toMatchObject({ cleaned: false, merged: false });
    expect((await getDraft(id)).content).toEqual(smallQuestionnaire());
  });

  it("Should keep tel:, mailto: and https links and same-origin or data images, and drop other addresses", async () => {
    const kept =
      '<a href="tel:3114">3114</a><a href="mailto:aide@example.fr">écrire</a><a href="https://www.example.fr/">site</a><img src="/logo.png" alt=""><img src="data:image/png;base64,iVBORw0KGgo=" alt="">';
    const dropped =
      '<a href="http://ailleurs.example/">x</a><a href="//ailleurs.example/">y</a><img src="https://ailleurs.example/pixel.png">';
    const { id } = await createDraft(questionnaireCarrying(kept + dropped));
    const json = JSON.stringify((await getDraft(id)).content);
    expect(json).toContain('href=\\"tel:3114\\"');
    expect(json).toContain('href=\\"mailto:aide@example.fr\\"');
    expect(json).toContain('href=\\"https://www.example.fr/\\"');
    expect(json).toContain('src=\\"/logo.png\\"');
    expect(json).toContain('src=\\"data:image/png;base64,iVBORw0KGgo=\\"');
    expect(json).not.toContain("ailleurs.example");
  });

  it("Should serve respondents a published definition with none of the dangerous constructs", async () => {
    const { id, slug } = await createDraft(questionnaireCarrying(ALL_DANGEROUS));
    const { revision } = await getDraft(id);
    // Submitted by someone who does not approve: whoever submits is never the only approver of their background.
    expect((await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.nurse.headers)).status).toBe(200);
    await t.json("POST", `/api/drafts/${id}/approvals`, { revision }, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, { revision }, team.researcher.headers);
    const published = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect(published.status).toBe(201);

    const version = await body(await t.app.request(`/api/questionnaires/${slug}/versions/1`));
    expectClean(version, "published version");
    const admin = await t.signIn("admin");
    const structure = await t.structure();
    const campaign = await t.json(
      "POST",
      "/api/campaigns",
      { structureId: structure.id, questionnaire: slug, version: 1, role: "patient" },
      admin.headers,
    );
    const { code } = await body<{ code: string }>(campaign);
    const served = await body<{ definition: unknown }>(await t.app.request(`/api/campaigns/${code}`));
    expectClean(served.definition, "served to respondents");
    expect(JSON.stringify(served.definition)).toContain("<p>Bienvenue</p>");
  });
});

describe("Questionnaire content: stored versions and library files", () => {
  it("Should serve a version stored before cleaning existed clean, to respondents and to the library", async () => {
    // A version stored as it was written, as the store kept them before cleaning existed.
    const [library] = readSurveys("surveys").filter((s) => s.questionnaire.slug === "experience-usagers");
    const questionnaire = structuredClone(library!.questionnaire);
    questionnaire.survey.pages[0]!.elements.unshift({ type: "html", name: "piege", html: { fr: ALL_DANGEROUS, en: ALL_DANGEROUS } });
    const stored = await t.actions.store.questionnaires.importPublished(questionnaire, "stored-before-cleaning", "old.json", new Date());
    expect(stored).toEqual({ version: 2, created: true });
    expectClean(await body(await t.app.request("/api/questionnaires/experience-usagers/versions/2")), "library version");
    const admin = await t.signIn("admin");
    const structure = await t.structure();
    const campaign = await t.json(
      "POST",
      "/api/campaigns",
      { structureId: structure.id, questionnaire: "experience-usagers", version: 2, role: "patient" },
      admin.headers,
    );
    const { code } = await body<{ code: string }>(campaign);
    expectClean((await body<{ definition: unknown }>(await t.app.request(`/api/campaigns/${code}`))).definition, "campaign");
  });

  it("Should read a library file cleaned, and the library's own files unchanged", () => {
    const dir = mkdtempSync(join(tmpdir(), "surveys-"));
    const file = JSON.parse(readFileSync("surveys/conditions-pairs-aidants.json", "utf8")) as {
      survey: { pages: { elements: Record<string, unknown>[] }[] };
    };
    file.survey.pages[0]!.elements.unshift({
      type: "html",
      name: "piege",
      html: { fr: `<p>Bonjour</p>${ALL_DANGEROUS}`, en: "<p>Hello</p>" },
    });
    writeFileSync(join(dir, "conditions-pairs-aidants.json"), JSON.stringify(file));
    const [loaded] = readSurveys(dir);
    expectClean(loaded!.questionnaire, "library file");
    const html = loaded!.questionnaire.survey.pages[0]!.elements[0]!["html"] as { fr: string; en: string };
    expect(html.fr).toMatch(/^<p>Bonjour<\/p>/);
    expect(html.en).toBe("<p>Hello</p>");

    // Clean files are read as written: their content hash, hence their stored version, does not change.
    for (const { file: path, hash } of readSurveys("surveys")) {
      const { title, description, roles, survey, scoring } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      expect(hash, path).toBe(contentHash({ title, description, roles, survey, scoring }));
    }
  });
});
