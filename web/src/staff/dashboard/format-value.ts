import { formatNumber } from "../format.ts";

/** Scores are on 0–100, proportions in %: the unit goes with the number everywhere it is shown. */
export function formatValue(value: number, kind: string, locale: "fr" | "en"): string {
  const n = formatNumber(value, locale);
  if (kind === "proportion") return locale === "fr" ? `${n} %` : `${n}%`;
  return `${n} / 100`;
}

export function formatInterval(ci: readonly [number, number] | number[], locale: "fr" | "en"): string {
  return `${formatNumber(ci[0] ?? 0, locale)} – ${formatNumber(ci[1] ?? 0, locale)}`;
}

/** The unit put in a table's column header, so that cells hold bare numbers (narrow screens). */
export function unitOf(kind: string): string {
  return kind === "proportion" ? "(%)" : "(/100)";
}
