import type { Dimension, Indicator } from "../questionnaire/types.ts";
import { dimensionTree, indicatorTree, listItems, surveyPages, surveyTree } from "./draft-trees.ts";
import { mergeTree } from "./merge-trees.ts";
import { mergeValue, same, type DraftConflict } from "./merge-values.ts";
import type { DraftContent } from "./types.ts";

export type { DraftConflict } from "./merge-values.ts";

/**
 * Three-way merge of a draft edited by two co-researchers at once: `base` is the revision the editor started
 * from, `mine` what the editor now sends, `theirs` what someone else saved meanwhile.
 *
 * Method. The draft is cut into units, each merged on its own by the usual three-way rule on canonical JSON
 * (one side equal to base: take the other; both equal: take it; otherwise a conflict), so that two people
 * working on different questions never block each other, while no edit is ever dropped without a word:
 * every difference from base, on either side, is in the result or named in a conflict.
 * - a question or other element, by name ("question:q3"): its content (everything but the `elements` of a
 *   panel) and its container (which page or panel). Content and container are compared apart, so a question
 *   moved on one side and reworded on the other keeps both edits. Removed on one side and changed (content or
 *   container) on the other: `changed_and_removed`.
 * - a page, by name ("page:p1"): its own properties (title, description, visibleIf… — not its elements);
 * - a dimension ("dimension:hope") or an indicator ("indicator:x"), by id;
 * - the scale ("scale");
 * - "questionnaire": title, description, roles, the survey's properties other than its pages and the scoring's
 *   other than scale, dimensions and indicators (the mirrored items): the rest of the draft, as one unit.
 * Panels are merged recursively: a panel is an element like the others, and its `elements` list a container
 * like a page's. Within a unit, when both sides changed it, the rule is applied again property by property,
 * down through plain objects (a title's French and English apart); lists (choices, rows, a dimension's items)
 * and the scale stay whole. Only the same property changed differently on both sides is a conflict.
 *
 * Order within a list (a page's or panel's elements, the pages, the dimensions, the indicators). A list's
 * order cannot be pinned on single elements — from two lists alone one cannot tell whether `a` moved after
 * `b` or `b` before `a` — so what each side did to it is kept as constraints the result satisfies: every pair
 * of elements already in the list in base whose order that side swapped, and every element it brought into
 * the list after its nearest predecessor there on that side. Swaps only ever reverse base's order, so the two
 * sides' swaps never contradict each other and a reordering never conflicts. Between the constraints, the
 * order is that of the customary sequence merge: theirs' list, less what mine removed or moved, with each
 * element mine added or moved inserted right after its nearest predecessor in mine (or first).
 * An element new to a list on both sides (both added it, or both moved it into the same page or panel) is
 * placed twice: it conflicts when the two put it after different elements (judged by the nearest one already
 * in base), or when two such elements come in opposite orders. Order conflicts are reported on the element's
 * key, "pages" for a page. A reordering does not conflict with a removal of the same element: a swap with
 * something gone has nothing left to keep.
 *
 * Limits: element names (pages' names, dimension and indicator ids) are assumed unique, as
 * check-questionnaire requires; a name used twice on any side is reported as a `both_changed` conflict
 * rather than guessed at. Two edits of one list (a choice added on each side) conflict. The merge looks at structure,
 * not meaning: a clean merge can still be an invalid questionnaire (a dimension listing a question the other
 * side removed, a condition reading it), so the result is checked like any draft before it is saved.
 *
 * @example
 * const result = mergeDrafts(savedRevision, sentByEditor, currentDraft);
 * if (result.ok) save(result.merged);
 * else showConflicts(result.conflicts); // [{ key: "question:q3", reason: "both_changed" }]
 */
export function mergeDrafts(base: DraftContent, mine: DraftContent, theirs: DraftContent): MergeResult {
  if (same(mine, base) || same(mine, theirs)) return { ok: true, merged: structuredClone(theirs) };
  if (same(theirs, base)) return { ok: true, merged: structuredClone(mine) };

  const conflicts = new Map<string, DraftConflict["reason"]>();
  const own = mergeValue("questionnaire", ownFields(base), ownFields(mine), ownFields(theirs), conflicts);
  // A scale is one thing: its minimum and maximum are never taken from different people.
  const scale = mergeValue("scale", base.scoring.scale, mine.scoring.scale, theirs.scoring.scale, conflicts, { whole: true });
  const pageOrderKey = (key: string) => (key.startsWith("page:") ? "pages" : key);
  const survey = mergeTree(
    surveyTree(base.definition),
    surveyTree(mine.definition),
    surveyTree(theirs.definition),
    pageOrderKey,
    conflicts,
  );
  const dimensions = mergeTree(dimensionTree(base), dimensionTree(mine), dimensionTree(theirs), (key) => key, conflicts);
  const indicators = mergeTree(indicatorTree(base), indicatorTree(mine), indicatorTree(theirs), (key) => key, conflicts);

  if (conflicts.size > 0) {
    const sorted = [...conflicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { ok: false, conflicts: sorted.map(([key, reason]) => ({ key, reason })) };
  }
  const { definition, scoring, ...fields } = own;
  return {
    ok: true,
    merged: structuredClone({
      ...fields,
      definition: { ...definition, pages: surveyPages(survey) },
      scoring: { scale, dimensions: listItems<Dimension>(dimensions), indicators: listItems<Indicator>(indicators), ...scoring },
    }),
  };
}

export type MergeResult = { ok: true; merged: DraftContent } | { ok: false; conflicts: DraftConflict[] };

/** The "questionnaire" unit: everything of the draft that no other unit holds. */
function ownFields(draft: DraftContent) {
  const { definition, scoring, ...fields } = draft;
  const { pages: _pages, ...survey } = definition;
  const { scale: _scale, dimensions: _dimensions, indicators: _indicators, ...rest } = scoring;
  return { ...fields, definition: survey, scoring: rest };
}
