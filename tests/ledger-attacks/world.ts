import type { StructureKind, Setting } from "@/domain/structures.ts";
import { validAnswers } from "../support/answers.ts";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../support/test-app.ts";

/**
 * Worlds for the attacks on released figures: structures, campaigns and responses built through the API,
 * with the ground truth (who answered what, when) kept by the test so that every figure a reader sees can be
 * checked against what it was meant to cover.
 */

export const ROOT = "experience-usagers";
export const FALC = "experience-usagers-falc";
export const INDICATOR = "hope_recovery_score";
export const MIN_CELL = 11;

/** A day inside each quarter, away from its edges. */
export const IN: Record<string, Date> = {
  "2026-Q1": new Date("2026-02-10T10:00:00Z"),
  "2026-Q2": new Date("2026-05-10T10:00:00Z"),
  "2026-Q3": new Date("2026-08-10T10:00:00Z"),
  "2026-Q4": new Date("2026-11-10T10:00:00Z"),
};

/** These worlds post hundreds of responses from one client: rate limits are another suite's subject. */
export const attackApp = () => createTestApp({ rateLimits: false });

export type Headers = Record<string, string>;

export interface Staff {
  email: string;
  /** Signs in again (sessions last a working day; worlds span quarters) and returns the cookie header. */
  headers(): Promise<Headers>;
}

/** A staff account that can sign in again whenever the clock moved. */
export async function staff(
  t: TestApp,
  role: "admin" | "manager" | "coordinator",
  options: { structureIds?: number[]; region?: string } = {},
) {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.org`;
  await t.signIn(role, { ...options, email });
  const account: Staff = {
    email,
    async headers() {
      const res = await t.json("POST", "/api/auth/login", { email, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
      return { cookie: res.headers.get("set-cookie")!.split(";")[0]! };
    },
  };
  return account;
}

export interface Place {
  name: string;
  kind?: StructureKind;
  setting?: Setting;
  department?: string;
  region?: string;
}

/** A structure of region 84 (Auvergne-Rhône-Alpes) unless told otherwise. */
export async function place(t: TestApp, input: Place) {
  return t.structure({ kind: "gem", setting: "urban", department: "69", region: "84", ...input });
}

/** Opens a patient campaign of `slug` (version 1) at a structure; returns its code. */
export async function campaign(t: TestApp, admin: Staff, structureId: number, slug = ROOT): Promise<string> {
  const res = await t.json(
    "POST",
    "/api/campaigns",
    { structureId, questionnaire: slug, version: 1, role: "patient" },
    await admin.headers(),
  );
  if (res.status !== 201) throw new Error(`campaign creation failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { code: string }).code;
}

const answerCache = new Map<string, Record<string, unknown>>();

/**
 * Posts `count` responses to a campaign, today, every scored item answered `level` (1–5, reverse items
 * mirrored): each respondent's hope score is then 25 × (level − 1).
 */
export async function respond(t: TestApp, code: string, count: number, level: number, slug = ROOT) {
  const key = `${slug}|${level}`;
  let answers = answerCache.get(key);
  if (!answers) {
    const version = (await t.store.questionnaires.getVersion(slug, 1))!;
    answers = await validAnswers(t, slug);
    for (const d of version.scoring.dimensions)
      for (const item of d.items) answers[item] = (d.reverse ?? []).includes(item) ? 6 - level : level;
    answerCache.set(key, answers);
  }
  for (let i = 0; i < count; i++) {
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    if (res.status !== 201) throw new Error(`response refused: ${res.status} ${await res.text()}`);
  }
}

/** Reads a route and parses its JSON, failing loudly on anything but 200. */
export async function get<T = unknown>(t: TestApp, path: string, headers: Headers = {}): Promise<T> {
  const res = await t.app.request(path, { headers });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export type ShownFigure = { n: number; value: number; ci?: [number, number] };
export type Suppressed = { suppressed: true; reason: string };
export type GroupShown = {
  structures: number;
  respondents: number;
  value: number;
  median?: number | null;
  p25?: number | null;
  p75?: number | null;
  p10?: number | null;
  p90?: number | null;
  percentile?: number | null;
};
export type Group = GroupShown | Suppressed;
export const isShown = (g: Group | undefined): g is GroupShown => g !== undefined && !("suppressed" in g);

export interface StructureReportBody {
  versions: { questionnaire: string; version: number }[];
  horizon: string;
  roles: {
    role: string;
    indicators: {
      id: string;
      structure: ShownFigure | Suppressed;
      groups: Record<"region" | "kind" | "setting" | "national", Group>;
      trend: ({ period: string } & (ShownFigure | Suppressed))[];
    }[];
  }[];
}

export interface RegionReportBody {
  horizon: string;
  roles: { role: string; indicators: { id: string; overall: Group; byKind: Record<string, Group>; bySetting: Record<string, Group> }[] }[];
}

export interface FunnelBody {
  roles: {
    role: string;
    indicators: {
      id: string;
      groups: Record<string, { points?: { n: number; value: number; own?: boolean }[] } | Suppressed>;
    }[];
  }[];
}

export interface CampaignListBody {
  campaigns: { code: string; questionnaire: string; responses: number | null; responsesBelow?: string }[];
}

export const structureReport = async (t: TestApp, id: number, headers: Headers, slug = ROOT, query = "") =>
  get<StructureReportBody>(t, `/api/reports/structures/${id}?questionnaire=${slug}${query}`, headers);

export const regionReport = async (t: TestApp, region: string, slug = ROOT) =>
  get<RegionReportBody>(t, `/api/reports/regions/${region}?questionnaire=${slug}`);

export const funnel = async (t: TestApp, id: number, headers: Headers, slug = ROOT, indicator = INDICATOR) =>
  get<FunnelBody>(t, `/api/reports/structures/${id}/funnel?questionnaire=${slug}&indicator=${indicator}`, headers);

export const campaignList = async (t: TestApp, id: number, headers: Headers) =>
  get<CampaignListBody>(t, `/api/structures/${id}/campaigns`, headers);

/** The patient role's entry for the indicator under attack. */
export function patientIndicator<T extends { role: string; indicators: { id: string }[] }>(
  body: { roles: T[] },
  indicator = INDICATOR,
): T["indicators"][number] {
  const role = body.roles.find((r) => r.role === "patient");
  if (!role) throw new Error("no patient figures in the body");
  return role.indicators.find((i) => i.id === indicator)!;
}
