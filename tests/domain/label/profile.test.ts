import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreedAssessment } from "@/domain/label/agreed-assessment.ts";
import { criterionLevel, LABEL_CRITERIA } from "@/domain/label/criteria.ts";
import { labelProfile } from "@/domain/label/profile.ts";
import type { Scoring } from "@/domain/questionnaire/types.ts";

const scoring = {
  scale: { min: 1, max: 5 },
  dimensions: LABEL_CRITERIA.criteria.map((c) => ({
    id: c.dimension,
    title: c.title,
    items: [`${c.id}_a`, `${c.id}_b`, `${c.id}_not`],
    reverse: [`${c.id}_not`],
  })),
  indicators: [],
} as unknown as Scoring;

describe("labelProfile", () => {
  it("Should meet a criterion at the file's threshold and grant the label only when the four required ones are met", () => {
    const answers: Record<string, number> = {};
    for (const c of LABEL_CRITERIA.criteria) Object.assign(answers, { [`${c.id}_a`]: 4, [`${c.id}_b`]: 4, [`${c.id}_not`]: 2 });
    expect(labelProfile(LABEL_CRITERIA, scoring, new Map(), answers)).toMatchObject({ level: "granted", metCount: 6 });
    const partial = labelProfile(LABEL_CRITERIA, scoring, new Map(), { ...answers, training_a: 1, training_b: 3 });
    // (0 + 50 + 75) / 3 = 41.7: partly met, 18.3 points from met; raising training_a to "strongly agree" adds 33.3.
    expect(partial.criteria[0]).toMatchObject({ score: 41.7, level: "partly_met", pointsToNextLevel: 18.3 });
    expect(partial.criteria[0]!.improvements[0]).toMatchObject({ item: "training_a", gain: 33.3 });
    expect(partial.level).toBe("partial");
  });

  it("Should never call met a score under the threshold, nor not met one at it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const score = tenths / 10;
        const level = criterionLevel(score, LABEL_CRITERIA.thresholds);
        expect(level === "met").toBe(score >= LABEL_CRITERIA.thresholds.met);
        expect(level === "not_met").toBe(score < LABEL_CRITERIA.thresholds.partlyMet);
      }),
    );
  });
});

describe("agreedAssessment", () => {
  const submissions = [
    { id: "a", submittedOn: "2026-03-01" },
    { id: "b", submittedOn: "2026-04-02" },
  ];
  it("Should stand in with the newest submission until one is marked, then keep the marked one", () => {
    expect(agreedAssessment(submissions, [])).toMatchObject({ submission: { id: "b" }, final: false });
    const marks = [{ responseId: "a", markedAt: "2026-04-05T09:00:00.000Z" }];
    expect(agreedAssessment(submissions, marks)).toMatchObject({ submission: { id: "a" }, final: true });
    // As of a day before the mark, the mark did not exist yet.
    expect(agreedAssessment(submissions, marks, "2026-04-03")).toMatchObject({ submission: { id: "b" }, final: false });
    expect(agreedAssessment(submissions, marks, "2026-02-01")).toBeNull();
  });
});
