import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseTypography, sameWording } from "@/domain/codesign/text-normalisation.ts";
import type { DraftContent, VersionChange } from "@/domain/codesign/types.ts";
import { changeClassOrder, mostSevere } from "@/domain/codesign/diff-findings.ts";
import { diffVersions, summarizeDiff } from "@/domain/codesign/version-diff.ts";
import { listElements, listQuestions } from "@/domain/questionnaire/survey-elements.ts";
import type { ChoiceItem, Localized, QuestionnaireFile, SurveyElement } from "@/domain/questionnaire/types.ts";
import { asQuestionnaireFile, surveyArb } from "../../support/arbitraries/surveys.ts";

// ---------------------------------------------------------------------------------------------------------
// Fixtures

const t = (fr: string, en = `EN ${fr}`): Localized => ({ fr, en });
const choice = (value: string | number, fr: string): ChoiceItem => ({ value, text: t(fr) });
const agree = () => [
  choice(1, "Pas du tout d'accord"),
  choice(2, "Plutôt pas d'accord"),
  choice(3, "Ni l'un ni l'autre"),
  choice(4, "Plutôt d'accord"),
  choice(5, "Tout à fait d'accord"),
];

/** A small questionnaire with one element of each kind the diff reads, a panel, conditions and scoring. */
function baseDraft(): DraftContent {
  return {
    title: t("Questionnaire d'essai"),
    description: t("Pour les tests"),
    roles: ["patient"],
    definition: {
      showProgressBar: "top",
      pages: [
        {
          name: "p1",
          title: t("Première page"),
          elements: [
            { type: "html", name: "intro", html: t("<p>Bonjour</p>") },
            { type: "radiogroup", name: "q1", title: t("L'accompagnement m'aide."), isRequired: true, choices: agree() },
            { type: "radiogroup", name: "q2", title: t("Je me sens écouté."), choices: agree() },
            {
              type: "rating",
              name: "r1",
              title: t("Votre note"),
              rateMax: 5,
              minRateDescription: t("Pas du tout"),
              maxRateDescription: t("Tout à fait"),
            },
          ],
        },
        {
          name: "p2",
          title: t("Deuxième page"),
          visibleIf: "{q1} > 2",
          elements: [
            {
              type: "checkbox",
              name: "c1",
              title: t("Ce qui vous aide"),
              choices: [choice("a", "Les pairs"), choice("b", "La famille"), choice("c", "Autre")],
            },
            { type: "boolean", name: "b1", title: t("Avez-vous un suivi ?"), labelTrue: t("Oui"), labelFalse: t("Non") },
            {
              type: "panel",
              name: "grp",
              visibleIf: "{b1} = true",
              elements: [
                {
                  type: "matrix",
                  name: "m1",
                  title: t("Grille"),
                  rows: [choice("r1", "Ligne 1"), choice("r2", "Ligne 2")],
                  columns: [choice(1, "Jamais"), choice(2, "Souvent")],
                },
                { type: "text", name: "age", title: t("Votre âge"), inputType: "number", min: 16, max: 120 },
              ],
            },
            { type: "comment", name: "free", title: t("Un commentaire ?"), maxLength: 500 },
          ],
        },
      ],
    },
    scoring: {
      scale: { min: 1, max: 5 },
      dimensions: [{ id: "help", title: t("Aide"), items: ["q1", "q2", "r1"], reverse: ["q2"], source: "essai" }],
      indicators: [
        { id: "help_score", title: t("Score d'aide"), kind: "score", dimension: "help" },
        { id: "help_high", title: t("Part aidée"), kind: "proportion", dimension: "help", threshold: 75 },
        { id: "followed", title: t("Part suivie"), kind: "proportion", item: "b1", values: [true] },
      ],
    },
  };
}

const toDraft = (file: QuestionnaireFile): DraftContent => ({
  title: file.title,
  description: file.description,
  roles: file.roles,
  definition: file.survey,
  scoring: file.scoring,
});

const surveysDir = new URL("../../../surveys/", import.meta.url);
const library: { file: string; draft: DraftContent }[] = readdirSync(surveysDir)
  .filter((f) => f.endsWith(".json") && f !== "questionnaire.schema.json")
  .sort()
  .map((file) => ({ file, draft: toDraft(JSON.parse(readFileSync(new URL(file, surveysDir), "utf8")) as QuestionnaireFile) }));
const usagers = () => structuredClone(library.find((q) => q.file === "experience-usagers.json")!.draft);

/** A deep copy of `draft`, changed by `change`. */
function edit(draft: DraftContent, change: (d: DraftContent) => void): DraftContent {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
}

function el(draft: DraftContent, name: string): SurveyElement {
  const found = listElements(draft.definition).find((e) => e.name === name);
  if (!found) throw new Error(`no element "${name}"`);
  return found;
}

