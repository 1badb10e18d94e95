import type { Localized, RespondentRole } from "../questionnaire/types.ts";

/**
 * Free-text comments, released to a structure's managers by the rules of released figures (rules.ts), read as
 * rules of comments:
 *
 * Persons. A question's comments are shown only once they are at least `minCell` — the same small-cell
 *   threshold — so that no comment is one of a handful whose writers a manager could name.
 * Releases. Comments are read as of a release's cut-off, never live; and, like a structure's figures (R2),
 *   they move from one release to a later one only when `minCell` comments at least were added in between,
 *   so that the difference of two sets shown never isolates fewer than `minCell` comments.
 * Detachment. A comment is shown alone: no date, no response id, no other answer, and the comments of a
 *   question in a fresh random order at every reading, so that neither their order nor their neighbours tie
 *   one to a respondent, a day or another answer (Article 29 WP Opinion 05/2014, linkability).
 * Masking. Identifiers are masked at storage and once more, with names and addresses, before showing
 *   (anonymity/mask-names-addresses.ts).
 */

/**
 * The release whose comments a question shows: the first whose count reaches `minCell`, then each later one
 * whose count exceeds the one shown by `minCell` at least. `counts` are the question's comments as of each
 * release, oldest first.
 * @returns the index of that release, or undefined while the comments are too few.
 * @example
 * commentStep([4, 12, 15, 30], 11) // → 3: 12 first, 15 is only 3 more, 30 is 18 more
 */
export function commentStep(counts: readonly number[], minCell: number): number | undefined {
  let shown: number | undefined;
  for (const [i, count] of counts.entries()) {
    if (shown === undefined ? count >= minCell : count - counts[shown]! >= minCell) shown = i;
  }
  return shown;
}

export interface CommentQuestion {
  role: RespondentRole;
  question: string;
  label: Localized;
}

export type ReleasedComments =
  | (CommentQuestion & { shown: true; count: number; cutoff: string; comments: string[] })
  | (CommentQuestion & { shown: false; reason: "too_few_comments" });

/**
 * A question's comments as shown: those of its release step, masked and shuffled, or nothing.
 * @param byRelease the question's comment texts as of each release, oldest first, with the release's cut-off.
 * @param pick a uniform integer in [0, n), from a cryptographic source.
 */
export function releaseComments(
  question: CommentQuestion,
  byRelease: readonly { cutoff: string; texts: readonly string[] }[],
  options: { minCell: number; mask: (text: string) => string; pick: (n: number) => number },
): ReleasedComments {
  const step = commentStep(
    byRelease.map((r) => r.texts.length),
    options.minCell,
  );
  if (step === undefined) return { ...question, shown: false, reason: "too_few_comments" };
  const { cutoff, texts } = byRelease[step]!;
  return { ...question, shown: true, count: texts.length, cutoff, comments: shuffled(texts.map(options.mask), options.pick) };
}

/** Fisher–Yates. */
function shuffled<T>(items: readonly T[], pick: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
