import { describe, expect, it } from "vitest";
import { higherIsBetter, indicatorValues } from "@/domain/benchmark/indicator-values.ts";
import { scoreResponse } from "@/domain/questionnaire/scoring.ts";
import type { Scoring } from "@/domain/questionnaire/types.ts";

const t = (text: string) => ({ fr: text, en: text });
const scoring: Scoring = {
  scale: { min: 1, max: 5 },
  dimensions: [
    { id: "hope", title: t("Hope"), items: ["a", "b"], source: "test" },
    { id: "stigma", title: t("Stigma"), items: ["s1", "s2", "s3", "s4"], higherIsBetter: false, source: "test" },
  ],
  indicators: [
    { id: "hope", kind: "score", dimension: "hope", title: t("Hope") },
    { id: "hope_agree", kind: "proportion", dimension: "hope", threshold: 75, title: t("Hope ≥ agree") },
    { id: "stigma", kind: "score", dimension: "stigma", title: t("Stigma") },
    { id: "helped", kind: "proportion", item: "q", values: ["yes", "rather_yes"], exclude: ["no_answer"], title: t("Helped") },
    { id: "supports", kind: "proportion", item: "c", values: ["peer", "group"], exclude: ["none"], title: t("Peer support used") },
    { id: "visits", kind: "proportion", item: "v", atLeast: 3, title: t("3 visits or more") },
  ],
};

const values = (answers: Record<string, unknown>) =>
  Object.fromEntries(indicatorValues(scoring, answers, scoreResponse(scoring, answers)).map((v) => [v.indicatorId, v.value]));

describe("indicatorValues", () => {
  it("Should give the dimension score and whether it reaches the threshold", () => {
    // a = 5 → 100, b = 4 → 75: 87.5 ≥ 75.
    expect(values({ a: 5, b: 4 })).toMatchObject({ hope: 87.5, hope_agree: 1 });
    // a = 4 → 75, b = 3 → 50: 62.5 < 75.
    expect(values({ a: 4, b: 3 })).toMatchObject({ hope: 62.5, hope_agree: 0 });
    // Exactly at the threshold counts.
    expect(values({ a: 4 })).toMatchObject({ hope: 75, hope_agree: 1 });
  });

  it("Should leave a respondent out of a dimension answered on fewer than half its items", () => {
    // stigma: 1 of 4 items answered.
    expect(values({ s1: 2 })).toMatchObject({ stigma: null, hope: null, hope_agree: null });
  });

  it("Should count an item's wanted values among those who answered anything but an excluded value", () => {
    expect(values({ q: "yes" }).helped).toBe(1);
    expect(values({ q: "no" }).helped).toBe(0);
    expect(values({ q: "no_answer" }).helped).toBeNull();
    expect(values({}).helped).toBeNull();
  });

  it("Should count a checkbox when any selected value is wanted, and skip one holding only excluded values", () => {
    expect(values({ c: ["other", "group"] }).supports).toBe(1);
    expect(values({ c: ["other"] }).supports).toBe(0);
    expect(values({ c: ["none"] }).supports).toBeNull();
    expect(values({ c: [] }).supports).toBeNull();
  });

  it("Should compare a number with atLeast", () => {
    expect(values({ v: 3 }).visits).toBe(1);
    expect(values({ v: 2 }).visits).toBe(0);
    expect(values({ v: "3" }).visits).toBeNull();
  });

  it("Should keep the direction of the indicator, else of its dimension", () => {
    const [hope, , stigma, helped] = scoring.indicators;
    expect(higherIsBetter(hope!, scoring.dimensions)).toBe(true);
    expect(higherIsBetter(stigma!, scoring.dimensions)).toBe(false);
    expect(higherIsBetter({ ...helped!, higherIsBetter: false }, scoring.dimensions)).toBe(false);
  });
});
