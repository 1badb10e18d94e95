import { higherIsBetter } from "../benchmark/indicator-values.ts";
import { ratingValues } from "../questionnaire/survey-elements.ts";
import type { Dimension, Indicator, Scoring, SurveyDefinition, SurveyElement, SurveyPage } from "../questionnaire/types.ts";
import { sameWording } from "./text-normalisation.ts";
import {
  CHANGE_CLASSES,
  targetKey,
  type ChangeAspect,
  type ChangeClass,
  type ChangeKind,
  type ChangeTarget,
  type DraftContent,
  type VersionChange,
} from "./types.ts";

/**
 * What changed between two versions of a questionnaire, and whether results stay comparable.
 *
 * Co-researchers read this diff before approving a version; benchmarks use it to decide which versions
 * pool together. Each change is classed by the weakest guarantee it leaves (types.ts): `cosmetic` (no
 * answer can differ), `wording` (what is asked may be understood differently: the co-researchers decide,
 * and record, whether results stay comparable) or `breaking` (answers are not on the same footing).
 *
 * D1 Targets. Elements (questions, and also html blocks and panels) are matched by `name`, pages by name,
 *    dimensions and indicators by id. A target gets at most one change, listing every aspect that changed;
 *    its class is the most severe of its aspects' (cosmetic < wording < breaking). A name used twice in one
 *    version (a draft being edited may hold that) is matched on its first use.
 * D2 Texts (titles, descriptions, the texts of choices, rows, columns and rating values, rating end labels,
 *    yes/no labels, an html block's text) are judged on their French, the reference language. A French
 *    text changed only typographically (text-normalisation.ts), or an English-only change (a translation
 *    fix), is `cosmetic`; any other change of the French is `wording`. Adding or removing a text is judged
 *    the same way, against the empty text.
 * D3 What an answer can be. A changed question type, text input type (text or number), list of choice
 *    values, of matrix rows or columns, or of rating values is `breaking`. A value list differs when its
 *    sequence differs, reordering included: respondents see the order, and order effects on answers are
 *    well documented (Krosnick & Alwin, Public Opinion Quarterly 1987;51:201–219). The values of 1 and "1"
 *    differ: they are stored as given. A rating's values are those it offers (`rateValues` if given, else
 *    rateMin to rateMax by rateStep), so spelling out the default scale is not a change of scale.
 * D4 Who is asked, and how firmly. A changed condition of the question's own or inherited from its page
 *    and panels (compared with white space collapsed), or a changed `isRequired` / `isAllRowRequired`, is
 *    `wording`: the same question may reach, or hold, other respondents; the co-researchers judge it.
 *    Changed limits (min, max, maxLength, min/maxSelectedChoices) are `wording` too.
 * D5 Position. A question that changed page or panel, or whose order among the questions kept on its page
 *    changed, is `moved`, `cosmetic`; so is a page whose order among the pages changed (its questions are
 *    not reported for it). Of several that could be said to have moved (two swapped), the fewest are named,
 *    ties broken by name, so that the diff from A to B and from B to A name the same ones.
 * D6 Added or removed. A question added or removed is `breaking` when it is scored (an item of a
 *    dimension, or the item of an indicator) in either version: the figures rest on other answers. Else it
 *    is `cosmetic`: the answers to the other questions are untouched. Pages are always `cosmetic`: the
 *    questions on them carry their own changes, page conditions included (D4).
 * D7 Scoring. A changed scale, a dimension added or removed, or a changed set of items or reverse items is
 *    `breaking`. An indicator added or removed is `cosmetic` (a figure appears or goes; older data are
 *    untouched); a changed definition (kind, dimension, threshold, item, values, atLeast, exclude, or its
 *    direction, its own or inherited from its dimension) is `breaking`. A mirrored item (the item standing
 *    for a statement shared across questionnaires) that points to another item is `breaking`, one added
 *    or removed `cosmetic`; it is reported on the questionnaire, which holds the mapping.
 * D8 Roles. Changed respondent roles are `wording`: the same questions are put to other people.
 * D9 Anything else (layout such as colCount or startWithNewLine, placeholders, survey settings, a
 *    dimension's source or direction, a property this file does not know) is `cosmetic`, aspect `other`:
 *    no change goes unreported, and none that D1–D8 do not name is taken to touch the answers.
 */

