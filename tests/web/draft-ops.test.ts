import { readFileSync } from "node:fs";
import fc from "fast-check";
import { ConditionRunner, ConditionsParser } from "survey-core";
import { describe, expect, it } from "vitest";
import type { DraftContent } from "@/domain/codesign/types.ts";
import { checkQuestionnaire } from "@/domain/questionnaire/check-questionnaire.ts";
import type { QuestionnaireFile, SurveyElement } from "@/domain/questionnaire/types.ts";
import {
  addDimension,
  addItem,
  addPage,
  addQuestion,
  assignQuestion,
  canReverse,
  canScore,
  clearShowIf,
  conditionSources,
  deleteDimension,
  deletePage,
  deleteQuestion,
  dimensionOf,
  duplicateQuestion,
  duplicateValues,
  findElement,
  getText,
  isReversed,
  listQuestions,
  moveListItem,
  moveQuestion,
  moveToPage,
  needsReplacing,
  newQuestion,
  offScaleItems,
  parseItemValue,
  QUESTION_KINDS,
  readShowIf,
  removeItem,
  renameDimension,
  scaleRange,
  setDimensionSource,
  setHigherIsBetter,
  setItemValue,
  setLimit,
  setRequired,
  setReverse,
  setRole,
  setScale,
  setScaleRange,
  setShowIf,
  setText,
  shapeOf,
  shapeProblems,
  slugify,
  applyAgreementLabels,
} from "../../web/src/staff/codesign/editor/draft-ops.ts";

/** Deep-frozen, so that an operation that changed its argument instead of copying it would throw. */
function frozen<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

/** The library's patient questionnaire as a draft. */
function libraryDraft(): DraftContent {
  const file = JSON.parse(readFileSync("surveys/experience-usagers.json", "utf8")) as QuestionnaireFile;
  return frozen({ title: file.title, description: file.description, roles: file.roles, definition: file.survey, scoring: file.scoring });
}

const t = (fr: string, en = fr) => ({ fr, en });
const likert = (name: string, extra: Partial<SurveyElement> = {}): SurveyElement => ({
  type: "radiogroup",
  name,
  title: t(`Énoncé ${name}`, `Statement ${name}`),
  choices: [1, 2, 3, 4, 5].map((v) => ({ value: v, text: t(`Niveau ${v} fr`, `Level ${v} en`) })),
  ...extra,
});

/** A small draft: two pages, a panel, a scored dimension with a reverse item and an item indicator. */
function smallDraft(): DraftContent {
  return frozen({
    title: t("Titre", "Title"),
    description: t("Description"),
    roles: ["patient"],
    definition: {
      pages: [
        {
          name: "p1",
          title: t("Page 1"),
          elements: [
            { type: "html", name: "intro", html: t("<p>Bonjour</p>", "<p>Hello</p>") },
            likert("a"),
            likert("b"),
            { type: "boolean", name: "yes", title: t("Oui ?", "Yes?") },
          ],
        },
        {
          name: "p2",
          title: t("Page 2"),
          elements: [
            {
              type: "checkbox",
              name: "many",
              title: t("Lesquels ?", "Which?"),
              visibleIf: "{yes} = true",
              choices: [
                { value: "x", text: t("X") },
                { value: "y", text: t("Y") },
              ],
            },
            {
              type: "panel",
              name: "group",
              elements: [likert("c", { visibleIf: "{a} > 2 and {b} < 4" }), { type: "comment", name: "note", title: t("Note") }],
            },
            { type: "text", name: "count", title: t("Combien ?", "How many?"), inputType: "number", visibleIf: "{many} contains 'x'" },
          ],
        },
      ],
    },
    scoring: {
      scale: { min: 1, max: 5 },
      dimensions: [
        { id: "hope", title: t("Espoir", "Hope"), items: ["a", "b"], reverse: ["b"], source: "CHIME" },
        { id: "trust", title: t("Confiance", "Trust"), items: ["c"], source: "CHIME" },
      ],
      indicators: [
        { id: "hope_score", title: t("Score : Espoir", "Score: Hope"), kind: "score", dimension: "hope" },
        { id: "trust_score", title: t("Score : Confiance", "Score: Trust"), kind: "score", dimension: "trust" },
        { id: "yes_share", title: t("Part de oui", "Share of yes"), kind: "proportion", item: "yes", values: [true] },
      ],
      mirrors: [{ id: "peer_care_decisions", item: "a" }],
    },
  });
}

