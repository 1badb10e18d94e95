import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseTypography, sameWording } from "@/domain/codesign/text-normalisation.ts";

describe("normaliseTypography", () => {
  it("Should bring typographic variants of French to one form", () => {
    expect(normaliseTypography("L’accompagnement\u202F: « utile »\u00A0!")).toBe(`L'accompagnement: "utile"!`);
    expect(normaliseTypography("  Je   vais\tbien…  ")).toBe("Je vais bien...");
    expect(normaliseTypography("12 – 18 ans — ou plus")).toBe("12-18 ans-ou plus");
    expect(normaliseTypography("pair\u2011aidant\u200B")).toBe("pair-aidant");
    expect(normaliseTypography("e\u0301coute")).toBe("écoute");
    expect(sameWording("« Oui »", "“Oui”")).toBe(true);
    expect(sameWording("Je vais bien", "je vais bien")).toBe(false);
    expect(sameWording("peut-être", "peut être")).toBe(false);
  });

  it("Should be idempotent", () => {
    const unit = fc.constantFrom(
      "a",
      "é",
      "e",
      "\u0301",
      " ",
      "\u00A0",
      "\u202F",
      "\u200B",
      "'",
      "’",
      "«",
      "»",
      '"',
      "-",
      "–",
      "—",
      "…",
      ".",
      "?",
      ":",
      ";",
      "!",
      "\n",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        const once = normaliseTypography(s);
        expect(normaliseTypography(once)).toBe(once);
      }),
    );
  });
});
