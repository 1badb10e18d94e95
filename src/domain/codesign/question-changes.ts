import { ratingValues } from "../questionnaire/survey-elements.ts";
import type { SurveyDefinition, SurveyElement, SurveyPage } from "../questionnaire/types.ts";
import {
  addedOrRemoved,
  Findings,
  hasMarkup,
  informationTextChange,
  matched,
  mostSevere,
  otherChange,
  textChange,
} from "./diff-findings.ts";
import { isRecord, otherProperties, pagesOf, sameValue, valueKey } from "./diff-values.ts";
import type { ChangeClass, ChangeTarget, VersionChange } from "./types.ts";

/**
 * What changed in the questions and pages of a questionnaire (D2–D6 of version-diff.ts); scoring changes
 * are scoring-changes.ts'.
 */

// ---------------------------------------------------------------------------------------------------------
// D3 Value lists (choices, rows, columns, rating values)

interface ListedItem {
  value: unknown;
  text: unknown;
}

/** The items of a list; SurveyJS also accepts a bare value for an item, read here as a value without text. */
function itemsOf(list: unknown): ListedItem[] {
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => (isRecord(item) ? { value: item["value"], text: item["text"] } : { value: item, text: undefined }));
}

/** True when two lists offer the same values in the same order (1 and "1" differ). */
function sameValues(before: unknown, after: unknown): boolean {
  const a = itemsOf(before);
  const b = itemsOf(after);
  return a.length === b.length && a.every((item, i) => valueKey(item.value) === valueKey(b[i]?.value));
}

/** The most severe change among the texts of the values both lists offer (added values are D3's business). */
function itemTextsChange(before: unknown, after: unknown): ChangeClass | null {
  const texts = new Map<string, unknown>();
  for (const item of itemsOf(before)) if (!texts.has(valueKey(item.value))) texts.set(valueKey(item.value), item.text);
  const seen = new Set<string>();
  const classes: ChangeClass[] = [];
  for (const item of itemsOf(after)) {
    const key = valueKey(item.value);
    if (seen.has(key) || !texts.has(key)) continue;
    seen.add(key);
    const change = textChange(texts.get(key), item.text);
    if (change) classes.push(change);
  }
  return mostSevere(classes) ?? null;
}

/** A rating offers at most 20 values (check-questionnaire.ts); well beyond, the raw settings stand for them. */
const MAX_SCALE_SPAN = 1000;

/**
 * The values a rating offers, as stored in answers; null for other types. A malformed step (zero,
 * negative) or an absurd span would make the list endless: the raw settings are compared instead.
 */
function scaleOf(element: SurveyElement): unknown {
  if (element.type !== "rating") return null;
  const explicit = itemsOf(element.rateValues);
  if (explicit.length > 0) return explicit.map((item) => valueKey(item.value));
  const min = element.rateMin ?? 1;
  const max = element.rateMax ?? 5;
  const step = element.rateStep ?? 1;
  const sane = [min, max, step].every(Number.isFinite) && step > 0 && (max - min) / step <= MAX_SCALE_SPAN;
  return sane ? ratingValues(element).map(valueKey) : { rateMin: min, rateMax: max, rateStep: step };
}

// ---------------------------------------------------------------------------------------------------------
// Elements (questions, html blocks, panels)

interface PlacedElement {
  element: SurveyElement;
  page: string;
  /** The page and panels the element sits in, e.g. "page2/group1": where it is, for D5. */
  place: string;
  /** Conditions of its page and panels, outermost first, then its own (as listQuestions gives them). */
  conditions: string[];
}

/**
 * Every element of a survey in page order, by name (first use wins). The same walk as listQuestions in
 * survey-elements.ts, but keeping html blocks and panels and the place of each element.
 */
function placeElements(definition: SurveyDefinition): Map<string, PlacedElement> {
  const placed = new Map<string, PlacedElement>();
  const walk = (elements: unknown, page: string, place: string, conditions: string[]) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as SurveyElement[]) {
      if (!isRecord(element)) continue;
      const own = element.visibleIf ? [...conditions, element.visibleIf] : conditions;
      const name = String(element.name);
      if (!placed.has(name)) placed.set(name, { element, page, place, conditions: own });
      if (element.type === "panel") walk(element.elements, page, `${place}/${name}`, own);
    }
  };
  for (const page of pagesOf(definition)) walk(page.elements, String(page.name), String(page.name), page.visibleIf ? [page.visibleIf] : []);
  return placed;
}

/** Properties that D2–D5 read; any other is D9's. `elements` are the panel's children, each its own target. */
const ELEMENT_ASPECT_PROPERTIES = new Set([
  "type",
  "name",
  "title",
  "description",
  "html",
  "visibleIf",
  "isRequired",
  "isAllRowRequired",
  "choices",
  "rows",
  "columns",
  "rateMin",
  "rateMax",
  "rateStep",
  "rateValues",
  "minRateDescription",
  "maxRateDescription",
  "labelTrue",
  "labelFalse",
  "inputType",
  "min",
  "max",
  "maxLength",
  "minSelectedChoices",
  "maxSelectedChoices",
  "elements",
]);
const LIMITS = ["min", "max", "maxLength", "minSelectedChoices", "maxSelectedChoices"] as const;

