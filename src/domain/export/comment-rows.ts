import type { ReleasedComments } from "../release/released-comments.ts";
import type { CsvValue } from "./csv.ts";

/**
 * A structure's released comments as tidy rows, one comment a row, in the order they were served (shuffled):
 * the question it answers and nothing else of its response. A question whose comments are held back is one
 * row saying why, with no comment.
 */

export const COMMENT_COLUMNS = ["role", "question", "label_fr", "label_en", "shown", "reason", "cutoff", "comment"] as const;

/**
 * @example
 * commentRows(questions)[0] // → ["patient", "comment", "Autre chose à dire ?", "Anything else?", true, null, "2026-03-31", "Merci…"]
 */
export function commentRows(questions: readonly ReleasedComments[]): CsvValue[][] {
  return questions.flatMap((q) => {
    const head = [q.role, q.question, q.label.fr, q.label.en];
    if (!q.shown) return [[...head, false, q.reason, null, null]];
    return q.comments.map((comment) => [...head, true, null, q.cutoff, comment]);
  });
}
