import type { DraftContent } from "./types.ts";

/**
 * The content of a draft started from scratch: one page, no question yet, and the scoring skeleton on the
 * library's five-point agreement scale, so that the first Likert question added can be scored at once.
 */
export function emptyDraft(name: string): DraftContent {
  return {
    title: { fr: name, en: name },
    description: { fr: "", en: "" },
    roles: ["patient"],
    definition: { pages: [{ name: "page1", elements: [] }] },
    scoring: { scale: { min: 1, max: 5 }, dimensions: [], indicators: [] },
  };
}

/**
 * A slug for a new questionnaire from its name: lower-case ASCII words joined by dashes (accents dropped),
 * at most 48 characters so that a numeric suffix still fits the 64 allowed.
 * @example
 * slugify("Rétablissement & pair-aidance en GEM") // → "retablissement-pair-aidance-en-gem"
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return slug === "" ? "questionnaire" : slug;
}
