import type { SurveyDefinition, SurveyPage } from "../questionnaire/types.ts";

/** Plumbing of the diff, which must never throw on a draft, however incomplete: JSON-like values compared. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function arrayOf<T = unknown>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function pagesOf(definition: SurveyDefinition): SurveyPage[] {
  return arrayOf<SurveyPage>(definition?.pages).filter(isRecord);
}

export function byId<T extends { id: string }>(list: unknown): Map<string, T> {
  const entries = new Map<string, T>();
  for (const entry of arrayOf<T>(list)) if (isRecord(entry) && !entries.has(String(entry.id))) entries.set(String(entry.id), entry);
  return entries;
}

/** The properties of an object but `handled` ones: what D9 compares. */
export function otherProperties(value: unknown, handled: ReadonlySet<string>): Record<string, unknown> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !handled.has(key)));
}

/** Sets of values compared by JSON (1 and "1" differ); a missing list is the empty set. */
export function sameSet(a: unknown, b: unknown): boolean {
  const keys = (list: unknown) => [...new Set(arrayOf(list).map(valueKey))].sort();
  return sameValue(keys(a), keys(b));
}

/** Deep equality of JSON-like values, ignoring key order and properties set to undefined. */
export function sameValue(a: unknown, b: unknown): boolean {
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

/** Values compared by JSON, so that 1 and "1" differ as they do in stored answers. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}
