import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { horizontalOverflow, launchBrowser, phoneContext } from "./browser.ts";

/**
 * Co-design, end to end: a peer worker writes a questionnaire on a phone-sized screen, a researcher discusses
 * it and submits it, both approve (and, since whoever submits is never the only approver of their side, the
 * team's nurse too), one publishes after reading what publication does, and an anonymous respondent answers
 * the new version.
 * The steps share one story, so they run in order and each waits for what the previous one left.
 */

const baseUrl = inject("baseUrl");
const PASSWORD = "reperes-demo-2026";
const PEER = "pair-aidant@demo.reperes.fr";
const RESEARCHER = "recherche@demo.reperes.fr";
const MANAGER = "gem-lyon@demo.reperes.fr";
const NURSE = "infirmiere@demo.reperes.fr";
const PROJECT = "Rétablissement et vie au GEM";
const TRABOULES = "GEM Les Traboules (Lyon 1er) (démo)";
/** Unique per run, so that the new questionnaire's slug never meets one left by another run. */
const TITLE = `Se sentir chez soi au GEM ${Date.now().toString(36)}`;
const COMMENT = "« À ma place » : est-ce clair pour tout le monde ?";
const STEP_TIMEOUT = 180_000;
/** An open draft asks for the latest revision every 5 s: what another member saved shows well within this. */
const LIVE_TIMEOUT = 20_000;
const RESEARCHER_NAME = "Chercheuse en santé publique (démo)";

let browser: Browser;
let peer: BrowserContext;
let researcher: BrowserContext;
let peerPage: Page;
let draftUrl = "";
let published: { slug: string; version: number } | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Mes structures" }).waitFor();
}

/** The demo project; created through the API (as the peer worker, with the researcher) if the demo data lacks it. */
async function ensureProject(context: BrowserContext): Promise<void> {
  const list = (await (await context.request.get(`${baseUrl}/api/projects`)).json()) as { projects: { name: string }[] };
  if (list.projects.some((p) => p.name === PROJECT)) return;
  const people = (await (await context.request.get(`${baseUrl}/api/co-researchers`)).json()) as {
    coResearchers: { id: number; email: string }[];
  };
  const members = people.coResearchers.filter((p) => p.email === RESEARCHER).map((p) => p.id);
  const created = await context.request.post(`${baseUrl}/api/projects`, {
    data: { name: PROJECT, description: "Projet de démonstration", members },
  });
  expect(created.status()).toBe(201);
}

/** A question's card in the editor: the fieldset named "Question 1 — q1". */
function card(page: Page, number: number, name: string): Locator {
  return page.getByRole("group", { name: `Question ${number} — ${name}`, exact: true });
}

async function expectAccessibleAndNarrow(page: Page, what: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
  expect(await horizontalOverflow(page), `scroll width of ${what}`).toBeLessThanOrEqual(360);
}

/** Saves and waits for the server's answer in the save bar. */
async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await page.getByText(/^Enregistré \(révision \d+\)\.$/).waitFor();
  await page.getByText("Tout est enregistré").waitFor();
}