const names = (draft: DraftContent) => listQuestions(draft).map((q) => q.name);
const pageNames = (draft: DraftContent, page: number) => draft.definition.pages[page]!.elements.map((e) => e.name);

/** The draft as the server would check it: throws with the faults if it would be refused. */
function serverCheck(draft: DraftContent) {
  return checkQuestionnaire(
    {
      slug: "draft",
      roles: draft.roles,
      title: draft.title,
      description: draft.description,
      survey: draft.definition,
      scoring: draft.scoring,
    },
    "draft",
  );
}

describe("listQuestions", () => {
  it("Should list the pages' elements in reading order, with their page and position", () => {
    const list = listQuestions(smallDraft());
    expect(list.map((q) => [q.number, q.name, q.page, q.parent])).toEqual([
      ["1", "intro", "p1", null],
      ["2", "a", "p1", null],
      ["3", "b", "p1", null],
      ["4", "yes", "p1", null],
      ["5", "many", "p2", null],
      ["6", "group", "p2", null],
      ["6.1", "c", "p2", "group"],
      ["6.2", "note", "p2", "group"],
      ["7", "count", "p2", null],
    ]);
  });

  it("Should describe each element in the editor's terms", () => {
    const shapes = listQuestions(smallDraft()).map((q) => shapeOf(q.element));
    expect(shapes).toEqual(["info", "likert", "likert", "yes_no", "multiple", "group", "likert", "free_text", "number"]);
    const library = libraryDraft();
    const scored = library.scoring.dimensions.flatMap((d) => d.items);
    expect(scored.map((item) => shapeOf(findElement(library, item)!))).toEqual(scored.map(() => "likert"));
  });
});

