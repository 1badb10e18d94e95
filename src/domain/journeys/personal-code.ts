import { CODE_WORDS } from "./code-words.ts";

/**
 * A personal code: six words drawn at random from the 2,048 of `CODE_WORDS`, so 66 bits of entropy — enough
 * that guessing one, at the rate the API allows (journey-routes' limit), would take longer than the universe
 * has existed. It is the only thing that ties a respondent's visits together, and only the respondent holds it.
 */
export const CODE_WORD_COUNT = 6;

/** log2(2048) × 6. */
export const CODE_ENTROPY_BITS = Math.log2(CODE_WORDS.length) * CODE_WORD_COUNT;

const WORD_INDEX = new Map(CODE_WORDS.map((word, i) => [word, i]));

/**
 * A new code, drawn with the platform's cryptographic random source. 2,048 is a power of two, so keeping the
 * low 11 bits of a random 16-bit number picks every word with the same probability.
 * @example
 * newPersonalCode(); // "galet mesange tilleul phare brioche lanterne"
 */
export function newPersonalCode(): string {
  const draws = crypto.getRandomValues(new Uint16Array(CODE_WORD_COUNT));
  return Array.from(draws, (n) => CODE_WORDS[n & (CODE_WORDS.length - 1)]).join(" ");
}

/**
 * What a person typed, in the one form every derivation starts from: lower case, accents taken away, words
 * separated by one space whatever separated them (spaces, dashes, dots, line breaks). "Galet - MÉSANGE" and
 * "galet mesange" are the same code.
 */
export function normalisePersonalCode(typed: string): string {
  return typed
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== "")
    .join(" ");
}

export type CodeCheck = { ok: true; code: string } | { ok: false; reason: "word_count" | "unknown_word"; unknownWords: string[] };

/** Whether a typed code is made of six words of the list: a typo is caught before any derivation. */
export function checkPersonalCode(typed: string): CodeCheck {
  const code = normalisePersonalCode(typed);
  const words = code === "" ? [] : code.split(" ");
  const unknownWords = words.filter((w) => !WORD_INDEX.has(w));
  if (unknownWords.length > 0) return { ok: false, reason: "unknown_word", unknownWords };
  if (words.length !== CODE_WORD_COUNT) return { ok: false, reason: "word_count", unknownWords: [] };
  return { ok: true, code };
}
