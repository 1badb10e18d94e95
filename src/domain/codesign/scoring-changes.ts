import { higherIsBetter } from "../benchmark/indicator-values.ts";
import type { Dimension, Indicator, Scoring } from "../questionnaire/types.ts";
import { addedOrRemoved, Findings, matched, mostSevere, textChange } from "./diff-findings.ts";
import { arrayOf, byId, isRecord, otherProperties, sameSet, sameValue } from "./diff-values.ts";
import type { ChangeClass, ChangeTarget, VersionChange } from "./types.ts";

/** What changed in the scoring of a questionnaire (D7 of version-diff.ts): scale, dimensions, indicators, mirrors. */

/** D7: a mirrored statement answered by another item breaks its series; one added or removed does not. */
export function mirrorsChange(from: Scoring, to: Scoring): ChangeClass | null {
  const byId = (scoring: Scoring) => {
    const mirrors = new Map<string, unknown>();
    for (const mirror of arrayOf(scoring?.mirrors))
      if (isRecord(mirror) && !mirrors.has(String(mirror.id))) mirrors.set(String(mirror.id), mirror);
    return mirrors;
  };
  const classes: ChangeClass[] = [];
  for (const { before, after } of matched(byId(from), byId(to))) {
    if (!before || !after) classes.push("cosmetic");
    else if (!sameValue(before, after)) classes.push("breaking");
  }
  return mostSevere(classes) ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// D7 Scoring

export function scaleChanges(from: Scoring, to: Scoring): VersionChange[] {
  const scale = (scoring: Scoring) => ({ min: scoring?.scale?.min, max: scoring?.scale?.max });
  const findings = new Findings();
  if (!sameValue(scale(from), scale(to))) findings.note("scale", "breaking");
  findings.noteResidual(from?.scale, to?.scale);
  return findings.toChange({ type: "scale" }, true, from?.scale, to?.scale);
}

const DIMENSION_ASPECT_PROPERTIES = new Set(["id", "title", "description", "items", "reverse"]);

export function dimensionChanges(from: Scoring, to: Scoring): VersionChange[] {
  const changes: VersionChange[] = [];
  for (const { key: id, before: a, after: b } of matched(byId<Dimension>(from?.dimensions), byId<Dimension>(to?.dimensions))) {
    const target: ChangeTarget = { type: "dimension", id };
    if (!a && b) changes.push(addedOrRemoved(target, "added", "breaking", true, b));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", "breaking", true, a));
    else if (a && b) {
      const findings = new Findings();
      // The order of items does not enter a mean; which items do.
      findings.note("items", sameSet(a.items, b.items) ? null : "breaking");
      findings.note("reverse", sameSet(a.reverse, b.reverse) ? null : "breaking");
      findings.note("title", textChange(a.title, b.title));
      findings.note("description", textChange(a.description, b.description));
      // D9: the direction and source of a dimension say how to read it, not what it measures. An
      // indicator inheriting the direction reports it as its own change (D7).
      if (!sameValue(otherProperties(a, DIMENSION_ASPECT_PROPERTIES), otherProperties(b, DIMENSION_ASPECT_PROPERTIES)))
        findings.note("other", "cosmetic");
      findings.noteResidual(a, b);
      changes.push(...findings.toChange(target, true, a, b));
    }
  }
  return changes;
}

const INDICATOR_DEFINITION = ["kind", "dimension", "threshold", "item", "atLeast"] as const;
const INDICATOR_ASPECT_PROPERTIES = new Set(["id", "title", "description", ...INDICATOR_DEFINITION, "values", "exclude", "higherIsBetter"]);

export function indicatorChanges(from: Scoring, to: Scoring): VersionChange[] {
  const dimensions = (scoring: Scoring) => arrayOf<Dimension>(scoring?.dimensions).filter(isRecord);
  const changes: VersionChange[] = [];
  for (const { key: id, before: a, after: b } of matched(byId<Indicator>(from?.indicators), byId<Indicator>(to?.indicators))) {
    const target: ChangeTarget = { type: "indicator", id };
    if (!a && b) changes.push(addedOrRemoved(target, "added", "cosmetic", true, b));
    else if (a && !b) changes.push(addedOrRemoved(target, "removed", "cosmetic", true, a));
    else if (a && b) {
      const findings = new Findings();
      const ra = a as unknown as Record<string, unknown>;
      const rb = b as unknown as Record<string, unknown>;
      const definitionChanged =
        INDICATOR_DEFINITION.some((property) => !sameValue(ra[property], rb[property])) ||
        !sameSet(ra["values"], rb["values"]) ||
        !sameSet(ra["exclude"], rb["exclude"]) ||
        higherIsBetter(a, dimensions(from)) !== higherIsBetter(b, dimensions(to));
      findings.note("definition", definitionChanged ? "breaking" : null);
      findings.note("title", textChange(a.title, b.title));
      findings.note("description", textChange(a.description, b.description));
      if (!sameValue(otherProperties(a, INDICATOR_ASPECT_PROPERTIES), otherProperties(b, INDICATOR_ASPECT_PROPERTIES)))
        findings.note("other", "cosmetic");
      findings.noteResidual(a, b);
      changes.push(...findings.toChange(target, true, a, b));
    }
  }
  return changes;
}

/** The names of the questions the figures rest on: dimension items and item indicators. */
export function scoredNames(scoring: Scoring): string[] {
  const names: string[] = [];
  for (const dimension of arrayOf<Dimension>(scoring?.dimensions)) {
    if (!isRecord(dimension)) continue;
    names.push(...arrayOf(dimension.items).map(String), ...arrayOf(dimension.reverse).map(String));
  }
  for (const indicator of arrayOf<Indicator>(scoring?.indicators)) {
    if (isRecord(indicator) && "item" in indicator && indicator.item !== undefined) names.push(String(indicator.item));
  }
  return names;
}
