import { describe, expect, it } from "vitest";
import { quantile } from "@/domain/statistics/descriptive.ts";

describe("quantile against R's default (type 7)", () => {
  it("Should match R on an even-sized sample, deciles included", () => {
    // R: quantile(c(2, 4, 4, 5, 7, 9, 10, 12, 15, 21), c(.1, .25, .5, .75, .9)) → 3.8 4.25 8 11.5 15.6
    const x = [21, 2, 4, 15, 4, 5, 12, 7, 9, 10];
    expect([0.1, 0.25, 0.5, 0.75, 0.9].map((p) => quantile(x, p))).toEqual([3.8, 4.25, 8, 11.5, 15.6].map((v) => expect.closeTo(v, 10)));
  });

  it("Should return the single value of a one-value sample at any p", () => {
    expect([0, 0.1, 0.9, 1].map((p) => quantile([42], p))).toEqual([42, 42, 42, 42]);
  });
});
