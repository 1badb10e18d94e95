import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv } from "@/domain/export/csv.ts";

describe("toCsv", () => {
  it("Should start with a byte-order mark, end lines with CRLF and quote fields holding the separator, quotes or line breaks", () => {
    expect(toCsv(["a", "b"], [[1.5, 'x;"y"\nz']], "semicolon")).toBe('\uFEFFa;b\r\n1.5;"x;""y""\nz"\r\n');
    expect(toCsv(["a"], [["x;y"]], "comma")).toBe("\uFEFFa\r\nx;y\r\n");
  });

  it("Should keep a formula-looking text from running as a formula, and leave signed numbers as they are", () => {
    expect(csvField("=HYPERLINK(1)", ";")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)", ";")).toBe("'@SUM(A1)");
    expect(csvField("-3.5", ";")).toBe("-3.5");
    expect(csvField(-3.5, ";")).toBe("-3.5");
  });

  it("Should read back every table it writes, with either separator", () => {
    const text = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        fc.constantFrom("semicolon", "comma"),
        (rows, sep) => {
          const parsed = parseCsv(toCsv(["h1", "h2"], rows, sep as "semicolon" | "comma"), sep === "comma" ? "," : ";");
          expect(parsed).toEqual({ header: ["h1", "h2"], rows });
        },
      ),
    );
  });
});
