import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkQuestionnaire } from "@/domain/questionnaire/check-questionnaire.ts";
import { QuestionnaireFileError } from "@/domain/questionnaire/questionnaire-fault.ts";
import type { QuestionnaireFile } from "@/domain/questionnaire/types.ts";

const valid = (): QuestionnaireFile => JSON.parse(readFileSync("surveys/experience-usagers.json", "utf8"));

function faultsOf(data: unknown): { path: string; message: string }[] {
  try {
    checkQuestionnaire(data, "surveys/broken.json");
  } catch (error) {
    expect(error).toBeInstanceOf(QuestionnaireFileError);
    expect((error as Error).message).toMatch(/^surveys\/broken\.json: /);
    return (error as QuestionnaireFileError).faults;
  }
  throw new Error("expected the file to be refused");
}

describe("checkQuestionnaire", () => {
  it("Should accept the library's patient questionnaire", () => {
    expect(checkQuestionnaire(valid(), "surveys/experience-usagers.json").slug).toBe("experience-usagers");
  });

  it("Should name the path of a missing translation", () => {
    const file = valid();
    (file.survey.pages[0]!.elements[1]!.title as Record<string, string>)["en"] = "";
    expect(faultsOf(file)).toContainEqual({ path: "/survey/pages/0/elements/1/title", message: expect.stringContaining('"fr"') });
  });

  it("Should refuse a plain-string title", () => {
    const file = valid() as unknown as { survey: { pages: { title: unknown }[] } };
    file.survey.pages[0]!.title = "Vous";
    expect(faultsOf(file).map((f) => f.path)).toContain("/survey/pages/0/title");
  });

  it("Should refuse an item scored twice, an unknown item and a reverse item outside its dimension", () => {
    const file = valid();
    const [first, second] = file.scoring.dimensions;
    second!.items.push(first!.items[0]!);
    first!.items.push("no_such_question");
    first!.reverse = [...(first!.reverse ?? []), second!.items[0]!];
    const messages = faultsOf(file).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining("is already scored in dimension"));
    expect(messages).toContainEqual(expect.stringContaining('"no_such_question" is not a question'));
    expect(messages).toContainEqual(expect.stringContaining("is not one of the dimension's items"));
  });

  it("Should refuse a reverse item whose values do not span the scale", () => {
    const file = valid();
    const dimension = file.scoring.dimensions.find((d) => (d.reverse ?? []).length > 0)!;
    const name = dimension.reverse![0]!;
    const question = file.survey.pages.flatMap((p) => p.elements).find((e) => e.name === name)!;
    question.choices = question.choices!.slice(0, 4);
    expect(faultsOf(file).map((f) => f.message)).toContainEqual(expect.stringContaining(`reverse item "${name}" must offer every value`));
  });

  it("Should refuse duplicate names, unknown types, unsupported properties and broken conditions", () => {
    const file = valid();
    const elements = file.survey.pages[0]!.elements;
    elements.push({ ...elements[1]!, name: elements[2]!.name });
    elements.push({ type: "signaturepad", name: "sign", title: { fr: "Signez", en: "Sign" } });
    elements.push({
      type: "radiogroup",
      name: "other_q",
      title: { fr: "a", en: "a" },
      choices: [{ value: 1, text: { fr: "a", en: "a" } }],
      showOtherItem: true,
    });
    elements.push({ type: "text", name: "cond", title: { fr: "a", en: "a" }, visibleIf: "{ghost} = 1" });
    elements.push({ type: "text", name: "cond2", title: { fr: "a", en: "a" }, visibleIf: "{other_q} = " });
    const faults = faultsOf(file);
    const messages = faults.map((f) => f.message);
    // The schema stage names the unknown type at its path; the other faults come from the second stage
    // once the type is fixed.
    expect(faults).toContainEqual({
      path: "/survey/pages/0/elements/8/type",
      message: expect.stringContaining("must be equal to one of the allowed values"),
    });
    elements.splice(8, 1);
    const second = faultsOf(file).map((f) => f.message);
    expect(second).toContainEqual(expect.stringContaining(`name "${elements[2]!.name}" is used 2 times`));
    expect(second).toContainEqual('property "showOtherItem" is not supported');
    expect(second).toContainEqual('condition refers to unknown question "ghost"');
    expect(second).toContainEqual(expect.stringContaining("does not parse"));
    expect(messages.length).toBeGreaterThan(0);
  });

  it("Should report schema faults with their path", () => {
    const faults = faultsOf({ slug: "Bad Slug", roles: ["visitor"], title: { fr: "x" } });
    const paths = faults.map((f) => f.path);
    expect(paths).toContain("/slug");
    expect(paths).toContain("/roles/0");
    expect(paths).toContain("/title");
    expect(faults.some((f) => f.path === "" && f.message.includes("survey"))).toBe(true);
  });

  it("Should refuse indicators that point at nothing, and dimensions that feed none", () => {
    const file = valid();
    const [first] = file.scoring.dimensions;
    file.scoring.indicators = [
      { id: "a", title: { fr: "a", en: "a" }, kind: "score", dimension: "ghost" },
      { id: "a", title: { fr: "a", en: "a" }, kind: "proportion", dimension: first!.id } as never,
      { id: "b", title: { fr: "b", en: "b" }, kind: "proportion", item: "hospitalisations_12m", values: ["many"] },
      { id: "c", title: { fr: "c", en: "c" }, kind: "proportion", item: "nowhere", values: [1] },
    ];
    const messages = faultsOf(file).map((f) => f.message);
    expect(messages).toContain('indicator id "a" is used twice');
    expect(messages).toContain('indicator refers to unknown dimension "ghost"');
    expect(messages).toContain("a proportion of a dimension needs a threshold (0–100)");
    expect(messages).toContain('value "many" is not an answer of "hospitalisations_12m"');
    expect(messages).toContain('indicator refers to unknown question "nowhere"');
    expect(messages).toContainEqual(expect.stringMatching(/^dimension "\w+" feeds no indicator$/));
  });

  it("Should refuse a mirrored statement the library does not define, or asked off the scale", () => {
    const file = valid();
    file.scoring.mirrors = [
      { id: "not_a_statement", item: "mirror_peer_care_decisions" },
      { id: "peer_governance", item: "hospitalisations_12m" },
    ];
    const messages = faultsOf(file).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining('"not_a_statement" is not a mirrored statement'));
    expect(messages).toContain('mirrored item "hospitalisations_12m" must be asked on the whole scale');
  });

  it("Should refuse every SurveyJS property the server-side checker does not implement, wherever it stands", () => {
    const file = valid() as unknown as {
      survey: Record<string, unknown> & { pages: (Record<string, unknown> & { elements: Record<string, unknown>[] })[] };
    };
    file.survey["maxTextLength"] = 10;
    file.survey.pages[0]!["visible"] = false;
    const q = file.survey.pages[0]!.elements[2]!;
    q["visible"] = false;
    (q["choices"] as Record<string, unknown>[])[0]!["visibleIf"] = "false";
    file.survey.pages[0]!.elements.push({ type: "text", name: "toString", title: { fr: "a", en: "a" } });
    file.survey.pages[0]!.elements.push({ type: "rating", name: "wide", title: { fr: "a", en: "a" }, rateMin: 0, rateMax: 30 });
    file.survey.pages[0]!.elements.push({ type: "text", name: "plain", title: { fr: "a", en: "a" }, min: 0, max: 3 });
    file.survey.pages[0]!.elements.push({
      type: "panel",
      name: "group",
      isRequired: true,
      elements: [{ type: "text", name: "inner", title: { fr: "a", en: "a" } }],
    });
    const faults = faultsOf(file);
    const paths = faults.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/survey/pages/0/elements/10/isRequired",
        "/survey/maxTextLength",
        "/survey/pages/0/visible",
        "/survey/pages/0/elements/2/visible",
        "/survey/pages/0/elements/2/choices/0/visibleIf",
      ]),
    );
    const messages = faults.map((f) => f.message);
    expect(messages).toContain('name "toString" is reserved');
    expect(messages).toContain("a rating offers at most 20 values");
    expect(messages).toContain('min and max apply only to a number input ("inputType": "number")');
  });
});
