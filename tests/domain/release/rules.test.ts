import { describe, expect, it } from "vitest";
import { liveCount, primaryRefusal, releaseRules } from "../../../src/domain/release/rules.ts";

describe("primaryRefusal", () => {
  it("Should refuse fewer than 4 structures, fewer than minCell respondents, and one structure above 85 %", () => {
    expect(primaryRefusal([40, 12, 15, 11], releaseRules(11))).toBeNull();
    expect(primaryRefusal([40, 12, 15], releaseRules(11))).toBe("too_few_structures");
    expect(primaryRefusal([2, 2, 2, 2], releaseRules(11))).toBe("too_few_structures");
    expect(primaryRefusal([400, 12, 15, 11], releaseRules(11))).toBe("dominance");
  });
});

describe("liveCount", () => {
  it("Should show counts in bins of 10 whose lowest runs past the threshold", () => {
    expect([0, 7, 10, 11, 19].map((n) => liveCount(n, 11))).toEqual(Array(5).fill({ below: 20 }));
    expect([20, 29, 37].map((n) => liveCount(n, 11))).toEqual([{ atLeast: 20 }, { atLeast: 20 }, { atLeast: 30 }]);
    expect([4, 5, 9, 10].map((n) => liveCount(n, 5))).toEqual([{ below: 10 }, { below: 10 }, { below: 10 }, { atLeast: 10 }]);
  });

  it("Should not let a released total of 49 and campaigns shown '≥ 30' and 'fewer than' give the second's 10", () => {
    // With "< 11" as the lowest bin the second campaign's count was 49 − (30…39) ∩ (0…10) = 10 exactly.
    const [first, second] = [liveCount(39, 11), liveCount(10, 11)];
    expect(first).toEqual({ atLeast: 30 });
    expect(second).toEqual({ below: 20 });
    const possible = Array.from({ length: 20 }, (_, v) => v).filter((v) => 49 - v >= 30 && 49 - v <= 39);
    expect(possible).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it("Should not let two campaigns shown 'fewer than' and a released total of 20 give their counts", () => {
    // With "< 11" both were 10: the only way two counts below 11 make 20.
    expect([liveCount(10, 11), liveCount(10, 11)]).toEqual([{ below: 20 }, { below: 20 }]);
    const possible = Array.from({ length: 20 }, (_, v) => v).filter((v) => 20 - v >= 0 && 20 - v < 20);
    expect(possible.length).toBeGreaterThan(1);
  });
});