describe("addQuestion", () => {
  it.each(QUESTION_KINDS)("Should add a %s question with a fresh name and texts to replace", (kind) => {
    const { content, name } = addQuestion(smallDraft(), kind, "p1", 1);
    expect(name).toBe("q1");
    expect(pageNames(content, 0)[1]).toBe("q1");
    const question = findElement(content, "q1")!;
    expect(question.title).toEqual({ fr: "Nouvelle question", en: "New question" });
    expect(needsReplacing(question.title!.fr) && needsReplacing(question.title!.en)).toBe(true);
  });

  it("Should write each kind as the SurveyJS type the library uses", () => {
    const scale = { min: 1, max: 5 };
    const types = QUESTION_KINDS.map((kind) => [kind, newQuestion(kind, "q1", scale).type]);
    expect(types).toEqual([
      ["likert", "radiogroup"],
      ["single", "radiogroup"],
      ["multiple", "checkbox"],
      ["yes_no", "boolean"],
      ["free_text", "comment"],
      ["number", "text"],
      ["matrix", "matrix"],
    ]);
    const agreement = newQuestion("likert", "q1", scale);
    expect(agreement.choices!.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
    expect(agreement.choices![0]!.text).toEqual({ fr: "Pas du tout d'accord", en: "Strongly disagree" });
    expect(shapeOf(agreement)).toBe("likert");
    expect(shapeOf(newQuestion("single", "q1", scale))).toBe("single");
    expect(newQuestion("number", "q1", scale).inputType).toBe("number");
  });

  it("Should follow the scoring scale for an agreement scale", () => {
    const draft = setScale(smallDraft(), 0, 3);
    const { content } = addQuestion(draft, "likert", "p1", 0);
    expect(findElement(content, "q1")!.choices!.map((c) => c.value)).toEqual([0, 1, 2, 3]);
    expect(findElement(content, "q1")!.choices![0]!.text.fr).toBe("Pas du tout d'accord");
  });

  it("Should never reuse a page or element name", () => {
    let draft = smallDraft();
    draft = { ...draft, definition: { pages: [...draft.definition.pages, { name: "q7", elements: [likert("q3")] }] } };
    const first = addQuestion(draft, "yes_no", "p2", 99);
    expect(first.name).toBe("q8");
    expect(pageNames(first.content, 1).at(-1)).toBe("q8");
    const second = addQuestion(first.content, "yes_no", "p2", 0);
    expect(second.name).toBe("q9");
  });

  it("Should leave the draft as it is for an unknown page", () => {
    const draft = smallDraft();
    expect(addQuestion(draft, "likert", "nowhere", 0)).toEqual({ content: draft, name: null });
  });

  it("Should produce questions the server accepts, every kind on every page", () => {
    let draft = smallDraft();
    for (const kind of QUESTION_KINDS) draft = addQuestion(draft, kind, "p2", 0).content;
    expect(() => serverCheck(draft)).not.toThrow();
  });
});

describe("moveQuestion and moveToPage", () => {
  it("Should move a question within its page", () => {
    const draft = moveQuestion(smallDraft(), "b", "up");
    expect(pageNames(draft, 0)).toEqual(["intro", "b", "a", "yes"]);
    expect(pageNames(moveQuestion(draft, "b", "down"), 0)).toEqual(["intro", "a", "b", "yes"]);
  });

  it("Should cross a page boundary: down from the last place, up from the first", () => {
    const down = moveQuestion(smallDraft(), "yes", "down");
    expect(pageNames(down, 0)).toEqual(["intro", "a", "b"]);
    expect(pageNames(down, 1)).toEqual(["yes", "many", "group", "count"]);
    const up = moveQuestion(down, "yes", "up");
    expect(up.definition.pages.map((p) => p.elements.map((e) => e.name))).toEqual(
      smallDraft().definition.pages.map((p) => p.elements.map((e) => e.name)),
    );
  });

  it("Should leave the draft unchanged at its very start or end, or for a question inside a panel", () => {
    const draft = smallDraft();
    expect(moveQuestion(draft, "intro", "up")).toBe(draft);
    expect(moveQuestion(draft, "count", "down")).toBe(draft);
    expect(moveQuestion(draft, "c", "up")).toBe(draft);
  });

  it("Should move a question to another page, at its end or at a given place", () => {
    expect(pageNames(moveToPage(smallDraft(), "a", "p2"), 1)).toEqual(["many", "group", "count", "a"]);
    expect(pageNames(moveToPage(smallDraft(), "a", "p2", 1), 1)).toEqual(["many", "a", "group", "count"]);
    expect(pageNames(moveToPage(smallDraft(), "a", "p2", 1), 0)).toEqual(["intro", "b", "yes"]);
  });

  it("Should share the untouched pages with the previous draft", () => {
    const draft = smallDraft();
    expect(moveQuestion(draft, "b", "up").definition.pages[1]).toBe(draft.definition.pages[1]);
  });
});

describe("duplicateQuestion", () => {
  it("Should copy a question just after itself under a fresh name, outside the scoring", () => {
    const { content, name } = duplicateQuestion(smallDraft(), "a");
    expect(name).toBe("q1");
    expect(pageNames(content, 0)).toEqual(["intro", "a", "q1", "b", "yes"]);
    expect({ ...findElement(content, "q1"), name: "a" }).toEqual(findElement(content, "a"));
    expect(dimensionOf(content, "q1")).toBeUndefined();
    expect(content.scoring).toEqual(smallDraft().scoring);
    expect(content.scoring.dimensions.flatMap((d) => d.items)).not.toContain("q1");
  });

  it("Should make a deep copy: changing the copy leaves the original", () => {
    const { content } = duplicateQuestion(smallDraft(), "a");
    const changed = setText(
      setItemValue(content, "q1", "choices", 0, 9),
      { kind: "item", name: "q1", list: "choices", index: 1 },
      "fr",
      "Autre",
    );
    expect(findElement(changed, "a")).toEqual(likert("a"));
  });

  it("Should give fresh names to a panel's questions too", () => {
    const { content, name } = duplicateQuestion(smallDraft(), "group");
    const copy = findElement(content, name!)!;
    expect(copy.elements!.map((e) => e.name)).toEqual(["q2", "q3"]);
    expect(() => serverCheck({ ...content, scoring: smallDraft().scoring })).not.toThrow();
  });
});

describe("deleteQuestion", () => {
  it("Should remove a question from its dimension, its reverse items, item indicators and mirrors", () => {
    const draft = deleteQuestion(smallDraft(), "b").content;
    expect(names(draft)).not.toContain("b");
    expect(draft.scoring.dimensions[0]).toMatchObject({ items: ["a"], reverse: [] });
    const withoutA = deleteQuestion(draft, "a").content;
    expect(withoutA.scoring.mirrors).toEqual([]);
    const withoutYes = deleteQuestion(smallDraft(), "yes").content;
    expect(withoutYes.scoring.indicators.map((i) => i.id)).toEqual(["hope_score", "trust_score"]);
  });

  it("Should name the questions whose condition reads the deleted answer, and leave their conditions", () => {
    const { content, dependents } = deleteQuestion(smallDraft(), "yes");
    expect(dependents).toEqual(["many"]);
    expect(findElement(content, "many")!.visibleIf).toBe("{yes} = true");
    expect(findElement(clearShowIf(content, dependents), "many")!.visibleIf).toBeUndefined();
    const cleared = deleteQuestion(smallDraft(), "a", { clearDependents: true });
    expect(cleared.dependents).toEqual(["c"]);
    expect(findElement(cleared.content, "c")!.visibleIf).toBeUndefined();
  });

  it("Should remove a panel with its questions, and their scoring", () => {
    const { content } = deleteQuestion(smallDraft(), "group");
    expect(names(content)).toEqual(["intro", "a", "b", "yes", "many", "count"]);
    expect(content.scoring.dimensions[1]!.items).toEqual([]);
  });

  it("Should remove a question inside a panel", () => {
    const { content } = deleteQuestion(smallDraft(), "note");
    expect(findElement(content, "group")!.elements!.map((e) => e.name)).toEqual(["c"]);
  });

  it("Should leave the draft as it is for an unknown name", () => {
    const draft = smallDraft();
    expect(deleteQuestion(draft, "nobody")).toEqual({ content: draft, dependents: [] });
  });
});

describe("setText", () => {
  it("Should set one language of a question's title, leaving the other", () => {
    const draft = setText(smallDraft(), { kind: "element", name: "a", field: "title" }, "en", "New");
    expect(findElement(draft, "a")!.title).toEqual({ fr: "Énoncé a", en: "New" });
  });

  it("Should add an optional text, and remove it when both languages are emptied", () => {
    const path = { kind: "element", name: "a", field: "description" } as const;
    const added = setText(smallDraft(), path, "fr", "Aide");
    expect(getText(added, path)).toEqual({ fr: "Aide", en: "" });
    const removed = setText(added, path, "fr", "");
    expect("description" in findElement(removed, "a")!).toBe(false);
  });

  it("Should keep an emptied title, for the checker to point at", () => {
    const path = { kind: "element", name: "a", field: "title" } as const;
    const draft = setText(setText(smallDraft(), path, "fr", ""), path, "en", "");
    expect(findElement(draft, "a")!.title).toEqual({ fr: "", en: "" });
  });

  it("Should set the texts of choices, rows, columns, pages and the questionnaire", () => {
    let draft = addQuestion(smallDraft(), "matrix", "p1", 0).content;
    draft = setText(draft, { kind: "item", name: "q1", list: "rows", index: 1 }, "fr", "Le matin");
    draft = setText(draft, { kind: "item", name: "q1", list: "columns", index: 0 }, "en", "Never");
    draft = setText(draft, { kind: "item", name: "many", list: "choices", index: 0 }, "fr", "Ex");
    draft = setText(draft, { kind: "page", name: "p2", field: "title" }, "en", "Second");
    draft = setText(draft, { kind: "questionnaire", field: "title" }, "fr", "Nouveau titre");
    const matrix = findElement(draft, "q1")!;
    expect(matrix.rows![1]!.text).toEqual({ fr: "Le matin", en: "Row 2" });
    expect(matrix.columns![0]!.text).toEqual({ fr: "Colonne 1", en: "Never" });
    expect(findElement(draft, "many")!.choices![0]!.text).toEqual({ fr: "Ex", en: "X" });
    expect(draft.definition.pages[1]!.title).toEqual({ fr: "Page 2", en: "Second" });
    expect(draft.title).toEqual({ fr: "Nouveau titre", en: "Title" });
  });
});

describe("setRequired and setLimit", () => {
  it("Should write true, and false only where the property was present", () => {
    const required = setRequired(smallDraft(), "a", true);
    expect(findElement(required, "a")!.isRequired).toBe(true);
    expect(findElement(setRequired(required, "a", false), "a")!.isRequired).toBe(false);
    expect("isRequired" in findElement(setRequired(smallDraft(), "b", false), "b")!).toBe(false);
  });

  it("Should set and remove a number's limits", () => {
    const draft = setLimit(setLimit(smallDraft(), "count", "min", 0), "count", "max", 200);
    expect(findElement(draft, "count")).toMatchObject({ min: 0, max: 200 });
    expect("max" in findElement(setLimit(draft, "count", "max", undefined), "count")!).toBe(false);
    expect(setLimit(draft, "count", "max", Number.NaN)).toBe(draft);
  });
});

describe("choices, rows and columns", () => {
  it("Should add a choice with the next free value: a number after numbers, else cN (rN for rows)", () => {
    expect(findElement(addItem(smallDraft(), "a", "choices"), "a")!.choices!.at(-1)).toEqual({
      value: 6,
      text: { fr: "Niveau 6", en: "Level 6" },
    });
    expect(findElement(addItem(smallDraft(), "many", "choices"), "many")!.choices!.at(-1)).toEqual({
      value: "c3",
      text: { fr: "Choix 3", en: "Choice 3" },
    });
    const matrix = addQuestion(smallDraft(), "matrix", "p1", 0).content;
    const grown = addItem(addItem(matrix, "q1", "rows"), "q1", "columns");
    expect(findElement(grown, "q1")!.rows!.map((r) => r.value)).toEqual(["r1", "r2", "r3"]);
    expect(findElement(grown, "q1")!.columns!.map((c) => c.value)).toEqual([1, 2, 3, 4]);
  });

  it("Should remove and reorder items", () => {
    const removed = removeItem(smallDraft(), "many", "choices", 0);
    expect(findElement(removed, "many")!.choices!.map((c) => c.value)).toEqual(["y"]);
    const moved = moveListItem(smallDraft(), "many", "choices", 0, "down");
    expect(findElement(moved, "many")!.choices!.map((c) => c.value)).toEqual(["y", "x"]);
    const draft = smallDraft();
    expect(moveListItem(draft, "many", "choices", 0, "up")).toBe(draft);
    expect(removeItem(draft, "many", "choices", 5)).toBe(draft);
  });

  it("Should read a typed value as a number among numbers, as text otherwise", () => {
    const choices = findElement(smallDraft(), "a")!.choices!;
    expect(parseItemValue("choices", choices, 0, "7")).toBe(7);
    expect(parseItemValue("choices", choices, 0, "sept")).toBe("sept");
    expect(parseItemValue("choices", [{ value: "x", text: t("X") }], 1, "7")).toBe("7");
    expect(parseItemValue("rows", [{ value: 1, text: t("X") }], 1, "7")).toBe("7");
  });

  it("Should edit a value and tell duplicated values", () => {
    const draft = setItemValue(smallDraft(), "many", "choices", 1, "x");
    expect(findElement(draft, "many")!.choices!.map((c) => c.value)).toEqual(["x", "x"]);
    expect([...duplicateValues(findElement(draft, "many")!.choices!)]).toEqual(["x"]);
  });
});

describe("scales", () => {
  it("Should change an agreement scale's range, keeping the labels of the points that stay", () => {
    const draft = setScaleRange(smallDraft(), "a", 0, 3);
    const choices = findElement(draft, "a")!.choices!;
    expect(choices.map((c) => c.value)).toEqual([0, 1, 2, 3]);
    expect(choices[0]!.text).toEqual({ fr: "Niveau 0", en: "Level 0" });
    expect(choices[1]!.text).toEqual({ fr: "Niveau 1 fr", en: "Level 1 en" });
    expect(scaleRange(findElement(draft, "a")!)).toEqual({ min: 0, max: 3 });
  });

  it("Should change a rating's range, with or without labelled points", () => {
    const rating: SurveyElement = { type: "rating", name: "r", title: t("R"), rateMin: 1, rateMax: 5, rateStep: 1 };
    const labelled: SurveyElement = {
      type: "rating",
      name: "l",
      title: t("L"),
      rateValues: [1, 2, 3].map((v) => ({ value: v, text: t(`${v}`) })),
    };
    const draft = frozen({ ...smallDraft(), definition: { pages: [{ name: "p", elements: [rating, labelled] }] } });
    const plain = findElement(setScaleRange(draft, "r", 0, 10), "r")!;
    expect(plain).toMatchObject({ rateMin: 0, rateMax: 10 });
    expect("rateStep" in plain).toBe(false);
    expect(findElement(setScaleRange(draft, "l", 1, 4), "l")!.rateValues!.map((v) => v.value)).toEqual([1, 2, 3, 4]);
    expect(findElement(applyAgreementLabels(draft, "r"), "r")!.rateValues![4]!.text.en).toBe("Strongly agree");
  });

  it("Should refuse an upside-down scale or one of more than 20 points", () => {
    const draft = smallDraft();
    expect(setScaleRange(draft, "a", 5, 1)).toBe(draft);
    expect(setScaleRange(draft, "a", 1, 21)).toBe(draft);
    expect(setScaleRange(draft, "a", 1.5, 4)).toBe(draft);
  });

  it("Should label a 4-, 5- or 7-point scale with the usual agreement wording", () => {
    const draft = applyAgreementLabels(setScaleRange(smallDraft(), "a", 1, 4), "a");
    expect(findElement(draft, "a")!.choices!.map((c) => c.text.fr)).toEqual([
      "Pas du tout d'accord",
      "Plutôt pas d'accord",
      "Plutôt d'accord",
      "Tout à fait d'accord",
    ]);
  });
});

describe("conditions", () => {
  const value = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => Math.round(n * 100) / 100 || 0),
    fc.boolean(),
  );

  it("Should read back what it writes, for strings, numbers and booleans", () => {
    fc.assert(
      fc.property(value, (v) => {
        const draft = setShowIf(smallDraft(), "count", { question: "a", value: v });
        expect(readShowIf(findElement(draft, "count")!)).toEqual({ simple: { question: "a", op: "=", value: v } });
      }),
    );
  });

  it("Should write what survey-core reads: numbers and booleans bare, strings quoted", () => {
    fc.assert(
      fc.property(value, (v) => {
        const expression = findElement(setShowIf(smallDraft(), "count", { question: "a", value: v }), "count")!.visibleIf!;
        expect(new ConditionsParser().parseExpression(expression)).toBeTruthy();
        expect(new ConditionRunner(expression).runValues({ a: v })).toBe(true);
      }),
    );
    const written = (v: string | number | boolean) =>
      findElement(setShowIf(smallDraft(), "count", { question: "a", value: v }), "count")!.visibleIf;
    expect(written("oui")).toBe("{a} = 'oui'");
    expect(written(4)).toBe("{a} = 4");
    expect(written(true)).toBe("{a} = true");
    expect(written("l'eau")).toBe("{a} = 'l\\'eau'");
  });

  it("Should use contains for a multiple-choice source", () => {
    const draft = setShowIf(smallDraft(), "count", { question: "many", value: "y" });
    expect(findElement(draft, "count")!.visibleIf).toBe("{many} contains 'y'");
    expect(readShowIf(findElement(draft, "count")!)).toEqual({ simple: { question: "many", op: "contains", value: "y" } });
  });

  it("Should read an expert's expression as complex and keep it through every other change", () => {
    expect(readShowIf(findElement(smallDraft(), "c")!)).toEqual({ complex: "{a} > 2 and {b} < 4" });
    expect(readShowIf({ visibleIf: "{a} = 'x' or {b} = 'y'" })).toEqual({ complex: "{a} = 'x' or {b} = 'y'" });
    expect(readShowIf({ visibleIf: "{a.row} = 1" })).toEqual({ complex: "{a.row} = 1" });
    let draft = smallDraft();
    draft = setText(draft, { kind: "element", name: "c", field: "title" }, "fr", "Autre");
    draft = moveQuestion(draft, "group", "up");
    draft = duplicateQuestion(draft, "group").content;
    draft = setShowIf(draft, "count", { question: "a", value: 1 });
    expect(findElement(draft, "c")!.visibleIf).toBe("{a} > 2 and {b} < 4");
    expect(readShowIf({})).toBeNull();
  });

  it("Should remove a condition with null, on an element or a page", () => {
    expect("visibleIf" in findElement(setShowIf(smallDraft(), "many", null), "many")!).toBe(false);
    const page = setShowIf(smallDraft(), "p2", { question: "yes", value: true });
    expect(page.definition.pages[1]!.visibleIf).toBe("{yes} = true");
    expect("visibleIf" in setShowIf(page, "p2", null).definition.pages[1]!).toBe(false);
  });

  it("Should offer as sources only the earlier questions whose answers can be compared", () => {
    const sources = conditionSources(smallDraft(), "count");
    expect(sources.map((s) => s.entry.name)).toEqual(["a", "b", "yes", "many", "c"]);
    expect(sources.find((s) => s.entry.name === "yes")!.values).toEqual({
      kind: "choices",
      options: [
        { value: true, text: t("Oui", "Yes") },
        { value: false, text: t("Non", "No") },
      ],
    });
    expect(sources.find((s) => s.entry.name === "many")!.op).toBe("contains");
    expect(conditionSources(smallDraft(), "p2").map((s) => s.entry.name)).toEqual(["a", "b", "yes"]);
    expect(conditionSources(smallDraft(), "a")).toEqual([]);
  });
});

