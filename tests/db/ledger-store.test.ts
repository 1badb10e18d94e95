import { describe, expect, it } from "vitest";
import type { NewRelease } from "../../src/db/ledger-store.ts";
import { createSqliteStore } from "../../src/db/store.ts";
import type { ReleasedFigure } from "../../src/domain/release/build-release.ts";

const release = (quarter: string): NewRelease => ({
  series: "experience-usagers#1",
  quarter,
  cutoff: "2026-03-31",
  methodVersion: "test",
  minCell: 11,
  versions: [{ questionnaire: "experience-usagers", version: 1 }],
  releasedOn: "2026-04-02",
});

const group = (n: number, members: number[]): ReleasedFigure => ({
  role: "patient",
  indicatorId: "hope",
  scope: "group:84:region",
  figure: { structures: members.length, respondents: n, value: 70, ci: [65, 75] },
  detail: {
    kind: "group",
    pooled: { n, sum: 70 * n, sumSquares: 4900 * n },
    members: members.map((id) => ({ id, stats: { n: n / members.length, sum: 70, sumSquares: 4900 } })),
  },
});

describe("Ledger store", () => {
  it("Should read figures as written at every reading, and a release written after the first reading too", async () => {
    const store = createSqliteStore(":memory:");
    const first = await store.ledger.writeRelease(release("2026-Q1"), [group(40, [1, 2, 3, 4])]);
    const read = () => store.ledger.figures([first.id], ["group:84:region"]);
    expect((await read()).map(({ figure, detail }) => ({ figure, detail }))).toEqual([
      { figure: group(40, [1, 2, 3, 4]).figure, detail: group(40, [1, 2, 3, 4]).detail },
    ]);
    expect(await read()).toEqual(await read());

    const second = await store.ledger.writeRelease({ ...release("2026-Q2"), cutoff: "2026-06-30" }, [group(50, [1, 2, 3, 4, 5])]);
    const both = await store.ledger.figures([second.id, first.id], ["group:84:region", "national"]);
    expect(both.map((f) => [f.releaseId, f.figure])).toEqual([
      [second.id, group(50, [1, 2, 3, 4, 5]).figure],
      [first.id, group(40, [1, 2, 3, 4]).figure],
    ]);
  });

  it("Should hand out figures that no reader can alter for the next one", async () => {
    const store = createSqliteStore(":memory:");
    const { id } = await store.ledger.writeRelease(release("2026-Q1"), [group(40, [1, 2, 3, 4])]);
    const [figure] = await store.ledger.figures([id], ["group:84:region"]);
    const detail = figure!.detail as Extract<ReleasedFigure["detail"], { kind: "group" }>;
    expect(() => detail.members.push({ id: 9, stats: { n: 1, sum: 1, sumSquares: 1 } })).toThrow(TypeError);
    expect(() => Object.assign(figure!.figure, { value: 0 })).toThrow(TypeError);
    const [again] = await store.ledger.figures([id], ["group:84:region"]);
    expect(again!.figure).toEqual(group(40, [1, 2, 3, 4]).figure);
  });
});
