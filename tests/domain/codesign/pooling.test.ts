import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeDecisions } from "@/domain/codesign/merge-decisions.ts";
import { breaksPooling, scoredKeys, undecidedWordingChanges } from "@/domain/codesign/pooling-breaks.ts";
import type { VersionChange } from "@/domain/codesign/types.ts";
import { comparableVersions } from "@/domain/questionnaire/comparability.ts";
import type { QuestionnaireFile } from "@/domain/questionnaire/types.ts";

const file = JSON.parse(readFileSync("surveys/experience-usagers.json", "utf8")) as QuestionnaireFile;
const version = (n: number, slug = file.slug) => ({ slug, version: n, definition: file.survey, scoring: file.scoring });

describe("Pooling versions across recorded decisions", () => {
  const [v1, v2, v3, v4] = [version(1), version(2), version(3), version(4)];

  it("Should pool versions that score alike when no break separates them", () => {
    expect(comparableVersions(v4, [v4, v3, v2, v1])).toEqual([v4, v3, v2, v1]);
  });

  it("Should stop the series at a version recorded as not comparable, in both directions", () => {
    const breaks = [{ slug: file.slug, version: 3 }];
    expect(comparableVersions(v4, [v4, v3, v2, v1], breaks)).toEqual([v4, v3]);
    expect(comparableVersions(v2, [v4, v3, v2, v1], breaks)).toEqual([v2, v1]);
  });

  it("Should ignore breaks of another questionnaire, and pool an easy-to-read variant on its signature", () => {
    const falc = version(1, `${file.slug}-falc`);
    expect(comparableVersions(v4, [v4, v3, falc], [{ slug: "autre", version: 4 }])).toEqual([v4, v3, falc]);
  });

  it("Should count only decisions about something scored as breaks", () => {
    const keys = scoredKeys(file.scoring);
    const scoredItem = file.scoring.dimensions[0]!.items[0]!;
    expect(breaksPooling({ key: `question:${scoredItem}`, comparable: false }, keys)).toBe(true);
    expect(breaksPooling({ key: `question:${scoredItem}`, comparable: true }, keys)).toBe(false);
    expect(breaksPooling({ key: "question:free_comment_not_scored", comparable: false }, keys)).toBe(false);
  });

  it("Should list the wording changes still waiting for a decision", () => {
    const change = (key: string, cls: VersionChange["class"]): VersionChange => ({
      target: { type: "questionnaire" },
      key,
      kind: "reworded",
      aspects: ["title"],
      class: cls,
      scored: true,
    });
    const changes = [change("question:a", "wording"), change("question:b", "wording"), change("question:c", "breaking")];
    expect(undecidedWordingChanges(changes, [{ key: "question:a", comparable: true, note: "" }]).map((c) => c.key)).toEqual(["question:b"]);
  });
});

describe("Merging recorded decisions", () => {
  const d = (key: string, comparable: boolean, note = "") => ({ key, comparable, note });

  it("Should keep decisions made by either side on different changes", () => {
    expect(mergeDecisions([], [d("question:a", true)], [d("question:b", false)])).toEqual({
      ok: true,
      merged: [d("question:a", true), d("question:b", false)],
    });
  });

  it("Should report two different answers to the same change as a conflict", () => {
    expect(mergeDecisions([], [d("question:a", true)], [d("question:a", false)])).toEqual({
      ok: false,
      conflicts: ["decision:question:a"],
    });
  });

  it("Should let a side that did not touch a decision take the other's change or removal", () => {
    expect(mergeDecisions([d("question:a", true)], [d("question:a", true)], [])).toEqual({ ok: true, merged: [] });
    expect(mergeDecisions([d("question:a", true)], [d("question:a", false, "relu")], [d("question:a", true)])).toEqual({
      ok: true,
      merged: [d("question:a", false, "relu")],
    });
  });
});
