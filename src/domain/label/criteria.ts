import { createHash } from "node:crypto";
import file from "../../../surveys/label/label-criteria.json" with { type: "json" };
import { canonicalJson } from "../questionnaire/content-hash.ts";
import type { Localized, RespondentRole } from "../questionnaire/types.ts";

/**
 * The criteria of the regional peer-support label, as written in surveys/label/label-criteria.json: one file of
 * the library, versioned and citable, each threshold and criterion with its rationale. Every profile and
 * certificate names the version and the content hash it was computed with.
 */

export const CRITERION_LEVELS = ["met", "partly_met", "not_met"] as const;
export type CriterionLevel = (typeof CRITERION_LEVELS)[number];

/** A released figure of another questionnaire that measures the same criterion as lived by its respondents. */
export interface LivedMeasure {
  role: Extract<RespondentRole, "peer_worker" | "patient">;
  questionnaire: string;
  indicator: string;
}

export interface LabelCriterion {
  id: string;
  /** The self-assessment's dimension the criterion is scored on. */
  dimension: string;
  title: Localized;
  rationale: Localized;
  lived: LivedMeasure[];
}

export interface LabelCriteria {
  id: string;
  version: number;
  published: string;
  questionnaire: string;
  title: Localized;
  thresholds: { met: number; partlyMet: number; rationale: Localized };
  label: { requires: string[]; rationale: Localized };
  criteria: LabelCriterion[];
}

const { $comment: _comment, ...content } = file;

export const LABEL_CRITERIA = content as LabelCriteria;

/** SHA-256 of the file's canonical content: the exact criteria a certificate cites. */
export const LABEL_CRITERIA_HASH = createHash("sha256").update(canonicalJson(LABEL_CRITERIA)).digest("hex");

/**
 * @example
 * criterionLevel(62, LABEL_CRITERIA.thresholds) // → "met"
 * criterionLevel(45, LABEL_CRITERIA.thresholds) // → "partly_met"
 * criterionLevel(null, LABEL_CRITERIA.thresholds) // → "not_met" (unanswered: nothing declared)
 */
export function criterionLevel(score: number | null, thresholds: Pick<LabelCriteria["thresholds"], "met" | "partlyMet">): CriterionLevel {
  if (score === null) return "not_met";
  if (score >= thresholds.met) return "met";
  if (score >= thresholds.partlyMet) return "partly_met";
  return "not_met";
}
