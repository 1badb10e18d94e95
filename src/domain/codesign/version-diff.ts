import { Findings, otherChange, textChange } from "./diff-findings.ts";
import { otherProperties, sameValue } from "./diff-values.ts";
import { elementChanges, pageChanges } from "./question-changes.ts";
import { dimensionChanges, indicatorChanges, mirrorsChange, scaleChanges, scoredNames } from "./scoring-changes.ts";
import type { ChangeClass, DraftContent, VersionChange } from "./types.ts";

/**
 * What changed between two versions of a questionnaire, and whether results stay comparable.
 *
 * Co-researchers read this diff before approving a version; benchmarks use it to decide which versions
 * pool together. Each change is classed by the weakest guarantee it leaves (types.ts): `cosmetic` (no
 * answer can differ), `wording` (what is asked may be understood differently: the co-researchers decide,
 * and record, whether results stay comparable) or `breaking` (answers are not on the same footing).
 *
 * D1 Targets. Elements (questions, and also html blocks and panels) are matched by `name`, pages by name,
 *    dimensions and indicators by id. A target gets at most one change, listing every aspect that changed;
 *    its class is the most severe of its aspects' (cosmetic < wording < breaking). A name used twice in one
 *    version (a draft being edited may hold that) is matched on its first use.
 * D2 Texts (titles, descriptions, the texts of choices, rows, columns and rating values, rating end labels,
 *    yes/no labels, an html block's text) are judged on their French, the reference language. A French
 *    text changed only typographically (text-normalisation.ts), or an English-only change (a translation
 *    fix), is `cosmetic`; any other change of the French is `wording`. Adding or removing a text is judged
 *    the same way, against the empty text.
 * D3 What an answer can be. A changed question type, text input type (text or number), list of choice
 *    values, of matrix rows or columns, or of rating values is `breaking`. A value list differs when its
 *    sequence differs, reordering included: respondents see the order, and order effects on answers are
 *    well documented (Krosnick & Alwin, Public Opinion Quarterly 1987;51:201–219). The values of 1 and "1"
 *    differ: they are stored as given. A rating's values are those it offers (`rateValues` if given, else
 *    rateMin to rateMax by rateStep), so spelling out the default scale is not a change of scale.
 * D4 Who is asked, and how firmly. A changed condition of the question's own or inherited from its page
 *    and panels (compared with white space collapsed), or a changed `isRequired` / `isAllRowRequired`, is
 *    `wording`: the same question may reach, or hold, other respondents; the co-researchers judge it.
 *    Changed limits (min, max, maxLength, min/maxSelectedChoices) are `wording` too.
 * D5 Position. A question that changed page or panel, or whose order among the questions kept on its page
 *    changed, is `moved`, `cosmetic`; so is a page whose order among the pages changed (its questions are
 *    not reported for it). Of several that could be said to have moved (two swapped), the fewest are named,
 *    ties broken by name, so that the diff from A to B and from B to A name the same ones.
 * D6 Added or removed. A question added or removed is `breaking` when it is scored (an item of a
 *    dimension, or the item of an indicator) in either version: the figures rest on other answers. Else it
 *    is `cosmetic`: the answers to the other questions are untouched. Pages are always `cosmetic`: the
 *    questions on them carry their own changes, page conditions included (D4).
 * D7 Scoring. A changed scale, a dimension added or removed, or a changed set of items or reverse items is
 *    `breaking`. An indicator added or removed is `cosmetic` (a figure appears or goes; older data are
 *    untouched); a changed definition (kind, dimension, threshold, item, values, atLeast, exclude, or its
 *    direction, its own or inherited from its dimension) is `breaking`. A mirrored item (the item standing
 *    for a statement shared across questionnaires) that points to another item is `breaking`, one added
 *    or removed `cosmetic`; it is reported on the questionnaire, which holds the mapping.
 * D8 Roles. Changed respondent roles are `wording`: the same questions are put to other people.
 * D9 Anything else (layout such as colCount or startWithNewLine, placeholders, survey settings, a
 *    dimension's source or direction, a property this file does not know) is `cosmetic`, aspect `other`:
 *    no change goes unreported, and none that D1–D8 do not name is taken to touch the answers; D10 excepted.
 * D10 Information texts and markup. An html block's text, and any survey setting holding HTML (completedHtml
 *    and the like), is an information text: respondents read it as the questionnaire speaking to them, and
 *    it can carry instructions. Any change of it, typographic or English-only included, is `wording`, and
 *    so is an html block added or removed. A text that carries markup (HTML, or a markdown link or image,
 *    in either language, before or after) changes what is shown beyond its words: any change of it is
 *    `wording`, and so is a question, panel or page added or removed with such a text, or a D9 property
 *    holding one. The markup itself is cleaned before anything is stored (safe-content.ts); the diff makes
 *    sure the co-researchers decide on what remains.
 */

