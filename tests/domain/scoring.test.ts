import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreResponse } from "@/domain/questionnaire/scoring.ts";
import type { Scoring } from "@/domain/questionnaire/types.ts";

const scoring: Scoring = {
  scale: { min: 1, max: 5 },
  dimensions: [
    { id: "hope", title: { fr: "Espoir", en: "Hope" }, items: ["a", "b", "c", "d"], reverse: ["d"], source: "test" },
    { id: "pair", title: { fr: "Pair", en: "Pair" }, items: ["e", "f", "g"], source: "test" },
  ],
  indicators: [],
};

describe("scoreResponse", () => {
  it("Should rescale to 0–100 and flip reverse items (hand-computed)", () => {
    // a=5 → 100, b=3 → 50, c=1 → 0, d=2 reversed → 4 → 75: mean 56.25.
    const [hope] = scoreResponse(scoring, { a: 5, b: 3, c: 1, d: 2 });
    expect(hope).toEqual({ dimension: "hope", score: 56.25, answered: 4, items: 4 });
  });

  it("Should score a dimension when half of its items are answered, and not below", () => {
    const scores = scoreResponse(scoring, { a: 5, d: 5, e: 4 });
    // hope: 2 of 4 answered: a → 100, d reversed → 0: 50.  pair: 1 of 3 answered: not scored.
    expect(scores).toEqual([
      { dimension: "hope", score: 50, answered: 2, items: 4 },
      { dimension: "pair", score: null, answered: 1, items: 3 },
    ]);
  });

  it("Should always land in [0, 100] and be null exactly when fewer than half the items are answered", () => {
    const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ a: answer, b: answer, c: answer, d: answer, e: answer, f: answer, g: answer }), (raw) => {
        const answers = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        for (const s of scoreResponse(scoring, answers)) {
          if (s.answered * 2 < s.items) expect(s.score).toBeNull();
          else {
            expect(s.score).not.toBeNull();
            expect(s.score!).toBeGreaterThanOrEqual(0);
            expect(s.score!).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it("Should make a reverse item at v and a plain item at min+max−v score alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (v) => {
        const [hope] = scoreResponse(scoring, { a: 6 - v, b: 6 - v, c: 6 - v, d: v });
        expect(hope!.score).toBeCloseTo((100 * (5 - v)) / 4, 6);
      }),
    );
  });
});
