import { describe, expect, it } from "vitest";
import { easyReadNotice } from "../../src/domain/anonymity/easy-read-notice.ts";
import { informationNotice } from "../../src/domain/anonymity/information-notice.ts";
import { frenchSyllables, kandelMoles } from "../../src/domain/readability.ts";

const input = { structureName: "GEM Les Traboules", minCell: 11, contactEmail: "contact@example.org" };
const frenchText = (sections: { title: { fr: string }; text: { fr: string } }[]) => sections.map((s) => s.text.fr).join("\n");

describe("kandelMoles", () => {
  it("Should count French syllables by groups of vowels, without a mute final e", () => {
    expect(frenchSyllables("réponses")).toBe(2);
    expect(frenchSyllables("questionnaire")).toBe(3);
    expect(frenchSyllables("faire")).toBe(1);
    expect(frenchSyllables("le")).toBe(1);
    expect(frenchSyllables("anonymement")).toBe(5);
  });

  it("Should score a short plain sentence far above a long administrative one", () => {
    const easy = kandelMoles("Vous pouvez arrêter quand vous voulez.");
    const hard = kandelMoles(
      "Conformément aux dispositions réglementaires applicables, les informations recueillies font l'objet d'un traitement informatisé destiné à l'évaluation institutionnelle des dispositifs d'accompagnement.",
    );
    expect(easy.sentences).toBe(1);
    expect(easy.words).toBe(6);
    expect(easy.score).toBeGreaterThan(70);
    expect(hard.score).toBeLessThan(20);
  });
});

describe("The easy-to-read notice", () => {
  it("Should read as very easy French (Kandel & Moles ≥ 80), far easier than the standard notice", () => {
    const easy = kandelMoles(frenchText(easyReadNotice(input)));
    const standard = kandelMoles(frenchText(informationNotice(input)));
    expect(easy.score).toBeGreaterThanOrEqual(80);
    expect(easy.score - standard.score).toBeGreaterThan(20);
  });

  it("Should keep one short idea a line: no line over 12 words, in French and English", () => {
    for (const section of easyReadNotice(input))
      for (const locale of ["fr", "en"] as const)
        for (const line of section.text[locale].split("\n")) expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(12);
  });

  it("Should say everything the standard notice says, section by section", () => {
    expect(easyReadNotice(input).map((s) => s.id)).toEqual(informationNotice(input).map((s) => s.id));
    const research = { fr: "Une équipe de recherche lit les réponses.", en: "A research team reads the answers." };
    expect(easyReadNotice({ ...input, research }).map((s) => s.id)).toEqual(informationNotice({ ...input, research }).map((s) => s.id));
    expect(frenchText(easyReadNotice(input))).toContain("11 personnes");
  });
});
