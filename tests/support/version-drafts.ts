import { readdirSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import type { DraftContent, VersionChange } from "@/domain/codesign/types.ts";
import { listElements } from "@/domain/questionnaire/survey-elements.ts";
import type { ChoiceItem, Localized, QuestionnaireFile, SurveyElement } from "@/domain/questionnaire/types.ts";

// Fixtures of the version diff's tests: a small questionnaire with one element of each kind, the library.

export const t = (fr: string, en = `EN ${fr}`): Localized => ({ fr, en });
export const choice = (value: string | number, fr: string): ChoiceItem => ({ value, text: t(fr) });
export const agree = () => [
  choice(1, "Pas du tout d'accord"),
  choice(2, "Plutôt pas d'accord"),
  choice(3, "Ni l'un ni l'autre"),
  choice(4, "Plutôt d'accord"),
  choice(5, "Tout à fait d'accord"),
];

/** A small questionnaire with one element of each kind the diff reads, a panel, conditions and scoring. */
export function baseDraft(): DraftContent {
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

export const toDraft = (file: QuestionnaireFile): DraftContent => ({
  title: file.title,
  description: file.description,
  roles: file.roles,
  definition: file.survey,
  scoring: file.scoring,
});

const surveysDir = new URL("../../surveys/", import.meta.url);
export const library: { file: string; draft: DraftContent }[] = readdirSync(surveysDir)
  .filter((f) => f.endsWith(".json") && f !== "questionnaire.schema.json")
  .sort()
  .map((file) => ({ file, draft: toDraft(JSON.parse(readFileSync(new URL(file, surveysDir), "utf8")) as QuestionnaireFile) }));
export const usagers = () => structuredClone(library.find((q) => q.file === "experience-usagers.json")!.draft);

/** A deep copy of `draft`, changed by `change`. */
export function edit(draft: DraftContent, change: (d: DraftContent) => void): DraftContent {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
}

export function el(draft: DraftContent, name: string): SurveyElement {
  const found = listElements(draft.definition).find((e) => e.name === name);
  if (!found) throw new Error(`no element "${name}"`);
  return found;
}

/** Takes an element out of wherever it sits (page or panel) and returns it. */
export function detach(draft: DraftContent, name: string): SurveyElement {
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

export function only(changes: VersionChange[]): VersionChange {
  expect(changes).toHaveLength(1);
  return changes[0]!;
}

export const byKey = (changes: VersionChange[]) => new Map(changes.map((c) => [c.key, c]));

// ---------------------------------------------------------------------------------------------------------
// Hand-built pairs, one rule at a time
