import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commentStep } from "@/domain/release/released-comments.ts";

describe("commentStep", () => {
  it("Should show nothing below the threshold, then move only by steps of the threshold", () => {
    expect(commentStep([0, 4, 10], 11)).toBeUndefined();
    expect(commentStep([4, 12, 15, 30], 11)).toBe(3);
    expect(commentStep([11, 21, 22], 11)).toBe(2);
  });

  it("Should never show fewer than the threshold, nor two sets shown that differ by fewer", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 12 }), fc.integer({ min: 5, max: 15 }), (added, minCell) => {
        const counts = added.map((_, i) => added.slice(0, i + 1).reduce((a, b) => a + b, 0));
        const shown: number[] = [];
        for (let i = 0; i < counts.length; i++) {
          const step = commentStep(counts.slice(0, i + 1), minCell);
          if (step !== undefined && shown[shown.length - 1] !== step) shown.push(step);
        }
        for (const step of shown) expect(counts[step]!).toBeGreaterThanOrEqual(minCell);
        for (let i = 1; i < shown.length; i++) expect(counts[shown[i]!]! - counts[shown[i - 1]!]!).toBeGreaterThanOrEqual(minCell);
      }),
    );
  });
});
