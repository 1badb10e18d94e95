import {
  type DraftContent,
  ratingValues,
  type Dimension,
  type Locale,
  type Localized,
  type ScoreIndicator,
  type Scoring,
  type SurveyElement,
} from "@web/shared/domain.ts";
import { findElement } from "./element-tree.ts";

/**
 * Dimensions: which questions are averaged into which score, which are reversed, on which scale. The rules
 * are those of src/domain/questionnaire/check-scoring.ts: a scored item is a rating or a radiogroup with
 * whole-number values on the scale, in one dimension only; a reversed item offers every value of the scale.
 */

/** The numbers a question can be scored with, or null when it cannot be scored (check-scoring.ts). */
export function scoredValues(element: SurveyElement): number[] | null {
  if (element.type === "rating") return ratingValues(element);
  if (element.type === "radiogroup") {
    const values = (element.choices ?? []).map((c) => c.value);
    return values.length > 0 && values.every((v) => typeof v === "number") ? (values as number[]) : null;
  }
  return null;
}

function onScale(values: readonly number[], scale: Scoring["scale"]): boolean {
  return values.every((v) => Number.isInteger(v) && v >= scale.min && v <= scale.max);
}

/** True when the question can join a dimension: its answers are whole numbers on the scoring scale. */
export function canScore(content: DraftContent, name: string): boolean {
  const element = findElement(content, name);
  const values = element && scoredValues(element);
  return !!values && onScale(values, content.scoring.scale);
}

/** True when flipping the question's answers (min + max − v) stays on its own values: it offers the whole scale. */
export function canReverse(content: DraftContent, name: string): boolean {
  const element = findElement(content, name);
  const values = element && scoredValues(element);
  const { min, max } = content.scoring.scale;
  return !!values && values.length === max - min + 1 && onScale(values, content.scoring.scale) && new Set(values).size === values.length;
}

export function dimensionOf(content: DraftContent, name: string): Dimension | undefined {
  return content.scoring.dimensions.find((d) => d.items.includes(name));
}

export function isReversed(content: DraftContent, name: string): boolean {
  return dimensionOf(content, name)?.reverse?.includes(name) ?? false;
}

/** The dimensions' items that are not (or no longer) on the scoring scale: the server will refuse them. */
export function offScaleItems(content: DraftContent): string[] {
  return content.scoring.dimensions.flatMap((d) => d.items).filter((item) => !canScore(content, item));
}

/**
 * An identifier made from a title: lower case, no accents, words joined by "_", starting with a letter.
 * @example
 * slugify("Espoir et rétablissement"); // "espoir_et_retablissement"
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  if (slug === "") return "dimension";
  return /^[a-z]/.test(slug) ? slug : `d_${slug}`;
}

function scoreTitle(title: Localized): Localized {
  return { fr: `Score : ${title.fr}`, en: `Score: ${title.en}` };
}

function withScoring(content: DraftContent, scoring: Partial<Scoring>): DraftContent {
  return { ...content, scoring: { ...content.scoring, ...scoring } };
}

function mapDimension(content: DraftContent, id: string, update: (d: Dimension) => Dimension): DraftContent {
  if (!content.scoring.dimensions.some((d) => d.id === id)) return content;
  return withScoring(content, { dimensions: content.scoring.dimensions.map((d) => (d.id === id ? update(d) : d)) });
}

/**
 * Adds a dimension, its id made from its French title, and the score indicator every dimension needs to be
 * reported (check-scoring.ts refuses a dimension that feeds no indicator).
 * @example
 * const { content, id } = addDimension(draft, { title: { fr: "Espoir", en: "Hope" }, source: "CHIME (Leamy et al., 2011)" });
 */
export function addDimension(
  content: DraftContent,
  input: { title: Localized; source: string; description?: Localized },
): { content: DraftContent; id: string } {
  const taken = new Set([...content.scoring.dimensions.map((d) => d.id), ...content.scoring.indicators.map((i) => i.id)]);
  const base = slugify(input.title.fr || input.title.en);
  let id = base;
  for (let n = 2; taken.has(id) || taken.has(`${id}_score`); n++) id = `${base}_${n}`;
  const dimension: Dimension = { id, title: { ...input.title }, items: [], source: input.source };
  if (input.description) dimension.description = { ...input.description };
  const indicator: ScoreIndicator = { id: `${id}_score`, title: scoreTitle(input.title), kind: "score", dimension: id };
  return {
    content: withScoring(content, {
      dimensions: [...content.scoring.dimensions, dimension],
      indicators: [...content.scoring.indicators, indicator],
    }),
    id,
  };
}

