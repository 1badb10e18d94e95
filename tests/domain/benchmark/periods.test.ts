import { describe, expect, it } from "vitest";
import {
  nextQuarter,
  periodOfQuarter,
  previousQuarter,
  quarterEnd,
  quarterOf,
  quartersBetween,
  reportHorizon,
  yearOf,
  yearOfQuarter,
} from "@/domain/benchmark/periods.ts";

describe("periods", () => {
  it("Should place a day in its quarter and year", () => {
    expect(["2026-01-01", "2026-03-31", "2026-04-01", "2026-09-30", "2026-12-31"].map(quarterOf)).toEqual([
      "2026-Q1",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
    expect(yearOf("2026-05-14")).toBe("2026");
    expect(yearOfQuarter("2025-Q4")).toBe("2025");
    expect(periodOfQuarter("2025-Q4", "quarter")).toBe("2025-Q4");
    expect(periodOfQuarter("2025-Q4", "year")).toBe("2025");
  });

  it("Should step through quarters across years and give their last day", () => {
    expect(nextQuarter("2025-Q4")).toBe("2026-Q1");
    expect(previousQuarter("2026-Q1")).toBe("2025-Q4");
    expect(quarterEnd("2024-Q1")).toBe("2024-03-31");
    expect(quarterEnd("2024-Q2")).toBe("2024-06-30");
    expect(quartersBetween("2025-Q3", "2026-Q1")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(quartersBetween("2026-Q1", "2025-Q3")).toEqual([]);
  });

  it("Should end a report's data at the last completed quarter", () => {
    expect(reportHorizon("2026-05-14")).toBe("2026-03-31");
    expect(reportHorizon("2026-01-01")).toBe("2025-12-31");
  });

  it("Should refuse what is not a day or a quarter", () => {
    expect(() => quarterOf("2026-02-30")).toThrow(RangeError);
    expect(() => quarterOf("14/05/2026")).toThrow(RangeError);
    expect(() => quarterEnd("2026-Q5")).toThrow(RangeError);
  });
});