export function elementChanges(from: SurveyDefinition, to: SurveyDefinition, scored: ReadonlySet<string>): VersionChange[] {
  const before = placeElements(from);
  const after = placeElements(to);
  const moved = movedElements(before, after);
  const changes: VersionChange[] = [];
  for (const { key: name, before: a, after: b } of matched(before, after)) {
    const target: ChangeTarget = { type: "question", name };
    const isScored = scored.has(name);
    // D6: a scored question added or removed changes what the figures rest on. D10: so does, for what
    // respondents are told, an html block or a text with markup.
    const presenceClass = (element: SurveyElement): ChangeClass =>
      isScored ? "breaking" : element.type === "html" || hasMarkup(withoutChildren(element)) ? "wording" : "cosmetic";
    if (!a && b) changes.push(addedOrRemoved(target, "added", presenceClass(b.element), isScored, b.element));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", presenceClass(a.element), isScored, a.element));
    else if (a && b) changes.push(...compareElements(a, b, moved.has(name)).toChange(target, isScored, a.element, b.element));
  }
  return changes;
}

function compareElements(a: PlacedElement, b: PlacedElement, moved: boolean): Findings {
  const qa = a.element;
  const qb = b.element;
  const findings = new Findings();
  const breakingIf = (changed: boolean): ChangeClass | null => (changed ? "breaking" : null);

  // D3: what an answer can be.
  findings.note("type", breakingIf(qa.type !== qb.type || inputTypeOf(qa) !== inputTypeOf(qb)));
  findings.note("choices", breakingIf(!sameValues(qa.choices, qb.choices)));
  findings.note("rows", breakingIf(!sameValues(qa.rows, qb.rows)));
  findings.note("columns", breakingIf(!sameValues(qa.columns, qb.columns)));
  findings.note("scale", breakingIf(!sameValue(scaleOf(qa), scaleOf(qb))));

  // D2: texts. The yes/no labels of a boolean are the texts of its two answers; an html block's text is
  // what it says, as a description would.
  findings.note("title", textChange(qa.title, qb.title));
  findings.note("description", textChange(qa.description, qb.description));
  findings.note("description", informationTextChange(qa["html"], qb["html"]));
  findings.note("choice_texts", itemTextsChange(qa.choices, qb.choices));
  findings.note("choice_texts", textChange(qa["labelTrue"], qb["labelTrue"]));
  findings.note("choice_texts", textChange(qa["labelFalse"], qb["labelFalse"]));
  findings.note("row_texts", itemTextsChange(qa.rows, qb.rows));
  findings.note("column_texts", itemTextsChange(qa.columns, qb.columns));
  findings.note("scale_labels", itemTextsChange(qa.rateValues, qb.rateValues));
  findings.note("scale_labels", textChange(qa["minRateDescription"], qb["minRateDescription"]));
  findings.note("scale_labels", textChange(qa["maxRateDescription"], qb["maxRateDescription"]));

  // D4: who is asked, and how firmly. A panel's own condition is reported on the elements inside it.
  if (qa.type !== "panel" && qb.type !== "panel" && !sameConditions(a.conditions, b.conditions)) findings.note("conditions", "wording");
  if (Boolean(qa.isRequired) !== Boolean(qb.isRequired) || Boolean(qa.isAllRowRequired) !== Boolean(qb.isAllRowRequired))
    findings.note("required", "wording");
  if (LIMITS.some((limit) => !sameValue(qa[limit], qb[limit]))) findings.note("limits", "wording");

  // D5, D9.
  if (moved) findings.note("position", "cosmetic");
  findings.note("other", otherChange(otherProperties(qa, ELEMENT_ASPECT_PROPERTIES), otherProperties(qb, ELEMENT_ASPECT_PROPERTIES)));
  // A panel's children are their own targets, and its condition is reported on them (D4), not twice.
  const reportedElsewhere = qa.type === "panel" && qb.type === "panel" ? PANEL_REPORTED_ELSEWHERE : CHILDREN;
  findings.noteResidual(otherProperties(qa, reportedElsewhere), otherProperties(qb, reportedElsewhere));
  return findings;
}

const CHILDREN = new Set(["elements"]);

/** A panel's own properties: its children are their own targets (D10 judges each of them). */
function withoutChildren(element: unknown): Record<string, unknown> {
  return otherProperties(element, CHILDREN);
}
const PANEL_REPORTED_ELSEWHERE = new Set(["elements", "visibleIf"]);

/** A text question is a free text unless it says otherwise; what that input accepts is part of its type. */
function inputTypeOf(element: SurveyElement): string | undefined {
  return element.type === "text" ? (element.inputType ?? "text") : element.inputType;
}

