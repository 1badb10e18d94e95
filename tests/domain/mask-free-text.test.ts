import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskFreeText } from "@/domain/anonymity/mask-free-text.ts";
import { IDENTIFIER_CORPUS, MARKERS, ORDINARY_TEXT } from "../support/identifier-corpus.ts";

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

  it.each(IDENTIFIER_CORPUS)("Should mask %j whole, and nothing around it", (identifier, kind) => {
    const { text, masked } = maskFreeText(`Contact : ${identifier} — merci.`);
    expect(text).toBe(`Contact : ${MARKERS[kind]} — merci.`);
    expect(masked).toEqual({ [kind]: 1 });
  });

  it.each(ORDINARY_TEXT)("Should leave ordinary text alone: %j", (input) => {
    expect(maskFreeText(input)).toEqual({ text: input, masked: {} });
  });

  it("Should keep the rest of the text exactly as typed, look-alikes and invisible characters included", () => {
    const input = "ｂｏｎｊｏｕｒ\u200B ! L'équipe·s est top ﬁne ½ — 06 12 34 56 78 — أهلا 👨‍👩‍👧";
    expect(maskFreeText(input).text).toBe("ｂｏｎｊｏｕｒ\u200B ! L'équipe·s est top ﬁne ½ — [téléphone masqué] — أهلا 👨‍👩‍👧");
  });

  it("Should mask in linear time, even on long runs of near-misses", () => {
    for (const input of [
      "0 ".repeat(1000),
      "a.".repeat(1000),
      "a point ".repeat(250),
      "a@".repeat(1000),
      "FR76 ".repeat(400),
      "1/".repeat(1000),
    ]) {
      const start = performance.now();
      maskFreeText(input);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

/** Separators people put between digits, and characters that look like nothing or like something else. */
const SEPARATORS = ["", "", " ", "  ", ".", "-", "/", " - ", " / ", "\u00A0", "\u202F", "\u2009", "–", "—", "·", "_", "\u200B"];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202C", "\u2066", "\u2069"];
/** Each digit as ASCII, full-width, Arabic-Indic, mathematical bold, or followed by an invisible character. */
const lookAlikeDigit = (d: number) =>
  fc.oneof(
    fc.constant(String(d)),
    fc.constant(String.fromCodePoint(0xff10 + d)),
    fc.constant(String.fromCodePoint(0x0660 + d)),
    fc.constant(String.fromCodePoint(0x1d7ce + d)),
    fc.constantFrom(...INVISIBLE).map((z) => `${d}${z}`),
  );
const spelled = (digits: number[], separators: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.tuple(...digits.map(lookAlikeDigit)), fc.array(separators, { minLength: digits.length, maxLength: digits.length }))
    .map(([chars, seps]) => chars.map((c, i) => (i === 0 ? c : seps[i] + c)).join(""));
const digits = (n: number, min = 0, max = 9) => fc.array(fc.integer({ min, max }), { minLength: n, maxLength: n });

/** Text around the identifier: no digit, and none of the letters `zq` the generated names start with. */
const context = fc.constantFrom("", "Contact :", "Écrivez-moi", "merci", "Mon numéro est le", "bonne journée !", "(voir plus haut)");
/** What is left once masked: digits read as the masking reads them, invisible characters gone. */
const seen = (text: string) => text.normalize("NFKC").replace(/[\p{Cf}]/gu, "");

describe("maskFreeText on generated disguises", () => {
  it("Should leave no digit of a French or international phone number, whatever the separators and look-alikes", () => {
    const french = fc
      .tuple(fc.integer({ min: 1, max: 9 }), digits(8))
      .chain(([first, rest]) => spelled([0, first, ...rest], fc.constantFrom(...SEPARATORS)));
    const international = fc
      .tuple(
        fc.constantFrom("+", "00", "＋"),
        fc.constantFrom("33", "44", "32", "41", "1", "49"),
        digits(9, 0, 9),
        fc.constantFrom(" ", "", "-", "."),
      )
      .map(([plus, country, rest, sep]) => `${plus}${country}${sep}${rest.join("").replace(/(\d{2})(?=\d)/g, `$1${sep}`)}`);
    fc.assert(
      fc.property(context, fc.oneof(french, international), context, (before, phone, after) => {
        const { text } = maskFreeText(`${before} ${phone} ${after}`);
        expect(seen(text)).not.toMatch(/\p{Nd}/u);
      }),
      { numRuns: 1000 },
    );
  });

  it("Should leave no digit of a NIR, with or without its key, whatever the separators", () => {
    const nir = fc
      .tuple(
        fc.constantFrom(1, 2),
        digits(2),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 95 }).filter((d) => d !== 20),
        digits(6),
        fc.option(digits(2), { nil: undefined }),
      )
      .chain(([sex, year, month, department, serial, key]) =>
        spelled(
          [sex, ...year, Math.floor(month / 10), month % 10, Math.floor(department / 10), department % 10, ...serial, ...(key ?? [])],
          fc.constantFrom(...SEPARATORS),
        ),
      );
    fc.assert(
      fc.property(context, nir, context, (before, secret, after) => {
        expect(seen(maskFreeText(`${before} ${secret} ${after}`).text)).not.toMatch(/\p{Nd}/u);
      }),
      { numRuns: 1000 },
    );
  });

  it("Should leave nothing of an e-mail address, whatever disguises its @ and its dots", () => {
    const name = fc.stringMatching(/^zq[a-z]{2,8}$/);
    const at = fc.constantFrom(
      "@",
      "＠",
      "﹫",
      " @ ",
      " @",
      "@ ",
      "(at)",
      " (at) ",
      "[at]",
      " [at] ",
      "{at}",
      " at ",
      " AT ",
      " arobase ",
      " (arobase) ",
    );
    const dot = fc.constantFrom(".", "．", "。", "｡", "·", " . ", " .", "(dot)", " [dot] ", " dot ", " point ", "[.]", " (point) ");
    const email = fc
      .tuple(
        name,
        fc.option(name, { nil: undefined }),
        at,
        name,
        dot,
        fc.constantFrom("fr", "com", "org", "net", "eu"),
        fc.constantFrom(...INVISIBLE),
      )
      .chain(([user, second, sep, domain, point, tld, invisible]) =>
        fc.integer({ min: 0, max: user.length }).map((cut) => {
          const local = second ? `${user}.${second}` : user;
          const hidden = `${local.slice(0, cut)}${invisible}${local.slice(cut)}`;
          return { text: `${hidden}${sep}${domain}${point}${tld}`, parts: [user, second, domain].filter((p): p is string => !!p) };
        }),
      );
    fc.assert(
      fc.property(context, email, context, (before, { text, parts }, after) => {
        const out = seen(maskFreeText(`${before} ${text} ${after}`).text);
        for (const part of parts) expect(out).not.toContain(part);
      }),
      { numRuns: 1000 },
    );
  });

  it("Should leave no digit of an IBAN, grouped or not, in either case", () => {
    const iban = fc
      .tuple(fc.constantFrom("FR", "DE", "BE", "ES", "IT"), digits(20), fc.constantFrom(" ", "", "-", "\u00A0"), fc.boolean())
      .map(([country, bban, sep, lower]) => {
        const body = bban.join("");
        const check = String(98 - mod97(`${body}${country}00`)).padStart(2, "0");
        const compact = `${country}${check}${body}`;
        const grouped = compact.replace(/(.{4})(?=.)/g, `$1${sep}`);
        return lower ? grouped.toLowerCase() : grouped;
      });
    fc.assert(
      fc.property(context, iban, context, (before, secret, after) => {
        expect(seen(maskFreeText(`${before} ${secret} ${after}`).text)).not.toMatch(/\p{Nd}/u);
      }),
      { numRuns: 500 },
    );
  });

  it("Should leave nothing of a social-network profile link", () => {
    const profile = fc
      .tuple(
        fc.constantFrom("", "https://", "http://www.", "www."),
        fc.constantFrom(
          "facebook.com/",
          "fb.com/",
          "instagram.com/",
          "linkedin.com/in/",
          "tiktok.com/@",
          "x.com/",
          "twitter.com/",
          "youtube.com/@",
        ),
        fc.stringMatching(/^zq[a-z0-9_.]{2,12}[a-z0-9]$/),
        fc.constantFrom(".", "．", "。"),
      )
      .map(([scheme, site, handle, dot]) => ({ text: `${scheme}${site.replace(".", dot)}${handle}`, handle }));
    fc.assert(
      fc.property(context, profile, context, (before, { text, handle }, after) => {
        expect(seen(maskFreeText(`${before} ${text} ${after}`).text)).not.toContain(handle);
      }),
      { numRuns: 500 },
    );
  });
});

/** The remainder of a long decimal number modulo 97, as the IBAN check digits need. */
function mod97(digitsAndLetters: string): number {
  const numeric = digitsAndLetters.replace(/[A-Z]/g, (l) => String(l.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}
