/**
 * Reading ease of a French text: Kandel & Moles' adaptation of Flesch's formula to French (L. Kandel and
 * A. Moles, « Application de l'indice de Flesch à la langue française », Cahiers Études de Radio-Télévision
 * 19, 1958): 207 − 1.015 × words per sentence − 73.6 × syllables per word. Like Flesch's, about 90–100 is
 * very easy, 60–70 standard, below 30 very difficult.
 */

const VOWEL_GROUPS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;

/**
 * Spoken syllables of a French word, estimated from its groups of vowels, a final mute "e" or "es" after a
 * consonant not counted (a verb's "-ent" cannot be told from a noun's without a dictionary: it counts).
 */
export function frenchSyllables(word: string): number {
  const w = word.toLowerCase();
  let count = (w.match(VOWEL_GROUPS) ?? []).length;
  if (count > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(w)) count -= 1;
  return Math.max(count, 1);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Kandel & Moles reading ease. */
  score: number;
}

/**
 * @example
 * kandelMoles("Vos réponses aident à faire mieux.").score // → about 90: very easy
 */
export function kandelMoles(text: string): Readability {
  // A line is a sentence too: easy-to-read text puts one idea a line, with or without a full stop.
  const sentences = text
    .split(/[.!?…:;]+(?:\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const words = sentences.flatMap((s) => s.split(/[\s'’-]+/).filter((w) => /\p{L}/u.test(w)));
  const syllables = words.reduce((sum, w) => sum + frenchSyllables(w.replace(/[^\p{L}]/gu, "")), 0);
  const score = 207 - 1.015 * (words.length / Math.max(sentences.length, 1)) - 73.6 * (syllables / Math.max(words.length, 1));
  return { sentences: sentences.length, words: words.length, syllables, score };
}