/** The severity rank of a class: 0 cosmetic, 1 wording, 2 breaking. */
export function changeClassOrder(changeClass: ChangeClass): number {
  return CHANGE_CLASSES.indexOf(changeClass);
}

/**
 * @returns the most severe of `classes`, undefined when there are none.
 * @example
 * mostSevere(["cosmetic", "breaking", "wording"]) // → "breaking"
 */
export function mostSevere(classes: Iterable<ChangeClass>): ChangeClass | undefined {
  let worst: ChangeClass | undefined;
  for (const c of classes) if (worst === undefined || changeClassOrder(c) > changeClassOrder(worst)) worst = c;
  return worst;
}

/**
 * @example
 * summarizeDiff(diffVersions(v1, v2)) // → { cosmetic: 3, wording: 1, breaking: 0 }
 */
export function summarizeDiff(changes: readonly VersionChange[]): Record<ChangeClass, number> {
  const summary: Record<ChangeClass, number> = { cosmetic: 0, wording: 0, breaking: 0 };
  for (const change of changes) summary[change.class] += 1;
  return summary;
}

/**
 * The changes from one version to the next, in a fixed order: the questionnaire, then elements in the
 * order of `to` (removed ones after, in the order of `from`), pages likewise, the scale, dimensions and
 * indicators. Identical versions give [].
 * @example
 * diffVersions(v1, { ...v1, roles: ["patient", "peer_worker"] })
 * // → [{ key: "questionnaire", kind: "changed", aspects: ["roles"], class: "wording", … }]
 */
