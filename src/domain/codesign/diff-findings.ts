import { carriesMarkup } from "../questionnaire/safe-content.ts";
import { sameWording } from "./text-normalisation.ts";
import { isRecord, sameValue } from "./diff-values.ts";
import {
  CHANGE_CLASSES,
  targetKey,
  type ChangeAspect,
  type ChangeClass,
  type ChangeKind,
  type ChangeTarget,
  type VersionChange,
} from "./types.ts";

/** The parts every diff is made of: change classes, the aspects found on one target, and texts (D2). */

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
export class Findings {
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

export function addedOrRemoved(
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
export function* matched<T>(from: ReadonlyMap<string, T>, to: ReadonlyMap<string, T>): Generator<{ key: string; before?: T; after?: T }> {
  for (const [key, after] of to) {
    const before = from.get(key);
    yield before === undefined ? { key, after } : { key, before, after };
  }
  for (const [key, before] of from) if (!to.has(key)) yield { key, before };
}

// ---------------------------------------------------------------------------------------------------------
// D2 Texts

/** The class of a change of one text ({ fr, en }), or null when it did not change. */
export function textChange(before: unknown, after: unknown): ChangeClass | null {
  if (sameValue(before, after)) return null;
  // D10: markup in either language may show what the words do not say.
  if (hasMarkup(before) || hasMarkup(after)) return "wording";
  return sameWording(french(before), french(after)) ? "cosmetic" : "wording";
}

/** D10: the class of a change of an information text (an html block, a completion page): never cosmetic. */
export function informationTextChange(before: unknown, after: unknown): ChangeClass | null {
  return sameValue(before, after) ? null : "wording";
}

/**
 * D9 and D10: the class of a change among properties no other rule reads: `wording` when it touches an
 * information text (a property named …Html) or a text carrying markup, else `cosmetic`; null if none changed.
 */
export function otherChange(before: Record<string, unknown>, after: Record<string, unknown>): ChangeClass | null {
  if (sameValue(before, after)) return null;
  const informative = (properties: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(properties).filter(([key, value]) => /Html/.test(key) || hasMarkup(value)));
  return sameValue(informative(before), informative(after)) ? "cosmetic" : "wording";
}

/** D10: true when any text in `value` (a text, an element, a page, at any depth) carries markup. */
export function hasMarkup(value: unknown): boolean {
  if (typeof value === "string") return carriesMarkup(value);
  if (Array.isArray(value)) return value.some(hasMarkup);
  if (isRecord(value)) return Object.values(value).some(hasMarkup);
  return false;
}

/** The French of a text; a plain string is taken as French, a missing text as empty. */
export function french(text: unknown): string {
  if (typeof text === "string") return text;
  if (isRecord(text) && typeof text["fr"] === "string") return text["fr"];
  return "";
}