describe("Co-designing a questionnaire", () => {
  it(
    "Should let a peer worker write a draft on a 360 px screen: two questions in both languages, a dimension, a comment",
    async () => {
      peer = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
      peerPage = await peer.newPage();
      const page = peerPage;
      await signIn(page, PEER);
      await ensureProject(peer);
      await page.getByRole("link", { name: "voir mes projets de recherche" }).waitFor();
      await page.getByRole("navigation").getByRole("link", { name: "Projets de recherche" }).click();
      await page.getByRole("heading", { level: 1, name: "Projets de recherche" }).waitFor();
      await page.getByRole("heading", { level: 2, name: "Inviter un·e co-chercheur·e" }).waitFor();
      await expectAccessibleAndNarrow(page, "/projets");

      await page.getByRole("link", { name: PROJECT }).click();
      await page.getByRole("heading", { level: 1, name: PROJECT }).waitFor();
      await page.getByText("Chercheuse en santé publique (démo) — Chercheur·e").waitFor();
      // The ethics text respondents will read, revised once the committee has answered.
      await page.getByText("Modifier le projet (nom, description, éthique)").click();
      const settings = page.locator("details.project-settings");
      await settings.getByLabel("Texte en français").fill("Étude approuvée par le comité d'éthique. Vos réponses sont anonymes.");
      await settings.getByLabel("Texte en anglais").fill("Study approved by the ethics committee. Your answers are anonymous.");
      await settings.getByRole("button", { name: "Enregistrer le projet" }).click();
      await settings.getByText("Projet mis à jour.").waitFor();
      await expectAccessibleAndNarrow(page, "/projets/:id");
      await page.getByLabel("Titre en français").fill(TITLE);
      await page.getByLabel("Titre en anglais").fill("Feeling at home at the club");
      await page.getByRole("button", { name: "Créer le brouillon" }).click();
      await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await page.getByText("En cours d'écriture").first().waitFor();
      draftUrl = page.url();
      expect(draftUrl).toMatch(/\/brouillons\/\d+$/);

      await page.getByLabel("Présentation aux répondant·es en français").fill("Votre vie au GEM, en quelques questions.");
      await page.getByLabel("Présentation aux répondant·es en anglais").fill("Your life at the club, in a few questions.");
      await page.getByText("Modifications non enregistrées").waitFor();

      // A Likert item, then a yes/no question after it, each in French and in English.
      await page.getByRole("button", { name: "Ajouter une question au début de la page 1" }).click();
      await page.getByRole("button", { name: "Échelle d'accord (Likert)" }).click();
      const likert = card(page, 1, "q1");
      await likert.getByLabel("Intitulé de la question en français").fill("Au GEM, je me sens à ma place.");
      await likert.getByLabel("Intitulé de la question en anglais").fill("At the club, I feel I belong.");
      await page.getByRole("button", { name: "Ajouter une question après la question 1" }).click();
      await page.getByRole("button", { name: "Oui / non" }).click();
      const yesNo = card(page, 2, "q2");
      await yesNo.getByLabel("Intitulé de la question en français").fill("Venez-vous au GEM chaque semaine ?");
      await yesNo.getByLabel("Intitulé de la question en anglais").fill("Do you come to the club every week?");

      // A dimension, and the Likert item counted in it.
      const dimension = page.getByRole("group", { name: "Nouvelle dimension" });
      await dimension.getByLabel("Titre en français").fill("Appartenance");
      await dimension.getByLabel("Titre en anglais").fill("Belonging");
      await dimension.getByLabel(/^Source/).fill("CHIME — Connectedness (Leamy et al., 2011)");
      await dimension.getByRole("button", { name: "Ajouter la dimension" }).click();
      await likert.getByLabel("Dimension (score) de la question 1").selectOption({ label: "Appartenance" });

      await save(page);
      await expect.poll(() => page.getByRole("heading", { name: /^À corriger avant relecture/ }).count()).toBe(0);

      // Trying the saved draft as a respondent: a trial answer, kept apart from real ones.
      await page.getByRole("button", { name: "Essayer comme un·e répondant·e" }).click();
      const preview = page.locator("#pilot-preview");
      const trialLikert = preview.locator('.sd-question[data-name="q1"]');
      await trialLikert.waitFor();
      const trialAgree = trialLikert.locator("label").nth(3);
      await trialAgree.click();
      await expect.poll(() => trialAgree.locator("input").isChecked()).toBe(true);
      await preview.locator('.sd-question[data-name="q2"]').getByText("Oui", { exact: true }).first().click();
      await preview.getByRole("button", { name: "Terminer" }).click();
      await page.getByText(/^Réponse d'essai enregistrée \(1 au total\) — elle ne comptera jamais dans les résultats/).waitFor();

      // A comment on the yes/no question, asking for an easy-to-read review.
      await yesNo.getByRole("button", { name: /^Commentaires \(0\)/ }).click();
      await yesNo.getByLabel("Nouveau commentaire sur la question q2").fill(COMMENT);
      await yesNo.getByLabel(/Demander une relecture FALC/).check();
      await yesNo.getByRole("button", { name: "Publier le commentaire" }).click();
      await yesNo.getByRole("button", { name: /^Commentaires \(1\)/ }).waitFor();
      await yesNo.getByText(COMMENT).waitFor();
      await yesNo.getByText("relecture FALC demandée").waitFor();
      await expectAccessibleAndNarrow(page, "the draft page");
    },
    STEP_TIMEOUT,
  );

  it(
    "Should let a researcher read the comment on the question, answer it and resolve the thread",
    async () => {
      expect(draftUrl).not.toBe("");
      researcher = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
      const page = await researcher.newPage();
      await signIn(page, RESEARCHER);
      await page.goto(draftUrl);
      await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await page.getByText("par Pair-aidant, GEM (démo)").waitFor();

      const yesNo = card(page, 2, "q2");
      await yesNo.getByRole("button", { name: /^Commentaires \(1\)/ }).click();
      await yesNo.getByText(COMMENT).waitFor();
      await yesNo.getByRole("button", { name: "Répondre" }).click();
      await yesNo.getByLabel("Votre réponse").fill("Oui, et on le testera en FALC avec le GEM.");
      await yesNo.getByRole("button", { name: "Publier la réponse" }).click();
      await yesNo.getByText("Oui, et on le testera en FALC avec le GEM.").waitFor();
      await yesNo.getByRole("button", { name: "Marquer comme résolu" }).click();
      await yesNo.getByText("Fil résolu").waitFor();
    },
    STEP_TIMEOUT,
  );

  it(
    "Should show the peer worker what a researcher just saved, without reloading the page",
    async () => {
      const page = peerPage;
      await page.getByText("Tout est enregistré").waitFor();
      // Set on this very document: still there afterwards, it proves the page was not reloaded.
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

      const other = researcher.pages()[0]!;
      const wording = "Venez-vous au GEM au moins une fois par semaine ?";
      await card(other, 2, "q2").getByLabel("Intitulé de la question en français").fill(wording);
      await save(other);

      const field = card(page, 2, "q2").getByLabel("Intitulé de la question en français");
      await expect.poll(() => field.inputValue(), { timeout: LIVE_TIMEOUT }).toBe(wording);
      const announced = page
        .getByRole("status")
        .filter({ hasText: /^Mise à jour : Chercheuse en santé publique \(démo\) a enregistré la révision \d+\.$/ });
      await announced.waitFor({ timeout: LIVE_TIMEOUT });
      expect(await announced.getAttribute("aria-live")).toBe("polite");
      await page.getByText("Tout est enregistré").waitFor();
      expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    },
    STEP_TIMEOUT,
  );

  it(
    "Should refuse a save that collides with another, naming the question, and reload the latest version",
    async () => {
      // The peer worker starts editing first: their page keeps the revision both started from.
      const page = peerPage;
      const mine = card(page, 1, "q1").getByLabel("Intitulé de la question en français");
      await mine.fill("Au GEM, je me sens chez moi.");
      await page.getByText("Modifications non enregistrées").waitFor();

      const other = researcher.pages()[0]!;
      await card(other, 1, "q1").getByLabel("Intitulé de la question en français").fill("Au GEM, je me sens vraiment à ma place.");
      await save(other);

      // The open page says someone saved meanwhile, and leaves the unsaved edit alone.
      const meanwhile = page.getByRole("status").filter({ hasText: `${RESEARCHER_NAME} a enregistré la révision` });
      await meanwhile
        .getByText(
          /pendant que vous modifiiez\. Enregistrez : vos modifications seront fusionnées avec les siennes si elles portent sur d'autres questions\.$/,
        )
        .waitFor({ timeout: LIVE_TIMEOUT });
      expect(await mine.inputValue()).toBe("Au GEM, je me sens chez moi.");
      await expectAccessibleAndNarrow(page, "the notice of a save made meanwhile");
      await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Vos modifications n'ont pas été enregistrées" });
      await alert.waitFor();
      await alert.getByText("Question q1 — Au GEM, je me sens chez moi.").waitFor();
      await alert.getByText(`la dernière par ${RESEARCHER_NAME}`, { exact: false }).waitFor();
      expect(await meanwhile.count(), "the conflict replaces the notice").toBe(0);
      expect(await seriousViolations(page), "axe on the conflict message").toEqual([]);
      await alert.getByRole("button", { name: /^Recharger la dernière version/ }).click();
      await page.getByText(/^Dernière version chargée \(révision \d+\)\.$/).waitFor();
      await expect
        .poll(() => card(page, 1, "q1").getByLabel("Intitulé de la question en français").inputValue())
        .toBe("Au GEM, je me sens vraiment à ma place.");
      await page.getByText("Tout est enregistré").waitFor();
    },
    STEP_TIMEOUT,
  );

  it(
    "Should submit the draft for review, and publish, after confirming what publication does, only once a peer worker and a researcher other than the submitter approved the same revision",
    async () => {
      const other = researcher.pages()[0]!;
      await other.getByRole("button", { name: "Soumettre à la relecture" }).click();
      await other.getByText("Brouillon soumis à la relecture.").waitFor();
      await other.getByText("En relecture").first().waitFor();
      await other.getByText("Il manque l'approbation d'un·e pair-aidant·e.", { exact: true }).waitFor();
      await other.getByText("Il manque l'approbation d'un·e chercheur·e ou professionnel·le.", { exact: true }).waitFor();
      expect(await other.getByRole("button", { name: "Publier", exact: true }).isDisabled()).toBe(true);

      const page = peerPage;
      await page.reload();
      await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await page.getByRole("button", { name: "J'approuve cette révision" }).click();
      await page.getByText("Votre approbation est enregistrée.").waitFor();
      await page.getByText("Il manque l'approbation d'un·e chercheur·e ou professionnel·le.", { exact: true }).waitFor();
      // The list of missing approvals is refreshed after the confirmation shows: wait for the peer worker's to go.
      await page.getByText("Il manque l'approbation d'un·e pair-aidant·e.", { exact: true }).waitFor({ state: "detached" });
      expect(await page.getByRole("button", { name: "Publier", exact: true }).isDisabled()).toBe(true);

      await other.reload();
      await other.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await other.getByRole("button", { name: "J'approuve cette révision" }).click();
      await other.getByText("Votre approbation est enregistrée.").waitFor();
      // The researcher submitted: their own approval is not enough for their side.
      await other.getByText(/La personne qui a soumis le brouillon ne peut pas être la seule à approuver/).waitFor();
      expect(await other.getByRole("button", { name: "Publier", exact: true }).isDisabled()).toBe(true);

      // The team's nurse (an attested professional) approves the same revision.
      const nurse = await browser.newContext();
      expect((await nurse.request.post(`${baseUrl}/api/auth/login`, { data: { email: NURSE, password: PASSWORD } })).status()).toBe(200);
      const draftId = /\/brouillons\/(\d+)$/.exec(draftUrl)![1]!;
      const approval = await nurse.request.post(`${baseUrl}/api/drafts/${draftId}/approvals`, { data: {} });
      expect(approval.status(), await approval.text()).toBe(201);
      await nurse.close();

      await other.reload();
      await other.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await other.getByText("Les approbations nécessaires sont réunies.").waitFor();
      // Publishing opens a confirmation stating what will happen, before anything is published.
      await other.getByRole("button", { name: "Publier", exact: true }).click();
      const confirmation = other.getByRole("form", { name: /^Publier la version 1 : ce qui va se passer/ });
      await confirmation.getByText("C'est la première version de ce questionnaire", { exact: false }).waitFor();
      await confirmation.getByText("Aucun fil de commentaires ouvert.").waitFor();
      expect(await seriousViolations(other), "axe on the publication confirmation").toEqual([]);
      await confirmation.getByRole("button", { name: "Confirmer la publication" }).click();
      await other.getByText("Version publiée.", { exact: true }).waitFor();
      // The peer worker's page, still open, follows: read-only now, and saying why.
      await page.getByRole("status").getByText("Le brouillon vient d'être publié : il ne change plus.").waitFor({ timeout: LIVE_TIMEOUT });
      await page.getByText("Ce brouillon est publié : il ne change plus.").waitFor();
      expect(await page.getByRole("button", { name: "Enregistrer", exact: true }).count()).toBe(0);
      const link = other.getByRole("link", { name: "Voir la version 1" }).first();
      const href = (await link.getAttribute("href")) ?? "";
      const match = /^\/questionnaires\/([^/]+)\/comparer\?de=1&a=1$/.exec(href);
      expect(match, href).not.toBeNull();
      published = { slug: decodeURIComponent(match![1]!), version: 1 };

      await link.click();
      await other.getByRole("heading", { level: 2, name: "Comment la version 1 a été faite" }).waitFor();
      await other.getByText(/Pair-aidant, GEM \(démo\) \(Pair-aidant·e\)/).waitFor();
      await other.getByText(/Chercheuse en santé publique \(démo\) \(Chercheur·e\)/).waitFor();
      await other.setViewportSize({ width: 360, height: 740 });
      await expectAccessibleAndNarrow(other, "the version page");
      await researcher.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "Should let an anonymous respondent answer the new version on a phone and reach the thank-you page",
    async () => {
      expect(published).not.toBeNull();
      const { structures } = (await (await fetch(`${baseUrl}/api/structures`)).json()) as { structures: { id: number; name: string }[] };
      const structure = structures.find((s) => s.name === TRABOULES);
      expect(structure).toBeDefined();
      const manager = await browser.newContext();
      const login = await manager.request.post(`${baseUrl}/api/auth/login`, { data: { email: MANAGER, password: PASSWORD } });
      expect(login.status()).toBe(200);
      const created = await manager.request.post(`${baseUrl}/api/campaigns`, {
        data: { structureId: structure!.id, questionnaire: published!.slug, version: published!.version, role: "patient" },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { code } = (await created.json()) as { code: string };
      await manager.close();

      const respondent = await phoneContext(browser);
      const page = await respondent.newPage();
      await page.goto(`${baseUrl}/r/${code}`);
      await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await page.getByRole("button", { name: "Commencer" }).click();
      const likert = page.locator('.sd-question[data-name="q1"]');
      await likert.waitFor();
      const agree = likert.locator("label").nth(3);
      await agree.click();
      await expect.poll(() => agree.locator("input").isChecked()).toBe(true);
      await page.locator('.sd-question[data-name="q2"]').getByText("Oui", { exact: true }).first().click();
      await page.getByRole("button", { name: "Terminer" }).click();
      await page.getByRole("heading", { name: "Merci, vos réponses sont envoyées" }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(360);
      await respondent.close();
      await peer.close();
    },
    STEP_TIMEOUT,
  );
});
