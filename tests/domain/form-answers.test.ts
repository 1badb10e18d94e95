import { describe, expect, it } from "vitest";
import { readFormAnswers, shownOnForm, visiblePages } from "@/domain/questionnaire/form-answers.ts";
import type { SurveyDefinition } from "@/domain/questionnaire/types.ts";

const text = (fr: string) => ({ fr, en: fr });
const survey: SurveyDefinition = {
  pages: [
    {
      name: "one",
      elements: [
        { type: "radiogroup", name: "scale", choices: [1, 2, 3].map((v) => ({ value: v, text: text(String(v)) })) },
        { type: "dropdown", name: "duration", choices: [{ value: "lt3m", text: text("moins de 3 mois") }] },
        { type: "boolean", name: "obtained" },
        { type: "checkbox", name: "which", visibleIf: "{obtained} = true", choices: ["a", "b"].map((v) => ({ value: v, text: text(v) })) },
        { type: "text", name: "count", inputType: "number" },
        { type: "comment", name: "comment" },
      ],
    },
    { name: "two", visibleIf: "{count} > 0", elements: [{ type: "rating", name: "stars", rateMax: 3 }] },
  ],
};

describe("Answers read from a plain HTML form", () => {
  it("Should type each answer as SurveyJS holds it", () => {
    const answers = readFormAnswers(survey, [
      ["q:scale", "2"],
      ["q:duration", "lt3m"],
      ["q:obtained", "true"],
      ["q:which", "a"],
      ["q:which", "b"],
      ["q:count", "3,5"],
      ["q:comment", "  merci  "],
      ["page", "0"],
    ]);
    expect(answers).toEqual({ scale: 2, duration: "lt3m", obtained: true, which: ["a", "b"], count: 3.5, comment: "  merci  " });
  });

  it("Should keep what matches nothing as sent, for the validator to refuse, and drop empty fields", () => {
    const answers = readFormAnswers(survey, [
      ["q:scale", "9"],
      ["q:obtained", "perhaps"],
      ["q:count", "many"],
      ["q:comment", "   "],
      ["q:unknown", "x"],
      ["q:duration", "lt3m"],
      ["q:duration", "lt3m"],
    ]);
    expect(answers).toEqual({ scale: "9", obtained: "perhaps", count: "many", unknown: "x", duration: ["lt3m", "lt3m"] });
  });

  it("Should show the pages and questions whose conditions hold, and a question that reads an answer of its own page", () => {
    expect(visiblePages(survey, {})).toEqual([0]);
    expect(visiblePages(survey, { count: 2 })).toEqual([0, 1]);
    const page = survey.pages[0]!;
    expect(shownOnForm(page.elements[3]!, page, {})).toBe(true);
    const other = { ...survey.pages[1]!, elements: [{ type: "checkbox", name: "later", visibleIf: "{obtained} = true" }] };
    expect(shownOnForm(other.elements[0]!, other, { obtained: false })).toBe(false);
    expect(shownOnForm(other.elements[0]!, other, { obtained: true })).toBe(true);
  });
});
