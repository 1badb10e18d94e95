import type { DraftContent, Scoring, SurveyElement, SurveyPage } from "@web/shared/domain.ts";
import { clearShowIf, dependentsOf } from "./conditions.ts";
import { findElement, freshName, locate, mapElement, namesWithin, takenNames, withPages } from "./element-tree.ts";
import { AGREEMENT_LABELS, PLACEHOLDER } from "./placeholders.ts";

/** Adding, moving, copying and removing questions. */

export const QUESTION_KINDS = ["likert", "single", "multiple", "yes_no", "free_text", "number", "matrix"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The longest free text a respondent may type, as in the library's closing comments. */
const FREE_TEXT_MAX_LENGTH = 1000;

/**
 * A new question of the given kind, with texts to replace. An agreement scale is written as the library
 * writes its scored items: a radiogroup with one whole-number choice per point of the scoring scale, so that
 * it can join a dimension as it is.
 */
export function newQuestion(kind: QuestionKind, name: string, scale: Scoring["scale"]): SurveyElement {
  const title = { ...PLACEHOLDER.question };
  switch (kind) {
    case "likert": {
      const count = scale.max - scale.min + 1;
      const labels = AGREEMENT_LABELS[count];
      const choices = Array.from({ length: Math.max(count, 2) }, (_, i) => ({
        value: scale.min + i,
        text: labels?.[i] ?? PLACEHOLDER.level(scale.min + i),
      }));
      return { type: "radiogroup", name, title, choices };
    }
    case "single":
      return { type: "radiogroup", name, title, choices: [1, 2].map((n) => ({ value: `c${n}`, text: PLACEHOLDER.choice(n) })) };
    case "multiple":
      return { type: "checkbox", name, title, choices: [1, 2].map((n) => ({ value: `c${n}`, text: PLACEHOLDER.choice(n) })) };
    case "yes_no":
      return { type: "boolean", name, title, labelTrue: { fr: "Oui", en: "Yes" }, labelFalse: { fr: "Non", en: "No" } };
    case "free_text":
      return { type: "comment", name, title, maxLength: FREE_TEXT_MAX_LENGTH };
    case "number":
      return { type: "text", name, title, inputType: "number", min: 0 };
    case "matrix":
      return {
        type: "matrix",
        name,
        title,
        rows: [1, 2].map((n) => ({ value: `r${n}`, text: PLACEHOLDER.row(n) })),
        columns: [1, 2, 3].map((n) => ({ value: n, text: PLACEHOLDER.column(n) })),
      };
  }
}

function insertAt(content: DraftContent, pageIndex: number, index: number, element: SurveyElement): DraftContent {
  const pages = content.definition.pages.map((page, i) => {
    if (i !== pageIndex) return page;
    const elements = [...page.elements];
    elements.splice(Math.max(0, Math.min(index, elements.length)), 0, element);
    return { ...page, elements };
  });
  return withPages(content, pages);
}

/**
 * Adds a question of `kind` at `index` of the page `pageName` (at its end when `index` is past it).
 * @returns the new draft and the new question's name (`q1`, `q2`…), or the draft unchanged and null when
 * there is no such page.
 * @example
 * const { content, name } = addQuestion(draft, "yes_no", "page1", 0);
 */
export function addQuestion(
  content: DraftContent,
  kind: QuestionKind,
  pageName: string,
  index: number,
): { content: DraftContent; name: string | null } {
  const pageIndex = content.definition.pages.findIndex((p) => p.name === pageName);
  if (pageIndex < 0) return { content, name: null };
  const name = freshName(content);
  return { content: insertAt(content, pageIndex, index, newQuestion(kind, name, content.scoring.scale)), name };
}

function removeTopLevel(pages: SurveyPage[], pageIndex: number, index: number): SurveyPage[] {
  return pages.map((page, i) => (i === pageIndex ? { ...page, elements: page.elements.filter((_, j) => j !== index) } : page));
}

/**
 * Moves a top-level element one place up or down; at the edge of its page it goes to the end of the
 * previous page or the start of the next one. Unchanged at the very start or end, or for a question inside a
 * panel (panels are edited in the JSON view).
 */
export function moveQuestion(content: DraftContent, name: string, direction: "up" | "down"): DraftContent {
  const place = locate(content, name);
  if (!place) return content;
  const pages = content.definition.pages;
  const page = pages[place.page]!;
  const element = page.elements[place.index]!;
  if (direction === "up") {
    if (place.index > 0)
      return insertAt(withPages(content, removeTopLevel(pages, place.page, place.index)), place.page, place.index - 1, element);
    if (place.page === 0) return content;
    const target = pages[place.page - 1]!;
    return insertAt(withPages(content, removeTopLevel(pages, place.page, place.index)), place.page - 1, target.elements.length, element);
  }
  if (place.index < page.elements.length - 1)
    return insertAt(withPages(content, removeTopLevel(pages, place.page, place.index)), place.page, place.index + 1, element);
  if (place.page === pages.length - 1) return content;
  return insertAt(withPages(content, removeTopLevel(pages, place.page, place.index)), place.page + 1, 0, element);
}

/** Moves a top-level element to `index` of another page (its end by default). */
export function moveToPage(content: DraftContent, name: string, pageName: string, index = Number.POSITIVE_INFINITY): DraftContent {
  const place = locate(content, name);
  const target = content.definition.pages.findIndex((p) => p.name === pageName);
  if (!place || target < 0) return content;
  const element = content.definition.pages[place.page]!.elements[place.index]!;
  const removed = withPages(content, removeTopLevel(content.definition.pages, place.page, place.index));
  const length = removed.definition.pages[target]!.elements.length;
  return insertAt(removed, target, Math.min(index, length), element);
}

/**
 * Copies a top-level element just after itself, under a fresh name (its panel's questions too). The copy is
 * in no dimension, indicator or mirror: scoring the same answer twice would count it twice.
 */
export function duplicateQuestion(content: DraftContent, name: string): { content: DraftContent; name: string | null } {
  const place = locate(content, name);
  if (!place) return { content, name: null };
  const taken = takenNames(content);
  const rename = (element: SurveyElement): SurveyElement => {
    const fresh = freshName(content, taken);
    taken.add(fresh);
    const copy: SurveyElement = { ...structuredClone(element), name: fresh };
    if (element.elements) copy.elements = element.elements.map(rename);
    return copy;
  };
  const copy = rename(content.definition.pages[place.page]!.elements[place.index]!);
  return { content: insertAt(content, place.page, place.index + 1, copy), name: copy.name };
}

/** Takes names out of the scoring: dimensions' items and reverse items, item indicators, mirrors. */
export function unscore(scoring: Scoring, names: readonly string[]): Scoring {
  const gone = (item: string) => names.includes(item);
  const next: Scoring = {
    ...scoring,
    dimensions: scoring.dimensions.map((d) => {
      if (!d.items.some(gone) && !(d.reverse ?? []).some(gone)) return d;
      const dimension = { ...d, items: d.items.filter((i) => !gone(i)) };
      if (d.reverse) dimension.reverse = d.reverse.filter((i) => !gone(i));
      return dimension;
    }),
    indicators: scoring.indicators.filter((indicator) => !("item" in indicator && gone(indicator.item))),
  };
  if (scoring.mirrors) next.mirrors = scoring.mirrors.filter((m) => !gone(m.item));
  return next;
}

/**
 * Removes an element (a panel with its questions) wherever it sits, and takes it out of the scoring.
 * @returns the new draft and `dependents`: the other pages and elements whose condition reads the removed
 * answers. Their conditions are left in place: the UI warns, then calls `clearShowIf` (or
 * `deleteQuestion(…, { clearDependents: true })` does both).
 */
export function deleteQuestion(
  content: DraftContent,
  name: string,
  options: { clearDependents?: boolean } = {},
): { content: DraftContent; dependents: string[] } {
  const element = findElement(content, name);
  if (!element) return { content, dependents: [] };
  const removed = namesWithin(element);
  const prune = (elements: SurveyElement[]): SurveyElement[] => {
    let changed = false;
    const kept: SurveyElement[] = [];
    for (const e of elements) {
      if (e.name === name) {
        changed = true;
        continue;
      }
      const children = e.elements ? prune(e.elements) : undefined;
      if (children && children !== e.elements) {
        changed = true;
        kept.push({ ...e, elements: children });
      } else kept.push(e);
    }
    return changed ? kept : elements;
  };
  const pages = content.definition.pages.map((page) => {
    const elements = prune(page.elements);
    return elements === page.elements ? page : { ...page, elements };
  });
  let next: DraftContent = { ...withPages(content, pages), scoring: unscore(content.scoring, removed) };
  const dependents = dependentsOf(next, removed);
  if (options.clearDependents) next = clearShowIf(next, dependents);
  return { content: next, dependents };
}

/** "Answer required": written `true`, or `false` only where the property was already present. */
export function setRequired(content: DraftContent, name: string, required: boolean): DraftContent {
  return mapElement(content, name, (e) => {
    if (required) return { ...e, isRequired: true };
    return "isRequired" in e ? { ...e, isRequired: false } : e;
  });
}

/** Limits of a number question (`min`, `max`) or of a free text (`maxLength`); undefined removes one. */
export function setLimit(content: DraftContent, name: string, limit: "min" | "max" | "maxLength", value: number | undefined): DraftContent {
  if (value !== undefined && !Number.isFinite(value)) return content;
  return mapElement(content, name, (e) => {
    const next = { ...e };
    if (value === undefined) delete next[limit];
    else next[limit] = value;
    return next;
  });
}
