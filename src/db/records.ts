import type { Background } from "../domain/codesign/types.ts";
import type { Localized, RespondentRole, Scoring, SurveyDefinition } from "../domain/questionnaire/types.ts";

/** Plain records the stores hand to routes and domain code: no SQL type leaks past src/db. */

export const STRUCTURE_KINDS = ["gem", "hospital", "cmp", "association", "medico_social", "other"] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];
export const SETTINGS = ["urban", "intermediate", "rural"] as const;
export type Setting = (typeof SETTINGS)[number];
export const STAFF_ROLES = ["admin", "coordinator", "manager", "co_researcher"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StructureRecord {
  id: number;
  name: string;
  kind: StructureKind;
  department: string;
  region: string;
  setting: Setting;
  isDemo: boolean;
}

export interface VersionSummary {
  version: number;
  status: "draft" | "published";
  contentHash: string;
  publishedAt: string | null;
}

export interface QuestionnaireSummary {
  slug: string;
  title: Localized;
  description: Localized;
  roles: RespondentRole[];
  latestVersion: number | null;
  versions: VersionSummary[];
}

export interface VersionRecord extends VersionSummary {
  id: number;
  slug: string;
  /** The questionnaire this one rewords (its easy-to-read variant pools with it). */
  variantOf: string | null;
  title: Localized;
  description: Localized;
  roles: RespondentRole[];
  definition: SurveyDefinition;
  scoring: Scoring;
}

export interface CampaignRecord {
  id: number;
  code: string;
  structureId: number;
  versionId: number;
  role: RespondentRole;
  opensAt: string;
  closesAt: string | null;
  status: "active" | "paused" | "closed";
  requiresInvitation: boolean;
}

export interface UserRecord {
  id: number;
  email: string;
  role: StaffRole;
  region: string | null;
  displayName: string | null;
  /** A co-researcher's background; null for other accounts. */
  background: Background | null;
  structureIds: number[];
}

export interface NewResponse {
  id: string;
  campaignId: number;
  structureId: number;
  versionId: number;
  role: RespondentRole;
  answers: Record<string, unknown>;
  locale: "fr" | "en";
  submittedOn: string;
  scores: { dimension: string; score: number | null; answered: number; items: number }[];
  /** The report cells this response adds to (quarter, indicator, sufficient statistics of its value). */
  cells: { period: string; indicatorId: string; n: number; sum: number; sumSquares: number }[];
  /** SHA-256 of the invitation token, consumed in the same transaction as the response is stored. */
  invitationHash?: string;
  isDemo?: boolean;
}

export class InvitationUsedError extends Error {
  override name = "InvitationUsedError";
}
export class InvitationInvalidError extends Error {
  override name = "InvitationInvalidError";
}