export function diffVersions(from: DraftContent, to: DraftContent): VersionChange[] {
  const scored = new Set([...scoredNames(from.scoring), ...scoredNames(to.scoring)]);
  return [
    ...questionnaireChanges(from, to),
    ...elementChanges(from.definition, to.definition, scored),
    ...pageChanges(from.definition, to.definition),
    ...scaleChanges(from.scoring, to.scoring),
    ...dimensionChanges(from.scoring, to.scoring),
    ...indicatorChanges(from.scoring, to.scoring),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Aspects and the change they make up

/** The order aspects are listed in, so that a change reads the same whoever computes it. */
const ASPECT_ORDER: readonly ChangeAspect[] = [
  "type",
  "choices",
  "scale",
  "rows",
  "columns",
  "items",
  "reverse",
  "definition",
  "title",
  "description",
  "choice_texts",
  "scale_labels",
  "row_texts",
  "column_texts",
  "conditions",
  "required",
  "limits",
  "roles",
  "position",
  "other",
];
/** Aspects that only concern texts: a change made of them alone is `reworded`. */
const TEXT_ASPECTS: ReadonlySet<ChangeAspect> = new Set([
  "title",
  "description",
  "choice_texts",
  "scale_labels",
  "row_texts",
  "column_texts",
]);

/** The aspects found changed on one target, each with its class. */
class Findings {
  private readonly found = new Map<ChangeAspect, ChangeClass>();

  /** Records an aspect; `null` (nothing changed) is ignored, a second record keeps the more severe. */
  note(aspect: ChangeAspect, changeClass: ChangeClass | null): void {
    if (changeClass === null) return;
    const previous = this.found.get(aspect);
    if (previous === undefined || changeClassOrder(changeClass) > changeClassOrder(previous)) this.found.set(aspect, changeClass);
  }

  get empty(): boolean {
    return this.found.size === 0;
  }

  /** D9: anything that differs without any named aspect having changed is still reported. */
  noteResidual(before: unknown, after: unknown): void {
    if (this.empty && !sameValue(before, after)) this.note("other", "cosmetic");
  }

  toChange(target: ChangeTarget, scored: boolean, before: unknown, after: unknown): VersionChange[] {
    if (this.empty) return [];
    const aspects = ASPECT_ORDER.filter((aspect) => this.found.has(aspect));
    const kind: ChangeKind = aspects.every((a) => a === "position")
      ? "moved"
      : aspects.every((a) => TEXT_ASPECTS.has(a))
        ? "reworded"
        : "changed";
    const changeClass = mostSevere(this.found.values()) ?? "cosmetic";
    return [{ target, key: targetKey(target), kind, aspects, class: changeClass, scored, before, after }];
  }
}

function addedOrRemoved(
  target: ChangeTarget,
  kind: "added" | "removed",
  changeClass: ChangeClass,
  scored: boolean,
  value: unknown,
): VersionChange {
  const sides = kind === "added" ? { after: value } : { before: value };
  return { target, key: targetKey(target), kind, aspects: [], class: changeClass, scored, ...sides };
}

/**
 * Matches the entries of two versions by key: those in both (in the order of `to`), those only in `to`
 * (added) and those only in `from` (removed, in the order of `from`).
 */
function* matched<T>(from: ReadonlyMap<string, T>, to: ReadonlyMap<string, T>): Generator<{ key: string; before?: T; after?: T }> {
  for (const [key, after] of to) {
    const before = from.get(key);
    yield before === undefined ? { key, after } : { key, before, after };
  }
  for (const [key, before] of from) if (!to.has(key)) yield { key, before };
}

// ---------------------------------------------------------------------------------------------------------
// D2 Texts

/** The class of a change of one text ({ fr, en }), or null when it did not change. */
function textChange(before: unknown, after: unknown): ChangeClass | null {
  if (sameValue(before, after)) return null;
  return sameWording(french(before), french(after)) ? "cosmetic" : "wording";
}

/** The French of a text; a plain string is taken as French, a missing text as empty. */
function french(text: unknown): string {
  if (typeof text === "string") return text;
  if (isRecord(text) && typeof text["fr"] === "string") return text["fr"];
  return "";
}

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

/** Values compared by JSON, so that 1 and "1" differ as they do in stored answers. */
function valueKey(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
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

function elementChanges(from: SurveyDefinition, to: SurveyDefinition, scored: ReadonlySet<string>): VersionChange[] {
  const before = placeElements(from);
  const after = placeElements(to);
  const moved = movedElements(before, after);
  const changes: VersionChange[] = [];
  for (const { key: name, before: a, after: b } of matched(before, after)) {
    const target: ChangeTarget = { type: "question", name };
    const isScored = scored.has(name);
    // D6: a scored question added or removed changes what the figures rest on.
    const presenceClass: ChangeClass = isScored ? "breaking" : "cosmetic";
    if (!a && b) changes.push(addedOrRemoved(target, "added", presenceClass, isScored, b.element));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", presenceClass, isScored, a.element));
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
  findings.note("description", textChange(qa["html"], qb["html"]));
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
  if (!sameValue(otherProperties(qa, ELEMENT_ASPECT_PROPERTIES), otherProperties(qb, ELEMENT_ASPECT_PROPERTIES)))
    findings.note("other", "cosmetic");
  // A panel's children are their own targets, and its condition is reported on them (D4), not twice.
  const reportedElsewhere = qa.type === "panel" && qb.type === "panel" ? PANEL_REPORTED_ELSEWHERE : CHILDREN;
  findings.noteResidual(otherProperties(qa, reportedElsewhere), otherProperties(qb, reportedElsewhere));
  return findings;
}

const CHILDREN = new Set(["elements"]);
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

function pageChanges(from: SurveyDefinition, to: SurveyDefinition): VersionChange[] {
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
    // D6: a page's questions carry their own changes; the page itself is layout.
    if (!a && b) changes.push(addedOrRemoved(target, "added", "cosmetic", false, b));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", "cosmetic", false, a));
    else if (a && b) {
      const findings = new Findings();
      findings.note("title", textChange(a.title, b.title));
      findings.note("description", textChange(a["description"], b["description"]));
      if (moved.has(name)) findings.note("position", "cosmetic");
      if (!sameValue(otherProperties(a, PAGE_ASPECT_PROPERTIES), otherProperties(b, PAGE_ASPECT_PROPERTIES)))
        findings.note("other", "cosmetic");
      changes.push(...findings.toChange(target, false, a, b));
    }
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------------------
// The questionnaire as a whole

function questionnaireChanges(from: DraftContent, to: DraftContent): VersionChange[] {
  const findings = new Findings();
  findings.note("title", textChange(from.title, to.title));
  findings.note("description", textChange(from.description, to.description));
  // D8: roles are a set; their order is D9's.
  const roles = (content: DraftContent) => [...new Set((Array.isArray(content.roles) ? content.roles : []).map(String))].sort();
  if (!sameValue(roles(from), roles(to))) findings.note("roles", "wording");
  findings.note("definition", mirrorsChange(from.scoring, to.scoring));
  // D9: survey settings (progress bar, completion text…), unknown scoring or draft properties.
  if (!sameValue(otherProperties(from.definition, new Set(["pages"])), otherProperties(to.definition, new Set(["pages"]))))
    findings.note("other", "cosmetic");
  const scoringHandled = new Set(["scale", "dimensions", "indicators", "mirrors"]);
  if (!sameValue(otherProperties(from.scoring, scoringHandled), otherProperties(to.scoring, scoringHandled)))
    findings.note("other", "cosmetic");
  const contentHandled = new Set(["title", "description", "roles", "definition", "scoring"]);
  if (!sameValue(otherProperties(from, contentHandled), otherProperties(to, contentHandled))) findings.note("other", "cosmetic");
  findings.noteResidual(from.roles, to.roles);
  const summary = (content: DraftContent) => ({ title: content.title, description: content.description, roles: content.roles });
  return findings.toChange({ type: "questionnaire" }, false, summary(from), summary(to));
}

/** D7: a mirrored statement answered by another item breaks its series; one added or removed does not. */
function mirrorsChange(from: Scoring, to: Scoring): ChangeClass | null {
  const byId = (scoring: Scoring) => {
    const mirrors = new Map<string, unknown>();
    for (const mirror of arrayOf(scoring?.mirrors))
      if (isRecord(mirror) && !mirrors.has(String(mirror.id))) mirrors.set(String(mirror.id), mirror);
    return mirrors;
  };
  const classes: ChangeClass[] = [];
  for (const { before, after } of matched(byId(from), byId(to))) {
    if (!before || !after) classes.push("cosmetic");
    else if (!sameValue(before, after)) classes.push("breaking");
  }
  return mostSevere(classes) ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// D7 Scoring

function scaleChanges(from: Scoring, to: Scoring): VersionChange[] {
  const scale = (scoring: Scoring) => ({ min: scoring?.scale?.min, max: scoring?.scale?.max });
  const findings = new Findings();
  if (!sameValue(scale(from), scale(to))) findings.note("scale", "breaking");
  findings.noteResidual(from?.scale, to?.scale);
  return findings.toChange({ type: "scale" }, true, from?.scale, to?.scale);
}

const DIMENSION_ASPECT_PROPERTIES = new Set(["id", "title", "description", "items", "reverse"]);

function dimensionChanges(from: Scoring, to: Scoring): VersionChange[] {
  const changes: VersionChange[] = [];
  for (const { key: id, before: a, after: b } of matched(byId<Dimension>(from?.dimensions), byId<Dimension>(to?.dimensions))) {
    const target: ChangeTarget = { type: "dimension", id };
    if (!a && b) changes.push(addedOrRemoved(target, "added", "breaking", true, b));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", "breaking", true, a));
    else if (a && b) {
      const findings = new Findings();
      // The order of items does not enter a mean; which items do.
      findings.note("items", sameSet(a.items, b.items) ? null : "breaking");
      findings.note("reverse", sameSet(a.reverse, b.reverse) ? null : "breaking");
      findings.note("title", textChange(a.title, b.title));
      findings.note("description", textChange(a.description, b.description));
      // D9: the direction and source of a dimension say how to read it, not what it measures. An
      // indicator inheriting the direction reports it as its own change (D7).
      if (!sameValue(otherProperties(a, DIMENSION_ASPECT_PROPERTIES), otherProperties(b, DIMENSION_ASPECT_PROPERTIES)))
        findings.note("other", "cosmetic");
      findings.noteResidual(a, b);
      changes.push(...findings.toChange(target, true, a, b));
    }
  }
  return changes;
}

const INDICATOR_DEFINITION = ["kind", "dimension", "threshold", "item", "atLeast"] as const;
const INDICATOR_ASPECT_PROPERTIES = new Set(["id", "title", "description", ...INDICATOR_DEFINITION, "values", "exclude", "higherIsBetter"]);

function indicatorChanges(from: Scoring, to: Scoring): VersionChange[] {
  const dimensions = (scoring: Scoring) => arrayOf<Dimension>(scoring?.dimensions).filter(isRecord);
  const changes: VersionChange[] = [];
  for (const { key: id, before: a, after: b } of matched(byId<Indicator>(from?.indicators), byId<Indicator>(to?.indicators))) {
    const target: ChangeTarget = { type: "indicator", id };
    if (!a && b) changes.push(addedOrRemoved(target, "added", "cosmetic", true, b));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", "cosmetic", true, a));
    else if (a && b) {
      const findings = new Findings();
      const ra = a as unknown as Record<string, unknown>;
      const rb = b as unknown as Record<string, unknown>;
      const definitionChanged =
        INDICATOR_DEFINITION.some((property) => !sameValue(ra[property], rb[property])) ||
        !sameSet(ra["values"], rb["values"]) ||
        !sameSet(ra["exclude"], rb["exclude"]) ||
        higherIsBetter(a, dimensions(from)) !== higherIsBetter(b, dimensions(to));
      findings.note("definition", definitionChanged ? "breaking" : null);
      findings.note("title", textChange(a.title, b.title));
      findings.note("description", textChange(a.description, b.description));
      if (!sameValue(otherProperties(a, INDICATOR_ASPECT_PROPERTIES), otherProperties(b, INDICATOR_ASPECT_PROPERTIES)))
        findings.note("other", "cosmetic");
      findings.noteResidual(a, b);
      changes.push(...findings.toChange(target, true, a, b));
    }
  }
  return changes;
}

/** The names of the questions the figures rest on: dimension items and item indicators. */
function scoredNames(scoring: Scoring): string[] {
  const names: string[] = [];
  for (const dimension of arrayOf<Dimension>(scoring?.dimensions)) {
    if (!isRecord(dimension)) continue;
    names.push(...arrayOf(dimension.items).map(String), ...arrayOf(dimension.reverse).map(String));
  }
  for (const indicator of arrayOf<Indicator>(scoring?.indicators)) {
    if (isRecord(indicator) && "item" in indicator && indicator.item !== undefined) names.push(String(indicator.item));
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------
// Plumbing: the diff must never throw on a draft, however incomplete.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function arrayOf<T = unknown>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function pagesOf(definition: SurveyDefinition): SurveyPage[] {
  return arrayOf<SurveyPage>(definition?.pages).filter(isRecord);
}

function byId<T extends { id: string }>(list: unknown): Map<string, T> {
  const entries = new Map<string, T>();
  for (const entry of arrayOf<T>(list)) if (isRecord(entry) && !entries.has(String(entry.id))) entries.set(String(entry.id), entry);
  return entries;
}

/** The properties of an object but `handled` ones: what D9 compares. */
function otherProperties(value: unknown, handled: ReadonlySet<string>): Record<string, unknown> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !handled.has(key)));
}

/** Sets of values compared by JSON (1 and "1" differ); a missing list is the empty set. */
function sameSet(a: unknown, b: unknown): boolean {
  const keys = (list: unknown) => [...new Set(arrayOf(list).map(valueKey))].sort();
  return sameValue(keys(a), keys(b));
}

/** Deep equality of JSON-like values, ignoring key order and properties set to undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
}