/** Conditions compared with white space collapsed: "{q1}  = 2" is "{q1} = 2". */
function sameConditions(a: readonly string[], b: readonly string[]): boolean {
  const tidy = (conditions: readonly string[]) => conditions.map((c) => String(c).replace(/\s+/g, " ").trim());
  return sameValue(tidy(a), tidy(b));
}

/**
 * D5: the elements that changed place, and on each page the fewest whose order among those that did not
 * changed. Order is compared within a page: pages reordered are reported once, as pages moved.
 */
function movedElements(before: ReadonlyMap<string, PlacedElement>, after: ReadonlyMap<string, PlacedElement>): Set<string> {
  const moved = new Set<string>();
  const inPlace = new Set<string>();
  for (const [name, a] of before) {
    const b = after.get(name);
    if (!b) continue;
    if (a.place === b.place) inPlace.add(name);
    else moved.add(name);
  }
  const order = (placed: ReadonlyMap<string, PlacedElement>, page: string) =>
    [...placed].filter(([name, p]) => p.page === page && inPlace.has(name)).map(([name]) => name);
  for (const page of new Set([...before.values()].map((p) => p.page))) {
    for (const name of outOfOrder(order(before, page), order(after, page))) moved.add(name);
  }
  return moved;
}

/**
 * The names to call moved when `before` became `after` (the same names, reordered): those outside the
 * largest set kept in the same relative order (a longest increasing subsequence, found in O(n²)). Among
 * several largest sets, the one keeping the names first in code-unit order wins: the choice depends only
 * on the two orders, not on which one is `before`, so the diff reads the same in both directions.
 */
function outOfOrder(before: readonly string[], after: readonly string[]): string[] {
  const position = new Map(after.map((name, i) => [name, i]));
  const rank = new Map([...before].sort().map((name, i) => [name, i]));
  // A set of names as a number whose bits, most significant first, stand for the names in code-unit order:
  // comparing two such numbers compares the sets by their first name that differs.
  const bit = (name: string) => 1n << BigInt(before.length - 1 - (rank.get(name) ?? 0));
  interface Chain {
    length: number;
    names: bigint;
    previous: number;
  }
  const better = (x: Chain, y: Chain) => x.length > y.length || (x.length === y.length && x.names > y.names);
  const chains: Chain[] = [];
  let best = -1;
  before.forEach((name, j) => {
    let chain: Chain = { length: 1, names: bit(name), previous: -1 };
    for (let i = 0; i < j; i++) {
      const prior = chains[i]!;
      if ((position.get(before[i]!) ?? 0) > (position.get(name) ?? 0)) continue;
      const extended = { length: prior.length + 1, names: prior.names + bit(name), previous: i };
      if (better(extended, chain)) chain = extended;
    }
    chains.push(chain);
    if (best < 0 || better(chain, chains[best]!)) best = j;
  });
  const kept = new Set<string>();
  for (let i = best; i >= 0; i = chains[i]!.previous) kept.add(before[i]!);
  return before.filter((name) => !kept.has(name));
}

// ---------------------------------------------------------------------------------------------------------
// Pages

const PAGE_ASPECT_PROPERTIES = new Set(["name", "title", "description", "elements", "visibleIf"]);

export function pageChanges(from: SurveyDefinition, to: SurveyDefinition): VersionChange[] {
  const byName = (definition: SurveyDefinition) => {
    const pages = new Map<string, SurveyPage>();
    for (const page of pagesOf(definition)) if (!pages.has(String(page.name))) pages.set(String(page.name), page);
    return pages;
  };
  const before = byName(from);
  const after = byName(to);
  const common = (pages: ReadonlyMap<string, SurveyPage>, other: ReadonlyMap<string, SurveyPage>) =>
    [...pages.keys()].filter((name) => other.has(name));
  const moved = new Set(outOfOrder(common(before, after), common(after, before)));
  const changes: VersionChange[] = [];
  for (const { key: name, before: a, after: b } of matched(before, after)) {
    const target: ChangeTarget = { type: "page", name };
    // D6: a page's questions carry their own changes; the page itself is layout, unless its texts carry
    // markup (D10).
    const presenceClass = (page: SurveyPage): ChangeClass => (hasMarkup(withoutChildren(page)) ? "wording" : "cosmetic");
    if (!a && b) changes.push(addedOrRemoved(target, "added", presenceClass(b), false, b));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", presenceClass(a), false, a));
    else if (a && b) {
      const findings = new Findings();
      findings.note("title", textChange(a.title, b.title));
      findings.note("description", textChange(a["description"], b["description"]));
      if (moved.has(name)) findings.note("position", "cosmetic");
      findings.note("other", otherChange(otherProperties(a, PAGE_ASPECT_PROPERTIES), otherProperties(b, PAGE_ASPECT_PROPERTIES)));
      changes.push(...findings.toChange(target, false, a, b));
    }
  }
  return changes;
}
