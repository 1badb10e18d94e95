import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeDrafts } from "@/domain/codesign/merge-drafts.ts";
import type { DraftContent } from "@/domain/codesign/types.ts";
import type { Localized, QuestionnaireFile } from "@/domain/questionnaire/types.ts";
import { asQuestionnaireFile, surveyArb } from "../../support/arbitraries/surveys.ts";
import {
  baseDraft,
  containers,
  edited,
  find,
  loc,
  merged,
  names,
  placement,
  put,
  question,
  take,
} from "../../support/merge-drafts-fixtures.ts";

// Property-based: random edit scripts on the library's questionnaires and on random surveys with panels.

const LIBRARY: DraftContent[] = readdirSync("surveys")
  .filter((file) => file.endsWith(".json") && file !== "questionnaire.schema.json")
  .sort()
  .map((file) => asDraft(JSON.parse(readFileSync(join("surveys", file), "utf8")) as QuestionnaireFile));

function asDraft(file: QuestionnaireFile): DraftContent {
  return { title: file.title, description: file.description, roles: file.roles, definition: file.survey, scoring: file.scoring };
}

type Side = "mine" | "theirs";

type Edit =
  | { kind: "reword" | "choice" | "delete"; target: number; detail: number }
  | { kind: "move"; target: number; container: number; at: number }
  | { kind: "add"; container: number; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom("reword" as const, "choice" as const, "delete" as const), target: fc.nat(), detail: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), target: fc.nat(), container: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), container: fc.nat(), at: fc.nat() }),
);
const scriptArb = fc.array(editArb, { maxLength: 8 });

/**
 * Applies a script of edits made by `side` to the elements `mayEdit` allows: reword the French title (or
 * text), change a choice's text, delete (elements without children, so that no one else's element goes
 * with them), add a question, move an element to any page or panel.
 */
function applyScript(base: DraftContent, script: Edit[], side: Side, mayEdit: (name: string) => boolean): DraftContent {
  const draft = structuredClone(base);
  let added = 0;
  for (const edit of script) {
    const places = [...containers(draft.definition).keys()];
    if (edit.kind === "add") {
      added += 1;
      const container = places[edit.container % places.length]!;
      put(draft, container, edit.at % (names(draft, container).length + 1), question(`${side}_added_${added}`, `Ajoutée par ${side}`));
      continue;
    }
    const candidates = [...containers(draft.definition).values()]
      .flat()
      .filter((e) => mayEdit(e.name) && (edit.kind !== "delete" || !Array.isArray(e.elements)));
    if (candidates.length === 0) continue;
    const element = candidates[edit.target % candidates.length]!;
    if (edit.kind === "delete") take(draft, element.name);
    else if (edit.kind === "move") {
      take(draft, element.name);
      // A panel only goes to a page: two panels moved into each other would be a real conflict.
      const pages = draft.definition.pages.map((p) => p.name);
      const left = Array.isArray(element.elements) ? pages : [...containers(draft.definition).keys()];
      const container = left[edit.container % left.length]!;
      put(draft, container, edit.at % (names(draft, container).length + 1), element);
    } else if (edit.kind === "choice" && element.choices && element.choices.length > 0) {
      element.choices[edit.detail % element.choices.length]!.text.fr += ` (modifié par ${side})`;
    } else {
      const text = (element.title ?? element["html"]) as Localized | undefined;
      if (text) text.fr += ` (reformulé par ${side}, ${edit.detail})`;
      else element.title = loc(`Titre de ${side}`);
    }
  }
  return draft;
}

/** Every order constraint a side's list sets (see merge-drafts.ts) that the merged draft breaks. */
function brokenOrder(base: DraftContent, side: DraftContent, result: DraftContent): string[] {
  const broken: string[] = [];
  for (const [container, elements] of containers(result.definition)) {
    const inResult = elements.map((e) => e.name);
    const inBase = names(base, container);
    const listed = names(side, container).filter((n) => inResult.includes(n));
    listed.forEach((name, i) => {
      if (!inBase.includes(name)) {
        const before = listed[i - 1];
        if (before !== undefined && inResult.indexOf(before) > inResult.indexOf(name)) broken.push(`${before} < ${name} in ${container}`);
        return;
      }
      for (const later of listed.slice(i + 1)) {
        const swapped = inBase.includes(later) && inBase.indexOf(later) < inBase.indexOf(name);
        if (swapped && inResult.indexOf(later) < inResult.indexOf(name)) broken.push(`${name} < ${later} in ${container}`);
      }
    });
  }
  return broken;
}