describe("dimensions", () => {
  it("Should add a dimension with an id from its title and a score indicator", () => {
    const { content, id } = addDimension(smallDraft(), { title: t("Espoir et rétablissement", "Hope and recovery"), source: "CHIME" });
    expect(id).toBe("espoir_et_retablissement");
    expect(content.scoring.dimensions.at(-1)).toEqual({
      id,
      title: t("Espoir et rétablissement", "Hope and recovery"),
      items: [],
      source: "CHIME",
    });
    expect(content.scoring.indicators.at(-1)).toEqual({
      id: `${id}_score`,
      title: t("Score : Espoir et rétablissement", "Score: Hope and recovery"),
      kind: "score",
      dimension: id,
    });
    expect(addDimension(smallDraft(), { title: t("Hope"), source: "x" }).id).toBe("hope_2");
    expect(slugify("  12 Élan !")).toBe("d_12_elan");
    expect(slugify("…")).toBe("dimension");
  });

  it("Should rename a dimension in one language, its id staying, its score title following", () => {
    const draft = renameDimension(smallDraft(), "hope", "fr", "Espérance");
    expect(draft.scoring.dimensions[0]).toMatchObject({ id: "hope", title: t("Espérance", "Hope") });
    expect(draft.scoring.indicators[0]!.title).toEqual(t("Score : Espérance", "Score: Hope"));
    expect(setDimensionSource(draft, "hope", "Leamy 2011").scoring.dimensions[0]!.source).toBe("Leamy 2011");
    expect(setHigherIsBetter(draft, "hope", false).scoring.dimensions[0]!.higherIsBetter).toBe(false);
    expect("higherIsBetter" in setHigherIsBetter(setHigherIsBetter(draft, "hope", false), "hope", true).scoring.dimensions[0]!).toBe(false);
  });

  it("Should delete a dimension with its indicators, its questions staying", () => {
    const draft = deleteDimension(smallDraft(), "hope");
    expect(draft.scoring.dimensions.map((d) => d.id)).toEqual(["trust"]);
    expect(draft.scoring.indicators.map((i) => i.id)).toEqual(["trust_score", "yes_share"]);
    expect(names(draft)).toContain("a");
  });

  it("Should keep a question in one dimension at most, its reverse flag following it", () => {
    const moved = assignQuestion(smallDraft(), "b", "trust");
    expect(moved.scoring.dimensions.map((d) => [d.id, d.items, d.reverse])).toEqual([
      ["hope", ["a"], []],
      ["trust", ["c", "b"], ["b"]],
    ]);
    const out = assignQuestion(moved, "b", null);
    expect(dimensionOf(out, "b")).toBeUndefined();
    expect(out.scoring.dimensions[1]!.reverse).toEqual([]);
  });

  it("Should refuse to score a question whose answers are not numbers on the scale", () => {
    const draft = smallDraft();
    expect(canScore(draft, "many")).toBe(false);
    expect(assignQuestion(draft, "many", "hope")).toBe(draft);
    expect(assignQuestion(draft, "a", "nowhere")).toBe(draft);
    const wide = setScaleRange(draft, "a", 1, 7);
    expect(canScore(wide, "a")).toBe(false);
    expect(offScaleItems(wide)).toEqual(["a"]);
  });

  it("Should reverse only a question in a dimension that offers the whole scale", () => {
    const draft = smallDraft();
    expect(isReversed(setReverse(draft, "a", true), "a")).toBe(true);
    expect(isReversed(setReverse(draft, "b", false), "b")).toBe(false);
    expect(setReverse(draft, "yes", true)).toBe(draft);
    const narrow = setScaleRange(draft, "a", 2, 5);
    expect(canReverse(narrow, "a")).toBe(false);
    expect(setReverse(narrow, "a", true)).toBe(narrow);
  });

  it("Should set the scoring scale, refusing an upside-down one", () => {
    expect(setScale(smallDraft(), 0, 4).scoring.scale).toEqual({ min: 0, max: 4 });
    const draft = smallDraft();
    expect(setScale(draft, 4, 4)).toBe(draft);
  });
});