/** Takes an element out of wherever it sits (page or panel) and returns it. */
function detach(draft: DraftContent, name: string): SurveyElement {
  const take = (elements: SurveyElement[]): SurveyElement | undefined => {
    const i = elements.findIndex((e) => e.name === name);
    if (i >= 0) return elements.splice(i, 1)[0];
    for (const e of elements) {
      const found = e.elements ? take(e.elements) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  for (const page of draft.definition.pages) {
    const found = take(page.elements);
    if (found) return found;
  }
  throw new Error(`no element "${name}"`);
}

function only(changes: VersionChange[]): VersionChange {
  expect(changes).toHaveLength(1);
  return changes[0]!;
}

const byKey = (changes: VersionChange[]) => new Map(changes.map((c) => [c.key, c]));

// ---------------------------------------------------------------------------------------------------------
// Hand-built pairs, one rule at a time

describe("diffVersions: texts (D2)", () => {
  it("Should find no change between a version and itself or its deep copy", () => {
    const draft = baseDraft();
    expect(diffVersions(draft, draft)).toEqual([]);
    expect(diffVersions(draft, structuredClone(draft))).toEqual([]);
  });

  it("Should class an English-only fix as cosmetic", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").title = t("Je me sens écouté.", "I feel heard.")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:q2",
      kind: "reworded",
      aspects: ["title"],
      class: "cosmetic",
      scored: true,
    });
  });

  it("Should class curly apostrophes, no-break spaces and guillemets as cosmetic", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "q1").title = t("L’accompagnement m’aide.", "EN L'accompagnement m'aide.");
      el(d, "b1").title = t("Avez-vous un suivi\u202F?", "EN Avez-vous un suivi ?");
      el(d, "free").title = t("Un commentaire ? ", "EN Un commentaire ?");
    });
    const changes = diffVersions(baseDraft(), after);
    expect(changes.map((c) => [c.key, c.kind, c.class])).toEqual([
      ["question:q1", "reworded", "cosmetic"],
      ["question:b1", "reworded", "cosmetic"],
      ["question:free", "reworded", "cosmetic"],
    ]);
  });

  it("Should class a French rewording as wording, kind reworded", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").title = t("Je me sens entendu.", "EN Je me sens écouté.")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:q2",
      kind: "reworded",
      aspects: ["title"],
      class: "wording",
    });
  });

  it("Should class a change of case as wording, not typography", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").title = t("je me sens écouté.")));
    expect(only(diffVersions(baseDraft(), after)).class).toBe("wording");
  });

  it("Should class a description added as wording", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").description = t("Au cours du dernier mois.")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ kind: "reworded", aspects: ["description"], class: "wording" });
  });

  it("Should class the text of a choice changed alone as wording, kind reworded", () => {
    const after = edit(baseDraft(), (d) => (el(d, "c1").choices![1]!.text = t("Mes proches")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:c1",
      kind: "reworded",
      aspects: ["choice_texts"],
      class: "wording",
      scored: false,
    });
  });

  it("Should judge the texts of rows, columns, rating labels and yes/no labels by the same rule", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "m1").rows![0]!.text = t("Première ligne");
      el(d, "m1").columns![1]!.text = t("Souvent", "Frequently");
      el(d, "r1")["maxRateDescription"] = t("Tout à fait !");
      el(d, "b1")["labelTrue"] = t("Oui, un suivi");
    });
    const changes = byKey(diffVersions(baseDraft(), after));
    expect(changes.get("question:m1")).toMatchObject({ kind: "reworded", aspects: ["row_texts", "column_texts"], class: "wording" });
    expect(changes.get("question:r1")).toMatchObject({ kind: "reworded", aspects: ["scale_labels"], class: "wording" });
    expect(changes.get("question:b1")).toMatchObject({ kind: "reworded", aspects: ["choice_texts"], class: "wording" });
  });

  it("Should judge an html block's text like a description", () => {
    const after = edit(baseDraft(), (d) => (el(d, "intro")["html"] = t("<p>Bienvenue</p>")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:intro",
      kind: "reworded",
      aspects: ["description"],
      class: "wording",
      scored: false,
    });
  });
});

