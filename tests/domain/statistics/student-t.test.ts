import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile } from "@/domain/statistics/student-t.ts";

describe("studentTQuantile", () => {
  it("Should match published two-sided 95 % critical values (e.g. Fisher & Yates tables; R qt(0.975, df))", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.571, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    // R: qt(0.975, 10) = 2.228139, qt(0.995, 10) = 3.169273, qt(0.975, 1000) = 1.962339.
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169273, 6);
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.962339, 6);
  });

  it("Should match the closed forms of ν = 1 (Cauchy) and ν = 2", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 6);
        expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 8);
      }),
    );
  });

  it("Should be the inverse of the distribution function, and odd around ½", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0005, max: 0.9995, noNaN: true }), fc.integer({ min: 1, max: 500 }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-studentTQuantile(p, df), 8);
      }),
    );
  });

  it("Should refuse p outside (0, 1) and non-positive degrees of freedom", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});