/**
 * Renames a dimension in one language (its id stays: comments and decisions refer to it). A score
 * indicator whose title is still the one `addDimension` wrote follows the new title.
 */
export function renameDimension(content: DraftContent, id: string, locale: Locale, value: string): DraftContent {
  const dimension = content.scoring.dimensions.find((d) => d.id === id);
  if (!dimension) return content;
  const title = { ...dimension.title, [locale]: value };
  const before = scoreTitle(dimension.title)[locale];
  const next = mapDimension(content, id, (d) => ({ ...d, title }));
  return withScoring(next, {
    indicators: next.scoring.indicators.map((indicator) =>
      indicator.kind === "score" && indicator.dimension === id && indicator.title[locale] === before
        ? { ...indicator, title: { ...indicator.title, [locale]: scoreTitle(title)[locale] } }
        : indicator,
    ),
  });
}

/** The published construct the dimension draws on (required by the schema, at least 3 characters). */
export function setDimensionSource(content: DraftContent, id: string, source: string): DraftContent {
  return mapDimension(content, id, (d) => ({ ...d, source }));
}

/** false when a high score means more of something unwanted (self-stigma). */
export function setHigherIsBetter(content: DraftContent, id: string, higherIsBetter: boolean): DraftContent {
  return mapDimension(content, id, (d) => {
    const next = { ...d };
    if (higherIsBetter) delete next.higherIsBetter;
    else next.higherIsBetter = false;
    return next;
  });
}

/** Removes a dimension and the indicators computed from it; its questions stay, unscored. */
export function deleteDimension(content: DraftContent, id: string): DraftContent {
  if (!content.scoring.dimensions.some((d) => d.id === id)) return content;
  return withScoring(content, {
    dimensions: content.scoring.dimensions.filter((d) => d.id !== id),
    indicators: content.scoring.indicators.filter((i) => !("dimension" in i && i.dimension === id)),
  });
}

/**
 * Puts a question in a dimension (taking it out of any other: an item counts in one dimension only), or out
 * of every dimension with null. A reversed item stays reversed in its new dimension. Unchanged when the
 * question cannot be scored.
 */
export function assignQuestion(content: DraftContent, name: string, dimensionId: string | null): DraftContent {
  if (dimensionId !== null && (!canScore(content, name) || !content.scoring.dimensions.some((d) => d.id === dimensionId))) return content;
  const current = dimensionOf(content, name);
  if (current?.id === dimensionId) return content;
  const reversed = current?.reverse?.includes(name) ?? false;
  const dimensions = content.scoring.dimensions.map((d) => {
    if (d.id === dimensionId) {
      const next = { ...d, items: [...d.items, name] };
      if (reversed) next.reverse = [...(d.reverse ?? []), name];
      return next;
    }
    if (!d.items.includes(name) && !d.reverse?.includes(name)) return d;
    const next = { ...d, items: d.items.filter((i) => i !== name) };
    if (d.reverse) next.reverse = d.reverse.filter((i) => i !== name);
    return next;
  });
  return withScoring(content, { dimensions });
}

/** Marks a question as reversed (or not) in its dimension; unchanged when it is in none or cannot be reversed. */
export function setReverse(content: DraftContent, name: string, reverse: boolean): DraftContent {
  const dimension = dimensionOf(content, name);
  if (!dimension || (reverse && !canReverse(content, name))) return content;
  const has = dimension.reverse?.includes(name) ?? false;
  if (has === reverse) return content;
  return mapDimension(content, dimension.id, (d) => ({
    ...d,
    reverse: reverse ? [...(d.reverse ?? []), name] : (d.reverse ?? []).filter((i) => i !== name),
  }));
}

/** The scoring scale; unchanged unless both are whole numbers with min < max and at most 20 points. */
export function setScale(content: DraftContent, min: number, max: number): DraftContent {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min + 1 > 20) return content;
  return withScoring(content, { scale: { min, max } });
}
