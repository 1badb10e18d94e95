import type { Locale } from "../shared/locale.tsx";

/** Dates as people read them, in the page's language. */
export function formatDate(iso: string, locale: Locale, withTime = false): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return date.toLocaleString(
    locale === "fr" ? "fr-FR" : "en-GB",
    withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "long" },
  );
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
}
