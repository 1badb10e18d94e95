import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectMicrodata, QUASI_COLUMNS, type MicrodataRecord } from "@/domain/release/microdata-disclosure.ts";

const record = fc.record({
  role: fc.constantFrom("patient", "professional"),
  kind: fc.constantFrom("gem", "cmp", "hospital"),
  department: fc.constantFrom("69", "38", "75", "13"),
  region: fc.constant("84"),
  day: fc.constantFrom("2025-02-01", "2025-05-03", "2025-11-20", "2026-01-15"),
  values: fc.record({
    age: fc.integer({ min: 18, max: 80 }),
    duration: fc.constantFrom("lt1", "1to3", "gt3"),
    stay: fc.constantFrom(0, 1, 2),
    q1: fc.integer({ min: 1, max: 5 }),
  }),
}) as fc.Arbitrary<MicrodataRecord>;

const variables = { all: ["age", "duration", "stay", "q1"], banded: ["age"], identifying: ["duration"], sensitive: ["stay"] };

describe("protectMicrodata", () => {
  it("Should leave every combination of quasi-identifiers with at least k rows, and account for every row", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 120 }), fc.integer({ min: 5, max: 15 }), (records, k) => {
        const { header, rows, report } = protectMicrodata(records, variables, k);
        expect(report.rows + report.suppressedRows).toBe(records.length);
        // Rows are left out only within the budget, or once nothing is left to coarsen.
        if (Object.values(report.coarsened).some((level) => level !== "none"))
          expect(report.suppressedRows).toBeLessThanOrEqual(Math.floor(records.length * 0.05));
        const quasi = [...QUASI_COLUMNS, "age", "duration"].map((c) => header.indexOf(c));
        const counts = new Map<string, number>();
        for (const row of rows) {
          const key = JSON.stringify(quasi.map((i) => row[i]));
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(k);
        const stay = header.indexOf("stay");
        for (const key of counts.keys()) {
          const values = new Set(
            rows
              .filter((r) => JSON.stringify(quasi.map((i) => r[i])) === key)
              .map((r) => r[stay])
              .filter((v) => v !== null),
          );
          expect(values.size === 0 || values.size >= 2).toBe(true);
        }
      }),
    );
  });
});
