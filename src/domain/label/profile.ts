import type { Answers } from "../questionnaire/answer-validation.ts";
import { scoreDimension } from "../questionnaire/scoring.ts";
import type { Localized, Scoring } from "../questionnaire/types.ts";
import { criterionLevel, type CriterionLevel, type LabelCriteria } from "./criteria.ts";

/**
 * A structure's label profile, from one self-assessment: each criterion's score on 0–100 (the dimension score of
 * scoring.ts), its level under the thresholds of the criteria file, the answers behind it and what would move
 * it up. A structure's self-assessment describes the structure, not a person: it is attributable by design and
 * shown to the structure whatever the number of answers.
 */

export const LABEL_LEVELS = ["granted", "partial", "not_yet"] as const;
/** granted: every required criterion met; partial: every required criterion at least partly met; else not_yet. */
export type LabelLevel = (typeof LABEL_LEVELS)[number];

export interface ItemAnswer {
  item: string;
  title: Localized | null;
  /** The answer given, on the questionnaire's scale; null when skipped. */
  value: number | null;
  /** Its contribution on 0–100, reverse items flipped; null when skipped. */
  score: number | null;
  reverse: boolean;
}

export interface Improvement {
  item: string;
  title: Localized | null;
  /** Points the criterion's score would gain with the most favourable answer to this item. */
  gain: number;
}

export interface CriterionProfile {
  id: string;
  title: Localized;
  score: number | null;
  level: CriterionLevel;
  required: boolean;
  answers: ItemAnswer[];
  /** Points missing to the next level; 0 when met. */
  pointsToNextLevel: number;
  /** Items whose answer would raise the score most, largest gain first; empty when met. */
  improvements: Improvement[];
}

export interface LabelProfile {
  level: LabelLevel;
  metCount: number;
  criteria: CriterionProfile[];
}

/**
 * @example
 * labelProfile(LABEL_CRITERIA, version.scoring, titles, answers).criteria[0]
 * // → { id: "training", score: 55, level: "partly_met", pointsToNextLevel: 5, improvements: [{ item: "training_continuing", gain: 15 }, …], … }
 */
export function labelProfile(
  criteria: LabelCriteria,
  scoring: Scoring,
  titles: ReadonlyMap<string, Localized>,
  answers: Answers,
): LabelProfile {
  const required = new Set(criteria.label.requires);
  const profiles = criteria.criteria.map((criterion): CriterionProfile => {
    const dimension = scoring.dimensions.find((d) => d.id === criterion.dimension);
    if (!dimension) throw new Error(`label criterion "${criterion.id}": no dimension "${criterion.dimension}" in the questionnaire`);
    const { score } = scoreDimension(scoring.scale, dimension, answers);
    const rounded = score === null ? null : Math.round(score * 10) / 10;
    const level = criterionLevel(rounded, criteria.thresholds);
    const reverse = new Set(dimension.reverse ?? []);
    const span = scoring.scale.max - scoring.scale.min;
    const itemAnswers = dimension.items.map((item): ItemAnswer => {
      const value = typeof answers[item] === "number" ? (answers[item] as number) : null;
      const oriented = value === null ? null : reverse.has(item) ? scoring.scale.min + scoring.scale.max - value : value;
      const itemScore = oriented === null ? null : (100 * (oriented - scoring.scale.min)) / span;
      return { item, title: titles.get(item) ?? null, value, score: itemScore, reverse: reverse.has(item) };
    });
    const next = level === "not_met" ? criteria.thresholds.partlyMet : criteria.thresholds.met;
    const pointsToNextLevel = level === "met" ? 0 : Math.round((next - (rounded ?? 0)) * 10) / 10;
    return {
      id: criterion.id,
      title: criterion.title,
      score: rounded,
      level,
      required: required.has(criterion.id),
      answers: itemAnswers,
      pointsToNextLevel,
      improvements: level === "met" ? [] : improvementsOf(itemAnswers),
    };
  });
  const requiredLevels = profiles.filter((p) => p.required).map((p) => p.level);
  const level: LabelLevel = requiredLevels.every((l) => l === "met")
    ? "granted"
    : requiredLevels.every((l) => l !== "not_met")
      ? "partial"
      : "not_yet";
  return { level, metCount: profiles.filter((p) => p.level === "met").length, criteria: profiles };
}

/**
 * The score is the mean of the answered items, so bringing one answered item from s to 100 adds
 * (100 − s) / answered; an unanswered item, once answered at best, adds (100 − mean) / (answered + 1).
 */
function improvementsOf(answers: readonly ItemAnswer[]): Improvement[] {
  const answered = answers.filter((a) => a.score !== null);
  const mean = answered.length === 0 ? 0 : answered.reduce((s, a) => s + a.score!, 0) / answered.length;
  return answers
    .map((a) => ({
      item: a.item,
      title: a.title,
      gain: a.score === null ? (100 - mean) / (answered.length + 1) : (100 - a.score) / answered.length,
    }))
    .filter((i) => i.gain > 0)
    .map((i) => ({ ...i, gain: Math.round(i.gain * 10) / 10 }))
    .sort((a, b) => b.gain - a.gain || a.item.localeCompare(b.item));
}
