import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskFreeText } from "@/domain/anonymity/mask-free-text.ts";

describe("maskFreeText", () => {
  it.each([
    ["Écrivez-moi : marie.dupont+gem@orange.fr merci", "Écrivez-moi : [courriel masqué] merci"],
    ["mon 06 12 34 56 78 ou 0612345678", "mon [téléphone masqué] ou [téléphone masqué]"],
    ["tel +33 6 12 34 56 78, fixe 04.72.00.00.00", "tel [téléphone masqué], fixe [téléphone masqué]"],
    ["0033 (0)4 72 11 22 33", "[téléphone masqué]"],
    ["NIR 2 84 12 69 123 456 78 voilà", "NIR [numéro de sécurité sociale masqué] voilà"],
    ["1840269123456", "[numéro de sécurité sociale masqué]"],
    ["corse 1 75 03 2A 012 345 67", "corse [numéro de sécurité sociale masqué]"],
    ["voir https://facebook.com/marie.dupont?x=1 et www.monblog.fr", "voir [lien masqué] et [lien masqué]"],
  ])("Should mask %j", (input, expected) => {
    expect(maskFreeText(input).text).toBe(expected);
  });

  it.each([
    "J'ai été hospitalisé 2 fois en 2024, 3 semaines.",
    "Le GEM ouvre de 14 h à 18 h, 5 jours sur 7.",
    "Note : 4/5, merci à toute l'équipe !",
  ])("Should leave ordinary text alone: %j", (input) => {
    expect(maskFreeText(input)).toEqual({ text: input, masked: {} });
  });

  it("Should leave no e-mail address, French phone number or URL behind, whatever surrounds it", () => {
    const word = fc.stringMatching(/^[a-zà-ü ,.!?']{0,20}$/);
    const email = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}$/), fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom("fr", "com", "org"))
      .map(([u, d, t]) => `${u}@${d}.${t}`);
    const phone = fc
      .tuple(
        fc.constantFrom("0", "+33 ", "0033 "),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(" ", ".", "-", ""),
      )
      .map(([prefix, first, pairs, sep]) => `${prefix}${first}${sep}${pairs.map((p) => String(p).padStart(2, "0")).join(sep)}`);
    const url = fc.webUrl();
    fc.assert(
      fc.property(word, fc.oneof(email, phone, url), word, (before, secret, after) => {
        const { text } = maskFreeText(`${before} ${secret} ${after}`);
        expect(text).not.toContain(secret);
      }),
      { numRuns: 500 },
    );
  });
});
