import type { Text } from "@web/shared/locale.tsx";
import { EMPTY_LIST_TEXTS as LISTS, PROBLEM_FIELD_NAMES as FIELDS } from "./words.ts";

/**
 * The API's problems are the library checker's messages (JSON Schema wording, in English); the commonest
 * ones are said here in plain words, the others shown as they are.
 */

/**
 * @example
 * problemText({ path: "/scoring/dimensions/0/title/en", message: "must NOT have fewer than 1 characters" })
 * // → { fr: "titre en anglais à écrire", en: "title in English to write" }
 */
export function problemText(problem: { path: string; message: string }): { text: Text; raw: boolean } {
  const parts = problem.path.split("/").filter(Boolean);
  const last = parts.at(-1) ?? "";
  const field = last === "fr" || last === "en" ? (parts.at(-2) ?? "") : last;
  const fieldName = FIELDS[field];
  const empty = /fewer than 1 characters/.test(problem.message);
  if (empty && (last === "fr" || last === "en") && fieldName) {
    return {
      text:
        last === "fr"
          ? { fr: `${fieldName.fr} en français à écrire`, en: `${fieldName.en} in French to write` }
          : { fr: `${fieldName.fr} en anglais à écrire`, en: `${fieldName.en} in English to write` },
      raw: false,
    };
  }
  const short = /fewer than (\d+) characters/.exec(problem.message);
  if (short && fieldName)
    return {
      text: { fr: `${fieldName.fr} : au moins ${short[1]} caractères`, en: `${fieldName.en}: at least ${short[1]} characters` },
      raw: false,
    };
  if (/fewer than 1 items/.test(problem.message) && LISTS[last]) return { text: LISTS[last], raw: false };
  return { text: { fr: problem.message, en: problem.message }, raw: true };
}
