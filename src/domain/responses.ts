import type { RespondentRole } from "./questionnaire/types.ts";

/**
 * A respondent's response as it is stored: no address, agent, cookie or time of day (see the README's
 * "Anonymat"), only the day it arrived, with what it adds to the scores and report cells.
 */
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
