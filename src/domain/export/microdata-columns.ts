import type { CsvValue } from "./csv.ts";
import type { Codebook, CodebookVariable } from "./codebook.ts";

/**
 * One response as the codebook's columns, in the codebook's order, following the codebook's rule of how answers
 * become columns. An unanswered (or hidden) question is an empty cell; a multiple-choice question answered is
 * 0 or 1 in each of its columns.
 * @example
 * microdataRow(book, { hope_future: 4, rights_obtained: true }) // → [4, 1, …]
 */
export function microdataRow(book: Codebook, answers: Readonly<Record<string, unknown>>): CsvValue[] {
  return book.variables.map((v) => cell(v, answers[v.question]));
}

function cell(v: CodebookVariable, answer: unknown): CsvValue {
  if (answer === undefined || answer === null || answer === "") return null;
  switch (v.type) {
    case "yesno":
      return answer === true ? 1 : answer === false ? 0 : null;
    case "checkbox":
      return Array.isArray(answer) ? (answer.some((a) => String(a) === String(v.choice!.value)) ? 1 : 0) : null;
    case "categorical":
      if (v.name !== v.question) {
        const row = v.name.slice(v.question.length + 2);
        const value = (answer as Record<string, unknown>)[row];
        return typeof value === "string" || typeof value === "number" ? value : null;
      }
      return typeof answer === "string" || typeof answer === "number" ? answer : null;
    case "number":
    case "integer":
      return typeof answer === "number" ? answer : null;
    case "text":
      return typeof answer === "string" ? answer : null;
  }
}
