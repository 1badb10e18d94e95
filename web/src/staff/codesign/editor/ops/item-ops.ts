import type { DraftContent, ChoiceItem, Localized, SurveyElement } from "@web/shared/domain.ts";
import { mapElement, moveItem as move } from "./element-tree.ts";
import { PLACEHOLDER } from "./placeholders.ts";
import { isLikert } from "./question-list.ts";
import type { ItemList } from "./text-ops.ts";

/** Choices of a question, rows and columns of a matrix, labelled points of a rating: value and texts. */

/** Row values become answer keys: the schema holds them to names (a letter, then letters, digits, _). */
export const ROW_VALUE = /^[A-Za-z][A-Za-z0-9_]*$/;

function placeholderFor(list: ItemList, n: number, element: SurveyElement): Localized {
  if (list === "rows") return PLACEHOLDER.row(n);
  if (list === "columns") return PLACEHOLDER.column(n);
  if (list === "rateValues" || isLikert(element)) return PLACEHOLDER.level(n);
  return PLACEHOLDER.choice(n);
}

/**
 * The next value for a new item: one more than the highest when the values are numbers (always so for a
 * rating's points), else `c1`, `c2`… (`r1`, `r2`… for rows) not yet used.
 */
export function nextValue(list: ItemList, items: readonly ChoiceItem[]): string | number {
  const numeric = list === "rateValues" || (items.length > 0 ? items.every((i) => typeof i.value === "number") : list === "columns");
  if (numeric) return items.reduce((max, i) => Math.max(max, Number(i.value)), 0) + 1;
  const prefix = list === "rows" ? "r" : "c";
  const used = new Set(items.map((i) => String(i.value)));
  let n = items.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function mapList(
  content: DraftContent,
  name: string,
  list: ItemList,
  update: (items: ChoiceItem[], element: SurveyElement) => ChoiceItem[] | null,
): DraftContent {
  return mapElement(content, name, (element) => {
    const items = update(element[list] ?? [], element);
    return items ? { ...element, [list]: items } : element;
  });
}

/** Adds an item at the end, with the next free value and texts to replace. */
export function addItem(content: DraftContent, name: string, list: ItemList): DraftContent {
  return mapList(content, name, list, (items, element) => {
    const value = nextValue(list, items);
    return [...items, { value, text: placeholderFor(list, typeof value === "number" ? value : items.length + 1, element) }];
  });
}

export function removeItem(content: DraftContent, name: string, list: ItemList, index: number): DraftContent {
  return mapList(content, name, list, (items) => (index >= 0 && index < items.length ? items.filter((_, i) => i !== index) : null));
}

export function moveListItem(content: DraftContent, name: string, list: ItemList, index: number, direction: "up" | "down"): DraftContent {
  return mapList(content, name, list, (items) => {
    const to = direction === "up" ? index - 1 : index + 1;
    if (index < 0 || index >= items.length || to < 0 || to >= items.length) return null;
    return move(items, index, to);
  });
}

/**
 * Reads a value typed in the editor: a number when the list's other values are numbers (a rating's points
 * always), else the text as typed. Row values stay text, as the schema wants.
 */
export function parseItemValue(list: ItemList, items: readonly ChoiceItem[], index: number, raw: string): string | number {
  const others = items.filter((_, i) => i !== index);
  const numeric = list === "rateValues" || (list !== "rows" && others.length > 0 && others.every((i) => typeof i.value === "number"));
  const trimmed = raw.trim();
  return numeric && trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw;
}

/**
 * Changes an item's value. Duplicates are let through (a value is often typed over another one, letter by
 * letter); `duplicateValues` lets the UI say so, and the server refuses them.
 */
export function setItemValue(content: DraftContent, name: string, list: ItemList, index: number, value: string | number): DraftContent {
  return mapList(content, name, list, (items) => (items[index] ? items.map((item, i) => (i === index ? { ...item, value } : item)) : null));
}

/** The values used more than once in a list. */
export function duplicateValues(items: readonly ChoiceItem[]): Set<string | number> {
  const seen = new Set<string | number>();
  const twice = new Set<string | number>();
  for (const item of items) (seen.has(item.value) ? twice : seen).add(item.value);
  return twice;
}