describe("pages and roles", () => {
  it("Should add an empty page with a fresh name and delete it while it is empty", () => {
    const { content, name } = addPage(smallDraft(), 1);
    expect(name).toBe("page1");
    expect(content.definition.pages.map((p) => p.name)).toEqual(["p1", "page1", "p2"]);
    expect(content.definition.pages[1]!.title).toEqual({ fr: "Nouvelle page", en: "New page" });
    expect(deletePage(content, "page1").definition.pages.map((p) => p.name)).toEqual(["p1", "p2"]);
    const filled = addQuestion(content, "yes_no", "page1", 0).content;
    expect(deletePage(filled, "page1")).toBe(filled);
  });

  it("Should never delete the only page", () => {
    const draft = frozen({ ...smallDraft(), definition: { pages: [{ name: "only", elements: [] }] } });
    expect(deletePage(draft, "only")).toBe(draft);
  });

  it("Should add and remove respondent roles in their usual order", () => {
    const draft = setRole(setRole(smallDraft(), "institution", true), "peer_worker", true);
    expect(draft.roles).toEqual(["patient", "peer_worker", "institution"]);
    expect(setRole(draft, "patient", false).roles).toEqual(["peer_worker", "institution"]);
  });
});

describe("shapeProblems", () => {
  it("Should find nothing wrong with a library questionnaire or an edited draft", () => {
    expect(shapeProblems(libraryDraft())).toEqual([]);
    expect(shapeProblems(addQuestion(smallDraft(), "matrix", "p1", 0).content)).toEqual([]);
  });

  it("Should name the path of each problem, in French or English", () => {
    expect(shapeProblems(null)).toEqual(["/ : un objet { … } est attendu"]);
    expect(shapeProblems([], "en")).toEqual(["/ : an object { … } is expected"]);
    const broken = JSON.parse(JSON.stringify(smallDraft()));
    broken.title = "Titre";
    broken.roles = "patient";
    broken.definition.pages[0].elements[1].name = 3;
    broken.definition.pages[1].elements[1].elements[0].choices[0] = "x";
    broken.scoring.scale = { min: 1 };
    broken.scoring.dimensions[0].items = "a";
    delete broken.scoring.indicators;
    expect(shapeProblems(broken, "en").map((p) => p.split(" : ")[0])).toEqual([
      "/title",
      "/roles",
      "/definition/pages/0/elements/1/name",
      "/definition/pages/1/elements/1/elements/0/choices/0",
      "/scoring/scale",
      "/scoring/dimensions/0/items",
      "/scoring/indicators",
    ]);
  });

  it("Should want pages with elements and a definition", () => {
    const draft = JSON.parse(JSON.stringify(smallDraft()));
    draft.definition.pages[0].elements = {};
    expect(shapeProblems(draft)).toEqual(["/definition/pages/0/elements : une liste [ … ] est attendue"]);
    expect(shapeProblems({ ...draft, definition: {} })).toContain("/definition/pages : une liste [ … ] est attendue");
  });
});

describe("the library's questionnaire, edited", () => {
  it("Should stay acceptable to the server after a round of typical edits", () => {
    let draft = libraryDraft();
    const first = draft.definition.pages[0]!.name;
    const added = addQuestion(draft, "likert", first, 2);
    draft = setText(added.content, { kind: "element", name: added.name!, field: "title" }, "fr", "Je me sens écouté·e.");
    draft = assignQuestion(draft, added.name!, draft.scoring.dimensions[0]!.id);
    draft = setReverse(draft, added.name!, true);
    draft = moveQuestion(draft, added.name!, "up");
    draft = duplicateQuestion(draft, "engagement_decisions").content;
    draft = deleteQuestion(draft, "rights_obtained", { clearDependents: true }).content;
    draft = setShowIf(draft, "comment", { question: "engagement_decisions", value: 5 });
    expect(() => serverCheck(draft)).not.toThrow();
    expect(shapeProblems(draft)).toEqual([]);
  });
});