describe("diffVersions: what an answer can be (D3)", () => {
  it("Should class a choice added as breaking", () => {
    const after = edit(baseDraft(), (d) => el(d, "c1").choices!.push(choice("d", "Les soignants")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:c1",
      kind: "changed",
      aspects: ["choices"],
      class: "breaking",
    });
  });

  it("Should class choices reordered as breaking", () => {
    const after = edit(baseDraft(), (d) => el(d, "q1").choices!.reverse());
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:q1",
      aspects: ["choices"],
      class: "breaking",
      scored: true,
    });
  });

  it('Should tell the value 1 from the value "1"', () => {
    const after = edit(baseDraft(), (d) => (el(d, "q1").choices![0]!.value = "1"));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ aspects: ["choices"], class: "breaking" });
  });

  it("Should class a changed rateMax as breaking, aspect scale", () => {
    const after = edit(baseDraft(), (d) => (el(d, "r1").rateMax = 7));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:r1",
      kind: "changed",
      aspects: ["scale"],
      class: "breaking",
    });
  });

  it("Should not call the default scale spelled out, or as rateValues, a change of scale", () => {
    const spelled = edit(baseDraft(), (d) => Object.assign(el(d, "r1"), { rateMin: 1, rateStep: 1 }));
    expect(only(diffVersions(baseDraft(), spelled))).toMatchObject({ aspects: ["other"], class: "cosmetic" });
    const listed = edit(baseDraft(), (d) => (el(d, "r1").rateValues = [1, 2, 3, 4, 5].map((v) => choice(v, String(v)))));
    expect(only(diffVersions(baseDraft(), listed))).toMatchObject({ class: "cosmetic" });
    const asText = edit(listed, (d) => (el(d, "r1").rateValues![0]!.value = "1"));
    expect(only(diffVersions(listed, asText))).toMatchObject({ aspects: ["scale"], class: "breaking" });
  });

  it("Should class a changed type, or text input type, as breaking", () => {
    const retyped = edit(baseDraft(), (d) => (el(d, "q2").type = "dropdown"));
    expect(only(diffVersions(baseDraft(), retyped))).toMatchObject({
      key: "question:q2",
      kind: "changed",
      aspects: ["type"],
      class: "breaking",
    });
    const input = edit(baseDraft(), (d) => {
      const age = el(d, "age");
      delete age.inputType;
      delete age.min;
      delete age.max;
    });
    expect(only(diffVersions(baseDraft(), input))).toMatchObject({ key: "question:age", aspects: ["type", "limits"], class: "breaking" });
  });

  it("Should class matrix rows or columns changed as breaking", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "m1").rows!.push(choice("r3", "Ligne 3"));
      el(d, "m1").columns!.pop();
    });
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ aspects: ["rows", "columns"], class: "breaking" });
  });
});

describe("diffVersions: who is asked, and how firmly (D4)", () => {
  it("Should class a changed visibleIf as wording, aspect conditions", () => {
    const after = edit(baseDraft(), (d) => (el(d, "free").visibleIf = "{b1} = false"));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:free",
      kind: "changed",
      aspects: ["conditions"],
      class: "wording",
    });
  });

  it("Should report a page's condition on each element of the page, and not on the page", () => {
    const after = edit(baseDraft(), (d) => (d.definition.pages[1]!.visibleIf = "{q1} > 3"));
    const changes = diffVersions(baseDraft(), after);
    expect(changes.map((c) => c.key)).toEqual(["question:c1", "question:b1", "question:m1", "question:age", "question:free"]);
    expect(changes.every((c) => c.class === "wording" && c.aspects.join() === "conditions")).toBe(true);
  });

  it("Should report a panel's condition on the elements inside it", () => {
    const after = edit(baseDraft(), (d) => delete el(d, "grp").visibleIf);
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.aspects.join()])).toEqual([
      ["question:m1", "conditions"],
      ["question:age", "conditions"],
    ]);
  });

  it("Should take a condition respaced for the same condition (cosmetic)", () => {
    const after = edit(baseDraft(), (d) => (d.definition.pages[1]!.visibleIf = "{q1}  >  2 "));
    expect(diffVersions(baseDraft(), after)).toEqual([]);
    const own = edit(baseDraft(), (d) => (el(d, "grp").visibleIf = " {b1} =  true"));
    expect(diffVersions(baseDraft(), own)).toEqual([]);
    const question = edit(baseDraft(), (d) => (el(d, "free").visibleIf = "{b1}  = true"));
    const respaced = edit(baseDraft(), (d) => (el(d, "free").visibleIf = "{b1} = true"));
    expect(only(diffVersions(question, respaced))).toMatchObject({ aspects: ["other"], class: "cosmetic" });
  });

  it("Should class a required flag changed as wording", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "q1").isRequired = false;
      el(d, "m1").isAllRowRequired = true;
    });
    const changes = diffVersions(baseDraft(), after);
    expect(changes.map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["question:q1", "required", "wording"],
      ["question:m1", "required", "wording"],
    ]);
  });

  it("Should class changed limits as wording", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "free").maxLength = 300;
      el(d, "c1").maxSelectedChoices = 2;
    });
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["question:c1", "limits", "wording"],
      ["question:free", "limits", "wording"],
    ]);
  });
});

