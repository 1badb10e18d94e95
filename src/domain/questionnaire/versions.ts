import type { Localized, RespondentRole, Scoring, SurveyDefinition } from "./types.ts";

/** The questionnaire library as stored: questionnaires and their versions, published ones frozen. */

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
