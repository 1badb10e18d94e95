import { describe, expect, it } from "vitest";
import { isEmptyAnswer } from "../../src/domain/questionnaire/answer-validation.ts";

/** `levels` objects, each the only value of the one before, around `leaf`. */
function nested(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe("isEmptyAnswer", () => {
  it.each([
    [undefined, true],
    [null, true],
    ["  ", true],
    [[], true],
    [{ a: "", b: null }, true],
    [{ a: " " }, false],
    [0, false],
    [false, false],
    [{ a: { b: [] } }, true],
    [{ a: { b: [1] } }, false],
  ])("Should follow SurveyJS on %j", (value, empty) => {
    expect(isEmptyAnswer(value)).toBe(empty);
  });

  it("Should decide on input nested far deeper than any answer, without exhausting the stack", () => {
    expect(isEmptyAnswer(nested(200_000, ""))).toBe(true);
    expect(isEmptyAnswer(nested(200_000, "x"))).toBe(false);
  });
});