describe("diffVersions: position, additions and removals (D5, D6)", () => {
  it("Should report a question moved to another page as moved, cosmetic", () => {
    const after = edit(baseDraft(), (d) => d.definition.pages[1]!.elements.push(detach(d, "r1")));
    // r1 leaves page 1 for page 2: it now inherits page 2's condition too.
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:r1",
      kind: "changed",
      aspects: ["conditions", "position"],
      class: "wording",
    });
    const unconditioned = edit(baseDraft(), (d) => delete d.definition.pages[1]!.visibleIf);
    const moved = edit(unconditioned, (d) => d.definition.pages[1]!.elements.push(detach(d, "r1")));
    expect(only(diffVersions(unconditioned, moved))).toMatchObject({
      key: "question:r1",
      kind: "moved",
      aspects: ["position"],
      class: "cosmetic",
    });
  });

  it("Should name one question, the same both ways, when two are swapped", () => {
    const after = edit(baseDraft(), (d) => {
      const page = d.definition.pages[0]!.elements;
      [page[1], page[2]] = [page[2]!, page[1]!];
    });
    const forward = only(diffVersions(baseDraft(), after));
    const backward = only(diffVersions(after, baseDraft()));
    // Either could be said to have moved; q1 comes first by name, so q1 stays and q2 is named.
    expect(forward).toMatchObject({ key: "question:q2", kind: "moved", class: "cosmetic" });
    expect(backward.key).toBe(forward.key);
  });

  it("Should name only the question moved, not those it jumped over", () => {
    const after = edit(baseDraft(), (d) => d.definition.pages[0]!.elements.unshift(detach(d, "r1")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "question:r1", kind: "moved" });
  });

  it("Should class a scored question added or removed as breaking, an unscored one as cosmetic", () => {
    const scored = edit(baseDraft(), (d) => {
      d.definition.pages[0]!.elements.push({ type: "rating", name: "r2", title: t("Autre note") });
      d.scoring.dimensions[0]!.items.push("r2");
    });
    expect(byKey(diffVersions(baseDraft(), scored)).get("question:r2")).toEqual({
      target: { type: "question", name: "r2" },
      key: "question:r2",
      kind: "added",
      aspects: [],
      class: "breaking",
      scored: true,
      after: el(scored, "r2"),
    });
    const unscored = edit(baseDraft(), (d) =>
      d.definition.pages[0]!.elements.push({ type: "comment", name: "more", title: t("Autre chose ?") }),
    );
    expect(only(diffVersions(baseDraft(), unscored))).toMatchObject({
      key: "question:more",
      kind: "added",
      class: "cosmetic",
      scored: false,
    });
    const removed = edit(baseDraft(), (d) => detach(d, "b1"));
    // b1 is the item of an indicator.
    expect(only(diffVersions(baseDraft(), removed))).toEqual({
      target: { type: "question", name: "b1" },
      key: "question:b1",
      kind: "removed",
      aspects: [],
      class: "breaking",
      scored: true,
      before: el(baseDraft(), "b1"),
    });
  });

  it("Should class a page added or removed as cosmetic, and its title by the text rule", () => {
    const added = edit(baseDraft(), (d) =>
      d.definition.pages.push({ name: "p3", title: t("Merci"), elements: [{ type: "html", name: "thanks", html: t("Merci !") }] }),
    );
    expect(diffVersions(baseDraft(), added).map((c) => [c.key, c.kind, c.class])).toEqual([
      ["question:thanks", "added", "cosmetic"],
      ["page:p3", "added", "cosmetic"],
    ]);
    const retitled = edit(baseDraft(), (d) => (d.definition.pages[0]!.title = t("Page un")));
    expect(only(diffVersions(baseDraft(), retitled))).toMatchObject({
      key: "page:p1",
      kind: "reworded",
      aspects: ["title"],
      class: "wording",
      scored: false,
    });
  });

  it("Should report pages swapped as one page moved, not every question on them", () => {
    const after = edit(baseDraft(), (d) => d.definition.pages.reverse());
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "page:p2",
      kind: "moved",
      aspects: ["position"],
      class: "cosmetic",
      scored: false,
    });
  });
});

