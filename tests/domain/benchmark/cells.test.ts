import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addToCells, type Cell, responseCells } from "@/domain/benchmark/cells.ts";

describe("responseCells", () => {
  it("Should give one cell per counted indicator, in the response's quarter", () => {
    const cells = responseCells({
      structureId: 7,
      role: "patient",
      day: "2026-05-14",
      values: [
        { indicatorId: "hope", value: 75 },
        { indicatorId: "hope_agree", value: 1 },
        { indicatorId: "helped", value: null },
      ],
    });
    expect(cells).toEqual([
      { structureId: 7, role: "patient", period: "2026-Q2", indicatorId: "hope", n: 1, sum: 75, sumSquares: 5625 },
      { structureId: 7, role: "patient", period: "2026-Q2", indicatorId: "hope_agree", n: 1, sum: 1, sumSquares: 1 },
    ]);
  });
});

describe("addToCells", () => {
  it("Should add the statistics of cells with the same identity and keep the others apart", () => {
    const a: Cell = { structureId: 1, role: "patient", period: "2026-Q1", indicatorId: "hope", n: 2, sum: 100, sumSquares: 5200 };
    const merged = addToCells(
      [a],
      [
        { ...a, n: 1, sum: 50, sumSquares: 2500 },
        { ...a, role: "professional", n: 1, sum: 10, sumSquares: 100 },
      ],
    );
    expect(merged).toEqual([
      { ...a, n: 3, sum: 150, sumSquares: 7700 },
      { ...a, role: "professional", n: 1, sum: 10, sumSquares: 100 },
    ]);
  });

  it("Should reach the same totals whatever the order of submissions", () => {
    const response = fc.record({
      structureId: fc.integer({ min: 1, max: 3 }),
      day: fc.constantFrom("2026-01-10", "2026-05-02"),
      value: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 30 }), (responses) => {
        const add = (list: typeof responses) =>
          list.reduce<Cell[]>(
            (cells, r) => addToCells(cells, responseCells({ ...r, role: "patient", values: [{ indicatorId: "x", value: r.value }] })),
            [],
          );
        const sorted = (cells: Cell[]) => [...cells].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
        expect(sorted(add(responses))).toEqual(sorted(add([...responses].reverse())));
        expect(add(responses).reduce((n, c) => n + c.n, 0)).toBe(responses.length);
      }),
    );
  });
});
