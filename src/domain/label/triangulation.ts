import { criterionLevel, type CriterionLevel, type LabelCriteria, type LivedMeasure } from "./criteria.ts";
import type { CriterionProfile } from "./profile.ts";

/**
 * The structure's declared level beside what its peer workers and patients say, criterion by criterion, from
 * released figures only: patients' figure of the structure itself (released only from `minCell` respondents),
 * peer workers' figure of the smallest released group the structure belongs to (the region's structures of its
 * kind, else the region: peer workers are never released as one structure's figure). The two sides are never
 * averaged: a level is declared, a figure is lived, and a reader needs to see both.
 */

/** A released figure, as the ledger's views serve it. */
export interface LivedFigure {
  /** Whose answers: the structure's own respondents, or a group of structures of the region. */
  scope: "structure" | "kind" | "region";
  value: number;
  respondents: number;
  structures: number;
  /** Last day of the data behind it. */
  cutoff: string;
}

export interface LivedReading extends LivedMeasure {
  figure: LivedFigure | null;
  /** The level the lived figure would have under the same thresholds; null without a figure. */
  level: CriterionLevel | null;
  /** Declared and lived levels differ. */
  disagrees: boolean;
}

export interface CriterionTriangulation {
  id: string;
  declared: CriterionLevel;
  declaredScore: number | null;
  lived: LivedReading[];
}

export type LivedLookup = (measure: LivedMeasure) => LivedFigure | null;

/**
 * @example
 * triangulate(LABEL_CRITERIA, profile.criteria, lookup)[0]
 * // → { id: "training", declared: "met", declaredScore: 80, lived: [{ role: "peer_worker", figure: { scope: "kind", value: 42, … }, level: "partly_met", disagrees: true }] }
 */
export function triangulate(criteria: LabelCriteria, profiles: readonly CriterionProfile[], lookup: LivedLookup): CriterionTriangulation[] {
  return criteria.criteria.map((criterion) => {
    const declared = profiles.find((p) => p.id === criterion.id)!;
    return {
      id: criterion.id,
      declared: declared.level,
      declaredScore: declared.score,
      lived: criterion.lived.map((measure) => {
        const figure = lookup(measure);
        const level = figure ? criterionLevel(figure.value, criteria.thresholds) : null;
        return { ...measure, figure, level, disagrees: level !== null && level !== declared.level };
      }),
    };
  });
}