describe("diffVersions: scoring (D7), roles (D8), the rest (D9)", () => {
  it("Should class a changed set of dimension items as breaking, their order alone as cosmetic", () => {
    const after = edit(baseDraft(), (d) => d.scoring.dimensions[0]!.items.pop());
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "dimension:help",
      kind: "changed",
      aspects: ["items"],
      class: "breaking",
      scored: true,
    });
    const reordered = edit(baseDraft(), (d) => d.scoring.dimensions[0]!.items.reverse());
    expect(only(diffVersions(baseDraft(), reordered))).toMatchObject({ key: "dimension:help", aspects: ["other"], class: "cosmetic" });
  });

  it("Should class changed reverse items as breaking", () => {
    const after = edit(baseDraft(), (d) => (d.scoring.dimensions[0]!.reverse = []));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "dimension:help", aspects: ["reverse"], class: "breaking" });
  });

  it("Should class a dimension added or removed as breaking", () => {
    const after = edit(baseDraft(), (d) => d.scoring.dimensions.push({ id: "more", title: t("Plus"), items: ["c1"], source: "essai" }));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "dimension:more", kind: "added", class: "breaking", scored: true });
    expect(only(diffVersions(after, baseDraft()))).toMatchObject({ key: "dimension:more", kind: "removed", class: "breaking" });
  });

  it("Should class a changed indicator threshold as breaking, aspect definition", () => {
    const after = edit(baseDraft(), (d) => Object.assign(d.scoring.indicators[1]!, { threshold: 50 }));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "indicator:help_high",
      kind: "changed",
      aspects: ["definition"],
      class: "breaking",
      scored: true,
    });
  });

  it("Should class an indicator added or removed as cosmetic, and its title by the text rule", () => {
    const after = edit(baseDraft(), (d) =>
      d.scoring.indicators.push({
        id: "help_low",
        title: t("Part peu aidée"),
        kind: "proportion",
        dimension: "help",
        threshold: 25,
        higherIsBetter: false,
      }),
    );
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "indicator:help_low", kind: "added", class: "cosmetic" });
    expect(only(diffVersions(after, baseDraft()))).toMatchObject({ key: "indicator:help_low", kind: "removed", class: "cosmetic" });
    const retitled = edit(baseDraft(), (d) => (d.scoring.indicators[0]!.title = t("Score d’aide", "Help score")));
    expect(only(diffVersions(baseDraft(), retitled))).toMatchObject({ key: "indicator:help_score", kind: "reworded", class: "cosmetic" });
  });

  it("Should treat a dimension's direction as cosmetic there, and as a definition change of the indicators inheriting it", () => {
    const after = edit(baseDraft(), (d) => (d.scoring.dimensions[0]!.higherIsBetter = false));
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["dimension:help", "other", "cosmetic"],
      ["indicator:help_score", "definition", "breaking"],
      ["indicator:help_high", "definition", "breaking"],
    ]);
  });

  it("Should class a changed scale as breaking", () => {
    const after = edit(baseDraft(), (d) => (d.scoring.scale = { min: 0, max: 4 }));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "scale",
      target: { type: "scale" },
      kind: "changed",
      aspects: ["scale"],
      class: "breaking",
      scored: true,
    });
  });

  it("Should class changed roles as wording, their order alone as cosmetic", () => {
    const after = edit(baseDraft(), (d) => d.roles.push("peer_worker"));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "questionnaire",
      kind: "changed",
      aspects: ["roles"],
      class: "wording",
      scored: false,
    });
    const reordered = edit(after, (d) => d.roles.reverse());
    expect(only(diffVersions(after, reordered))).toMatchObject({ aspects: ["other"], class: "cosmetic" });
  });

  it("Should class layout, placeholders and survey settings as cosmetic, aspect other", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "c1")["colCount"] = 2;
      el(d, "free")["placeholder"] = t("Écrivez ici");
      d.definition["showProgressBar"] = "bottom";
    });
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.kind, c.aspects.join(), c.class])).toEqual([
      ["questionnaire", "changed", "other", "cosmetic"],
      ["question:c1", "changed", "other", "cosmetic"],
      ["question:free", "changed", "other", "cosmetic"],
    ]);
  });

  it("Should aggregate a question's aspects into one change of the most severe class", () => {
    const after = edit(baseDraft(), (d) => {
      const q = el(d, "q1");
      q.title = t("L'accompagnement m'a aidé.");
      q.isRequired = false;
      q.choices!.pop();
      q["colCount"] = 5;
    });
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      kind: "changed",
      aspects: ["choices", "title", "required", "other"],
      class: "breaking",
    });
  });

  it("Should list changes in a fixed order: questionnaire, elements of `to` then removed ones, pages, scale, dimensions, indicators", () => {
    const after = edit(baseDraft(), (d) => {
      detach(d, "q2");
      d.definition.pages[0]!.elements.unshift({ type: "comment", name: "first", title: t("D'abord") });
      el(d, "free").title = t("Autre chose ?");
      d.definition.pages[1]!.title = t("Page deux");
      d.scoring.indicators.reverse();
      d.scoring.indicators[0]!.title = t("Nouveau titre");
      d.scoring.dimensions[0]!.items = ["q1", "r1"];
      d.scoring.dimensions[0]!.reverse = [];
      d.scoring.scale.max = 7;
      d.title = t("Nouveau questionnaire");
    });
    expect(diffVersions(baseDraft(), after).map((c) => c.key)).toEqual([
      "questionnaire",
      "question:first",
      "question:free",
      "question:q2",
      "page:p2",
      "scale",
      "dimension:help",
      "indicator:followed",
    ]);
  });

  it("Should never throw on drafts with missing optional fields, empty pages and odd shapes", () => {
    const bare: DraftContent = {
      title: t("Vide"),
      description: t("Vide"),
      roles: [],
      definition: { pages: [{ name: "p", elements: [] }] },
      scoring: { scale: { min: 1, max: 5 }, dimensions: [], indicators: [] },
    };
    const odd = edit(bare, (d) => {
      d.definition.pages.push({
        name: "q",
        elements: [
          { type: "panel", name: "empty" },
          { type: "radiogroup", name: "x", choices: ["a", "b"] as unknown as ChoiceItem[] },
          { type: "rating", name: "bad", rateStep: 0 },
        ],
      });
      d.scoring.dimensions.push({ id: "d", title: t("D"), items: ["x"], source: "s" });
    });
    expect(() => diffVersions(bare, odd)).not.toThrow();
    expect(() => diffVersions(odd, bare)).not.toThrow();
    expect(diffVersions(odd, structuredClone(odd))).toEqual([]);
    const changed = edit(odd, (d) => (el(d, "x").choices = ["b", "a"] as unknown as ChoiceItem[]));
    expect(only(diffVersions(odd, changed))).toMatchObject({ key: "question:x", aspects: ["choices"], class: "breaking" });
  });
});

