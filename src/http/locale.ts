import type { Locale } from "../domain/questionnaire/types.ts";

/**
 * French first: English only when the client prefers it over French (Accept-Language order and q-values).
 * @example
 * negotiateLocale("en-GB,en;q=0.9,fr;q=0.5") // → "en"
 */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return "fr";
  let best: { locale: Locale; q: number } | undefined;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
    const locale = tag.startsWith("fr") ? "fr" : tag.startsWith("en") ? "en" : undefined;
    if (locale && Number.isFinite(q) && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? "fr";
}
