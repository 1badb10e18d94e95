import { hashPassword } from "../auth/passwords.ts";
import { campaignCode, responseId } from "../auth/tokens.ts";
import type { Store } from "../db/store.ts";
import { previousQuarter, quarterEnd, quarterOf } from "../domain/benchmark/periods.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { compileValidator } from "../domain/questionnaire/answer-validation.ts";
import { deriveResponse } from "../domain/derive-response.ts";
import { regionOfDepartment } from "../domain/territory.ts";
import { DEMO_ACCOUNTS, DEMO_CAMPAIGN_CODES, DEMO_PASSWORD, DEMO_STRUCTURES } from "./demo-structures.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import type { StructureKind } from "../domain/structures.ts";
import { seededRandom } from "./random.ts";
import { seedCodesign } from "./seed-codesign.ts";
import { syntheticAnswers } from "./synthetic-answers.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Synthetic responses are spread over the 18 months before the seed, so that trends have periods. */
const SPREAD_DAYS = 540;

/**
 * Fills an empty database with the demo: structures, accounts, a campaign per structure, questionnaire and role, and
 * synthetic responses, every one checked and scored exactly as a real submission. Everything is flagged
 * `isDemo`. Does nothing if demo structures already exist.
 */
export async function seedDemo(store: Store, now: Date, seed = 84): Promise<{ structures: number; responses: number } | undefined> {
  const existing = await store.structures.list();
  if (existing.some((s) => s.isDemo)) return undefined;
  const random = seededRandom(seed);

  const ids = new Map<string, number>();
  for (const s of DEMO_STRUCTURES) {
    const created = await store.structures.create(
      {
        name: `${s.name} (démo)`,
        kind: s.kind,
        department: s.department,
        region: regionOfDepartment(s.department)!,
        setting: s.setting,
        isDemo: true,
      },
      now,
    );
    ids.set(s.key, created.id);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The demo admin (first of the list) vouches for the demo co-researchers' backgrounds, as an admin would.
  let attester: number | null = null;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await store.accounts.findCredentials(account.email);
    if (existing) {
      if (account.role === "admin") attester ??= existing.id;
      continue;
    }
    const created = await store.accounts.createUser(
      {
        email: account.email,
        passwordHash,
        role: account.role,
        region: "region" in account ? account.region : null,
        displayName: account.displayName,
        structureIds: "structures" in account ? account.structures.map((key) => ids.get(key)!) : [],
        background: "background" in account ? account.background : null,
        backgroundAttestedBy: "background" in account ? attester : null,
        isDemo: true,
      },
      now,
    );
    if (account.role === "admin") attester ??= created.id;
  }

  await seedCodesign(store, now);

  let responses = 0;
  for (const summary of await store.questionnaires.list()) {
    if (summary.latestVersion === null) continue;
    const version = (await store.questionnaires.getVersion(summary.slug, summary.latestVersion))!;
    const validate = compileValidator(version.definition);
    const isFalc = summary.slug.endsWith("-falc");
    const submissions: Promise<void>[] = [];
    for (const s of DEMO_STRUCTURES) {
      // The easy-to-read wording is offered by GEMs and associations, beside the standard one.
      if (isFalc && s.kind !== "gem" && s.kind !== "association") continue;
      const structureId = ids.get(s.key)!;
      for (const role of version.roles) {
        const count = isFalc ? Math.ceil(s.patients / 3) : respondentsFor(role, s.patients, s.kind);
        const fixedCode = role === "patient" && summary.slug === "experience-usagers" ? DEMO_CAMPAIGN_CODES[s.key] : undefined;
        const campaign = await store.campaigns.create(
          {
            code: fixedCode ?? `demo-${campaignCode(12)}`,
            structureId,
            versionId: version.id,
            role,
            opensAt: new Date(now.getTime() - SPREAD_DAYS * DAY_MS).toISOString(),
            closesAt: null,
            invitationHashes: [],
            createdBy: null,
            isDemo: true,
          },
          now,
        );
        const labelIndex = DEMO_STRUCTURES.indexOf(s);
        for (let i = 0; i < count; i++) {
          const level =
            role === "institution"
              ? LABEL_DEMO_LEVELS[labelIndex % LABEL_DEMO_LEVELS.length]!
              : Math.max(0, Math.min(1, s.level + 0.15 * (random() - 0.5) * 2));
          const answers = syntheticAnswers(version.definition, version.scoring, { level, answerRate: 0.85 }, random);
          const checked = validate(answers);
          if (!checked.ok)
            throw new Error(`demo answers refused by ${summary.slug} v${version.version}: ${JSON.stringify(checked.errors)}`);
          const day =
            role === "institution"
              ? selfAssessmentDay(now, random)
              : dayOf(new Date(now.getTime() - Math.floor(random() * SPREAD_DAYS) * DAY_MS));
          submissions.push(
            store.responses.submit({
              id: responseId(),
              campaignId: campaign.id,
              structureId,
              versionId: version.id,
              role,
              answers: checked.answers,
              locale: random() < 0.9 ? "fr" : "en",
              submittedOn: day,
              ...deriveResponse(version.scoring, checked.answers, { structureId, role, day }),
              isDemo: true,
            }),
          );
        }
      }
    }
    await Promise.all(submissions);
    responses += submissions.length;
  }
  return { structures: DEMO_STRUCTURES.length, responses };
}

/**
 * The self-assessment's level of the demo structures, in turn: the label granted, on the way, not yet — so that
 * the demo shows every label level and the region's distribution.
 */
const LABEL_DEMO_LEVELS = [0.9, 0.55, 0.2];

/** The region launched its label in the last closed quarter: every structure answered then, so its distribution is released. */
function selfAssessmentDay(now: Date, random: () => number): string {
  const lastClosed = previousQuarter(quarterOf(dayOf(now)));
  const start = new Date(`${quarterEnd(previousQuarter(lastClosed))}T12:00:00Z`).getTime() + DAY_MS;
  return dayOf(new Date(start + Math.floor(random() * 80) * DAY_MS));
}

/**
 * How many people of each role answer at a structure: patients as set per structure; professionals in
 * proportion; peer workers are few (one to four, more in hospitals), so their cells are mostly suppressed,
 * as they will be in reality; the institution answers its self-assessment once.
 */
function respondentsFor(role: RespondentRole, patients: number, kind: StructureKind): number {
  switch (role) {
    case "patient":
      return patients;
    case "professional":
      return kind === "gem" || kind === "association" ? Math.round(patients / 5) : Math.round(patients * 0.6) + 3;
    case "peer_worker":
      return kind === "hospital" ? 4 : 1 + (patients % 3);
    case "institution":
      return 1;
  }
}