/**
 * @example
 * summarizeDiff(diffVersions(v1, v2)) // → { cosmetic: 3, wording: 1, breaking: 0 }
 */
export function summarizeDiff(changes: readonly VersionChange[]): Record<ChangeClass, number> {
  const summary: Record<ChangeClass, number> = { cosmetic: 0, wording: 0, breaking: 0 };
  for (const change of changes) summary[change.class] += 1;
  return summary;
}

/**
 * The changes from one version to the next, in a fixed order: the questionnaire, then elements in the
 * order of `to` (removed ones after, in the order of `from`), pages likewise, the scale, dimensions and
 * indicators. Identical versions give [].
 * @example
 * diffVersions(v1, { ...v1, roles: ["patient", "peer_worker"] })
 * // → [{ key: "questionnaire", kind: "changed", aspects: ["roles"], class: "wording", … }]
 */
export function diffVersions(from: DraftContent, to: DraftContent): VersionChange[] {
  const scored = new Set([...scoredNames(from.scoring), ...scoredNames(to.scoring)]);
  return [
    ...questionnaireChanges(from, to),
    ...elementChanges(from.definition, to.definition, scored),
    ...pageChanges(from.definition, to.definition),
    ...scaleChanges(from.scoring, to.scoring),
    ...dimensionChanges(from.scoring, to.scoring),
    ...indicatorChanges(from.scoring, to.scoring),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// The questionnaire as a whole

function questionnaireChanges(from: DraftContent, to: DraftContent): VersionChange[] {
  const findings = new Findings();
  findings.note("title", textChange(from.title, to.title));
  findings.note("description", textChange(from.description, to.description));
  // D8: roles are a set; their order is D9's.
  const roles = (content: DraftContent) => [...new Set((Array.isArray(content.roles) ? content.roles : []).map(String))].sort();
  if (!sameValue(roles(from), roles(to))) findings.note("roles", "wording");
  findings.note("definition", mirrorsChange(from.scoring, to.scoring));
  // D9: survey settings (progress bar, completion text…), unknown scoring or draft properties.
  // D10: a completion text (completedHtml…) is an information text.
  findings.note(
    "other",
    otherChange(otherProperties(from.definition, new Set(["pages"])), otherProperties(to.definition, new Set(["pages"]))),
  );
  const scoringHandled = new Set(["scale", "dimensions", "indicators", "mirrors"]);
  if (!sameValue(otherProperties(from.scoring, scoringHandled), otherProperties(to.scoring, scoringHandled)))
    findings.note("other", "cosmetic");
  const contentHandled = new Set(["title", "description", "roles", "definition", "scoring"]);
  if (!sameValue(otherProperties(from, contentHandled), otherProperties(to, contentHandled))) findings.note("other", "cosmetic");
  findings.noteResidual(from.roles, to.roles);
  const summary = (content: DraftContent) => ({ title: content.title, description: content.description, roles: content.roles });
  return findings.toChange({ type: "questionnaire" }, false, summary(from), summary(to));
}