const allNames = (...drafts: DraftContent[]) =>
  [...new Set(drafts.flatMap((d) => [...containers(d.definition).values()].flat().map((e) => e.name)))].sort();

/** A base draft: a library questionnaire, or a small random survey with panels. */
const baseArb: fc.Arbitrary<DraftContent> = fc.oneof(
  { arbitrary: fc.constantFrom(...LIBRARY), weight: 3 },
  { arbitrary: surveyArb({ maxPages: 3, maxElements: 4 }).map((survey) => asDraft(asQuestionnaireFile(survey))), weight: 1 },
);

describe("mergeDrafts, for all edit scripts", () => {
  it("Should keep every edit of both sides when they edit disjoint sets of questions", () => {
    fc.assert(
      fc.property(
        baseArb,
        fc.array(fc.constantFrom<Side | "none">("mine", "theirs", "none"), { minLength: 64, maxLength: 64 }),
        scriptArb,
        scriptArb,
        (base, owners, mineScript, theirsScript) => {
          const baseNames = allNames(base);
          const owner = (name: string): Side | "none" => {
            if (name.startsWith("mine_added_")) return "mine";
            if (name.startsWith("theirs_added_")) return "theirs";
            return owners[baseNames.indexOf(name) % owners.length]!;
          };
          const mine = applyScript(base, mineScript, "mine", (name) => owner(name) === "mine");
          const theirs = applyScript(base, theirsScript, "theirs", (name) => owner(name) === "theirs");
          const sides = { mine, theirs, none: base };

          const result = merged(mergeDrafts(base, mine, theirs));
          for (const name of allNames(base, mine, theirs))
            expect(placement(result, name), name).toEqual(placement(sides[owner(name)], name));
          expect(brokenOrder(base, mine, result)).toEqual([]);
          expect(brokenOrder(base, theirs, result)).toEqual([]);
          expect(result.definition.pages.map((p) => p.name)).toEqual(base.definition.pages.map((p) => p.name));
          expect(result.scoring).toEqual(base.scoring);

          // The other way round, the same units end up the same (ties in the order may fall otherwise).
          const swapped = merged(mergeDrafts(base, theirs, mine));
          for (const name of allNames(result, swapped)) expect(placement(swapped, name), name).toEqual(placement(result, name));
        },
      ),
    );
  });

  it("Should merge any two reorderings of a page, keeping every swap and every added question's place", () => {
    const base = edited(baseDraft(), (d) => d.definition.pages[0]!.elements.push(question("q7"), question("q8"), question("q9")));
    const reordering = (side: Side) =>
      fc
        .record({
          kept: fc.shuffledSubarray(names(base, "p1")),
          added: fc.array(fc.nat(), { maxLength: 3 }),
        })
        .map(({ kept, added }) =>
          edited(base, (d) => {
            const page = d.definition.pages[0]!;
            page.elements = kept.map((name) => find(base, name)!);
            added.forEach((at, i) => page.elements.splice(at % (page.elements.length + 1), 0, question(`${side}_added_${i}`)));
          }),
        );
    fc.assert(
      fc.property(reordering("mine"), reordering("theirs"), (mine, theirs) => {
        const result = merged(mergeDrafts(base, mine, theirs));
        expect(brokenOrder(base, mine, result)).toEqual([]);
        expect(brokenOrder(base, theirs, result)).toEqual([]);
        const expected = new Set(
          [...names(mine, "p1"), ...names(theirs, "p1")].filter(
            (n) => n.includes("added") || (names(mine, "p1").includes(n) && names(theirs, "p1").includes(n)),
          ),
        );
        expect(new Set(names(result, "p1"))).toEqual(expected);
      }),
    );
  });

  it("Should give back the one changed side, or the side both made alike", () => {
    fc.assert(
      fc.property(baseArb, scriptArb, (base, script) => {
        const x = applyScript(base, script, "mine", () => true);
        expect(merged(mergeDrafts(base, x, base))).toEqual(x);
        expect(merged(mergeDrafts(base, base, x))).toEqual(x);
        expect(merged(mergeDrafts(base, x, structuredClone(x)))).toEqual(x);
      }),
    );
  });

  it("Should report a conflict, never lose an edit, when both sides edit the same question", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIBRARY), fc.nat(), (base, target) => {
        const name = allNames(base)[target % allNames(base).length]!;
        const mine = edited(base, (d) => (find(d, name)!.visibleIf = "{x} = 1"));
        const theirs = edited(base, (d) => (find(d, name)!.visibleIf = "{x} = 2"));
        expect(mergeDrafts(base, mine, theirs)).toEqual({ ok: false, conflicts: [{ key: `question:${name}`, reason: "both_changed" }] });
      }),
    );
  });
});