describe("diffVersions on the library's patient questionnaire", () => {
  it("Should class an English-only fix and a French typographic fix as cosmetic", () => {
    const after = edit(usagers(), (d) => {
      el(d, "engagement_decisions").title = t(
        "Je participe aux décisions qui concernent mes soins.",
        "I have a say in decisions about my care.",
      );
      el(d, "engagement_express_needs").title!.fr = "J’arrive à dire ce dont j’ai besoin aux personnes qui m’accompagnent.";
    });
    const changes = diffVersions(usagers(), after);
    expect(changes.map((c) => [c.key, c.kind, c.class, c.scored])).toEqual([
      ["question:engagement_decisions", "reworded", "cosmetic", true],
      ["question:engagement_express_needs", "reworded", "cosmetic", true],
    ]);
  });

  it("Should class a choice added to a scored item as breaking, and a reworded choice as wording", () => {
    const after = edit(usagers(), (d) => {
      el(d, "hope_future").choices!.push(choice(6, "Je ne sais pas"));
      el(d, "hope_identity").choices![2]!.text = t("Ni d'accord, ni pas d'accord, ou je ne sais pas");
    });
    expect(diffVersions(usagers(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["question:hope_future", "choices", "breaking"],
      ["question:hope_identity", "choice_texts", "wording"],
    ]);
    expect(summarizeDiff(diffVersions(usagers(), after))).toEqual({ cosmetic: 0, wording: 1, breaking: 1 });
  });

  it("Should class removing the free comment as cosmetic and removing a scored item as breaking", () => {
    expect(
      only(
        diffVersions(
          usagers(),
          edit(usagers(), (d) => detach(d, "comment")),
        ),
      ),
    ).toMatchObject({ kind: "removed", class: "cosmetic", scored: false });
    expect(
      only(
        diffVersions(
          usagers(),
          edit(usagers(), (d) => detach(d, "hospitalisations_12m")),
        ),
      ),
    ).toMatchObject({ kind: "removed", class: "breaking", scored: true });
  });

  it("Should report the follow-up question's condition and a moved question", () => {
    const after = edit(usagers(), (d) => {
      el(d, "rights_obtained_list").visibleIf = "{rights_obtained} = false";
      d.definition.pages[0]!.elements.push(detach(d, "hope_control"));
    });
    expect(diffVersions(usagers(), after).map((c) => [c.key, c.kind, c.aspects.join(), c.class])).toEqual([
      ["question:hope_control", "moved", "position", "cosmetic"],
      ["question:rights_obtained_list", "changed", "conditions", "wording"],
    ]);
  });

  it("Should class scoring changes: items and reverse breaking, an indicator's threshold breaking", () => {
    const after = edit(usagers(), (d) => {
      const hope = d.scoring.dimensions.find((x) => x.id === "hope_recovery")!;
      hope.reverse = ["hope_control"];
      const self = d.scoring.dimensions.find((x) => x.id === "self_stigma")!;
      self.items = self.items.filter((i) => i !== "stigma_withdraw");
      Object.assign(
        d.scoring.indicators.find((x) => x.id === "satisfaction_high")!,
        { threshold: 80 },
      );
    });
    expect(diffVersions(usagers(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["dimension:hope_recovery", "reverse", "breaking"],
      ["dimension:self_stigma", "items", "breaking"],
      ["indicator:satisfaction_high", "definition", "breaking"],
    ]);
  });

  it("Should report a mirrored statement pointing to another item as a breaking change of the questionnaire", () => {
    const after = edit(usagers(), (d) => (d.scoring.mirrors![0]!.item = "engagement_decisions"));
    expect(only(diffVersions(usagers(), after))).toMatchObject({ key: "questionnaire", aspects: ["definition"], class: "breaking" });
  });

  it("Should find the easy-to-read (FALC) version reworded but not broken", () => {
    const falc = library.find((q) => q.file === "experience-usagers-falc.json");
    if (!falc) return;
    const changes = diffVersions(usagers(), falc.draft);
    expect(changes.length).toBeGreaterThan(0);
    expect(summarizeDiff(changes).breaking).toBe(0);
  });
});

describe("summarizeDiff, mostSevere, changeClassOrder", () => {
  it("Should order classes cosmetic < wording < breaking and count changes by class", () => {
    expect(["breaking", "cosmetic", "wording"].map((c) => changeClassOrder(c as "cosmetic"))).toEqual([2, 0, 1]);
    expect(mostSevere(["cosmetic", "wording", "cosmetic"])).toBe("wording");
    expect(mostSevere([])).toBeUndefined();
    expect(summarizeDiff([])).toEqual({ cosmetic: 0, wording: 0, breaking: 0 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties, on the library and on generated questionnaires

const generatedDraft = surveyArb().map((survey) => toDraft(asQuestionnaireFile(survey)));
const libraryDraft = fc.constantFrom(...library.map((q) => q.draft));
const anyDraft = fc.oneof(libraryDraft, generatedDraft);

const CHOICE_TYPES = new Set(["radiogroup", "checkbox", "dropdown"]);
type ChoiceEdit = "add" | "remove" | "swap";

/** Changes the choice list of one question in place: a value added, one removed, or two swapped. */
function editChoices(q: SurveyElement, how: ChoiceEdit, i: number, j: number): void {
  const list = q.choices!;
  if (how === "add") list.splice(i % (list.length + 1), 0, choice("__new__", "Nouvelle réponse"));
  else if (how === "remove") list.splice(i % list.length, 1);
  else {
    const a = i % list.length;
    const b = (a + 1 + (j % (list.length - 1))) % list.length;
    [list[a], list[b]] = [list[b]!, list[a]!];
  }
}

/** Every { fr, en } of a draft, wherever it sits. */
function localizedTexts(node: unknown, out: Localized[] = []): Localized[] {
  if (Array.isArray(node)) node.forEach((child) => localizedTexts(child, out));
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record["fr"] === "string" && typeof record["en"] === "string") out.push(record as unknown as Localized);
    else Object.values(record).forEach((child) => localizedTexts(child, out));
  }
  return out;
}

const EDITS = [
  "retitle_fr",
  "retitle_en",
  "typography",
  "choices",
  "required",
  "condition",
  "type",
  "move",
  "remove",
  "add_scored",
  "add_unscored",
  "swap_pages",
  "dimension_items",
  "reverse",
  "scale",
  "threshold",
  "indicator",
  "roles",
  "layout",
] as const;
type Edit = { kind: (typeof EDITS)[number]; i: number; j: number };
const editsArb = fc.array(fc.record({ kind: fc.constantFrom(...EDITS), i: fc.nat(), j: fc.nat() }), { minLength: 1, maxLength: 4 });

/** Applies a random edit of the kinds co-researchers make; each picks its target from `i` and `j`. */
function applyEdit(d: DraftContent, { kind, i, j }: Edit, n: number): void {
  const questions = listQuestions(d.definition).map((p) => p.question);
  const pick = <T>(xs: readonly T[], k: number): T | undefined => xs[k % Math.max(xs.length, 1)];
  const q = pick(questions, i);
  const pages = d.definition.pages;
  switch (kind) {
    case "retitle_fr":
      if (q?.title) q.title.fr += " modifié";
      break;
    case "retitle_en":
      if (q?.title) q.title.en += " (rev.)";
      break;
    case "typography":
      if (q?.title) q.title.fr = q.title.fr.replace(/'/g, "’").replace(/ \?/g, "\u202F?") + " ";
      break;
    case "choices": {
      const withChoices = questions.filter((x) => CHOICE_TYPES.has(x.type) && (x.choices?.length ?? 0) > 1);
      const target = pick(withChoices, i);
      if (target) editChoices(target, (["add", "remove", "swap"] as const)[j % 3]!, i, j);
      break;
    }
    case "required":
      if (q) q.isRequired = !q.isRequired;
      break;
    case "condition":
      if (q) q.visibleIf = q.visibleIf ? undefined : `{${questions[0]!.name}} notempty`;
      break;
    case "type":
      if (q) q.type = q.type === "comment" ? "text" : "comment";
      break;
    case "move":
      if (q) pick(pages, j)!.elements.splice(j % 3, 0, detach(d, q.name));
      break;
    case "remove":
      if (q) detach(d, q.name);
      break;
    case "add_scored":
    case "add_unscored": {
      const name = `added_${n}`;
      pick(pages, j)!.elements.push({ type: "rating", name, title: t(`Ajout ${n}`) });
      if (kind === "add_scored") d.scoring.dimensions[0]?.items.push(name);
      break;
    }
    case "swap_pages":
      if (pages.length > 1) pages.push(pages.splice(i % pages.length, 1)[0]!);
      break;
    case "dimension_items": {
      const dimension = pick(d.scoring.dimensions, i);
      if (dimension && dimension.items.length > 1) dimension.items.splice(j % dimension.items.length, 1);
      break;
    }
    case "reverse": {
      const dimension = pick(d.scoring.dimensions, i);
      if (dimension) dimension.reverse = (dimension.reverse ?? []).length > 0 ? [] : dimension.items.slice(0, 1);
      break;
    }
    case "scale":
      d.scoring.scale = { ...d.scoring.scale, max: d.scoring.scale.max + 1 };
      break;
    case "threshold": {
      const indicator = pick(d.scoring.indicators, i);
      if (indicator) Object.assign(indicator, { threshold: 10 + (j % 80) });
      break;
    }
    case "indicator":
      if (j % 2 === 0) d.scoring.indicators.splice(i % Math.max(d.scoring.indicators.length, 1), 1);
      else
        d.scoring.indicators.push({ id: `extra_${n}`, title: t("Ajout"), kind: "score", dimension: d.scoring.dimensions[0]?.id ?? "none" });
      break;
    case "roles":
      d.roles = d.roles.includes("professional") ? d.roles.filter((r) => r !== "professional") : [...d.roles, "professional"];
      break;
    case "layout":
      if (q) q["colCount"] = (j % 4) + 1;
      break;
  }
}

const editedPair = fc
  .tuple(anyDraft, editsArb)
  .map(([draft, edits]) => [draft, edit(draft, (d) => edits.forEach((e, n) => applyEdit(d, e, n)))] as const);

/** The diff seen from the other side: added and removed swap, nothing else changes. */
function expectSymmetric(a: DraftContent, b: DraftContent): void {
  const forward = diffVersions(a, b);
  const backward = byKey(diffVersions(b, a));
  expect(new Set(forward.map((c) => c.key))).toEqual(new Set(backward.keys()));
  const mirrored = { added: "removed", removed: "added" } as Record<string, string>;
  for (const change of forward) {
    const other = backward.get(change.key)!;
    expect([other.class, other.kind, other.aspects, other.scored]).toEqual([
      change.class,
      mirrored[change.kind] ?? change.kind,
      change.aspects,
      change.scored,
    ]);
  }
}

describe("diffVersions: properties", () => {
  it("Should find no change between any version and itself or its deep copy", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(diffVersions(draft, draft)).toEqual([]);
        expect(diffVersions(draft, structuredClone(draft))).toEqual([]);
      }),
    );
  });

  it("Should class any change of a choice list (value added, removed or two swapped) as breaking on that question", () => {
    fc.assert(
      fc.property(
        anyDraft,
        fc.nat(),
        fc.constantFrom<ChoiceEdit>("add", "remove", "swap"),
        fc.nat(),
        fc.nat(),
        (draft, pickQ, how, i, j) => {
          const candidates = listQuestions(draft.definition)
            .map((p) => p.question)
            .filter((q) => CHOICE_TYPES.has(q.type) && (q.choices?.length ?? 0) > (how === "add" ? 0 : 1));
          fc.pre(candidates.length > 0);
          const name = candidates[pickQ % candidates.length]!.name;
          const after = edit(draft, (d) => editChoices(el(d, name), how, i, j));
          const change = only(diffVersions(draft, after));
          expect(change).toMatchObject({ key: `question:${name}`, kind: "changed", class: "breaking" });
          expect(change.aspects).toContain("choices");
        },
      ),
    );
  });

  it("Should give the same keys, classes and aspects both ways, with added and removed swapped", () => {
    fc.assert(fc.property(editedPair, ([a, b]) => expectSymmetric(a, b)));
    fc.assert(fc.property(generatedDraft, generatedDraft, (a, b) => expectSymmetric(a, b)));
    for (const a of library) for (const b of library) expectSymmetric(a.draft, b.draft);
  });

  it("Should class an English-only edit of any text as cosmetic, and report it", () => {
    fc.assert(
      fc.property(anyDraft, fc.nat(), fc.constantFrom(" (rev.)", "!", "x"), (draft, pickText, suffix) => {
        const after = edit(draft, (d) => {
          const texts = localizedTexts(d);
          texts[pickText % texts.length]!.en += suffix;
        });
        const changes = diffVersions(draft, after);
        expect(changes).toHaveLength(1);
        expect(changes[0]!.class).toBe("cosmetic");
      }),
    );
  });

  it("Should class a typographic edit of any French text as cosmetic", () => {
    const typographic: ((s: string) => string)[] = [
      (s) => s.replace(/'/g, "’"),
      (s) => s.replace(/ ([?!:;])/g, "\u202F$1"),
      (s) => s.replace(/ /g, "\u00A0"),
      (s) => `${s}  `,
      (s) => s.replace(/\.\.\./g, "…").replace(/ - /g, " – "),
      (s) => s.normalize("NFD"),
    ];
    fc.assert(
      fc.property(anyDraft, fc.nat(), fc.constantFrom(...typographic), (draft, pickText, retype) => {
        const after = edit(draft, (d) => {
          const texts = localizedTexts(d);
          const text = texts[pickText % texts.length]!;
          text.fr = retype(text.fr);
        });
        expect(diffVersions(draft, after).every((c) => c.class === "cosmetic")).toBe(true);
      }),
    );
  });

  it("Should never throw, and give one change per key, its class the most severe possible for its aspects", () => {
    fc.assert(
      fc.property(editedPair, ([a, b]) => {
        const changes = diffVersions(a, b);
        expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
        for (const c of changes) {
          if (c.kind === "moved") expect([c.aspects, c.class]).toEqual([["position"], "cosmetic"]);
          if (c.aspects.some((x) => ["type", "choices", "scale", "rows", "columns", "items", "reverse"].includes(x)))
            expect(c.class).toBe("breaking");
        }
      }),
    );
  });
});

describe("normaliseTypography", () => {
  it("Should bring typographic variants of French to one form", () => {
    expect(normaliseTypography("L’accompagnement\u202F: « utile »\u00A0!")).toBe(`L'accompagnement: "utile"!`);
    expect(normaliseTypography("  Je   vais\tbien…  ")).toBe("Je vais bien...");
    expect(normaliseTypography("12 – 18 ans — ou plus")).toBe("12-18 ans-ou plus");
    expect(normaliseTypography("pair\u2011aidant\u200B")).toBe("pair-aidant");
    expect(normaliseTypography("e\u0301coute")).toBe("écoute");
    expect(sameWording("« Oui »", "“Oui”")).toBe(true);
    expect(sameWording("Je vais bien", "je vais bien")).toBe(false);
    expect(sameWording("peut-être", "peut être")).toBe(false);
  });

  it("Should be idempotent", () => {
    const unit = fc.constantFrom(
      "a",
      "é",
      "e",
      "\u0301",
      " ",
      "\u00A0",
      "\u202F",
      "\u200B",
      "'",
      "’",
      "«",
      "»",
      '"',
      "-",
      "–",
      "—",
      "…",
      ".",
      "?",
      ":",
      ";",
      "!",
      "\n",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        const once = normaliseTypography(s);
        expect(normaliseTypography(once)).toBe(once);
      }),
    );
  });
});
