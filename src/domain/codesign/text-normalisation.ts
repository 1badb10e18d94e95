/**
 * Typographic normalisation of a text a respondent reads, so that the version diff can tell a typographic
 * edit (cosmetic: nobody reads a different question) from a change of wording.
 *
 * Two texts that differ only by the following read the same, and normalise to the same string:
 * - Unicode composition: "é" as one code point or as "e" + combining accent (NFC, Unicode Standard Annex
 *   #15, Unicode Normalization Forms);
 * - spaces: any run of white space, including the no-break space (U+00A0) and the narrow no-break space
 *   (U+202F) French typography puts before ; : ! ? and inside « », counts as one space; leading and trailing
 *   spaces, and invisible characters (zero-width space, word joiner, soft hyphen), count for nothing;
 * - the space before ; : ! ? and inside guillemets, which French typography asks for and English omits
 *   (Lexique des règles typographiques en usage à l'Imprimerie nationale, 2002): "Pourquoi ?" = "Pourquoi?";
 * - apostrophes: typewriter ' and typographic ’ (and their look-alikes ‘ ‛ ʼ);
 * - double quotes: « », “ ”, „ ‟, ‹ › and the typewriter ", with the spaces just inside guillemets;
 * - dashes: hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar and minus sign, with
 *   the spaces around them ("12 – 18 ans" = "12-18 ans");
 * - the ellipsis character … and three full stops.
 *
 * Letter case is kept on purpose: "Soins" and "soins" may read alike, but deciding when case matters is
 * a judgement, and a diff that errs towards "wording" only costs the co-researchers one recorded decision.
 */

/** Characters that take no room on the page and so cannot change what is read. */
const INVISIBLE = /[\u00AD\u200B\u2060]/g;
const OPENING_QUOTE_SPACE = /([«“„‹]) /g;
const CLOSING_QUOTE_SPACE = / ([»”›])/g;
const DOUBLE_QUOTES = /[«»“”„‟‹›]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC]/g;
/** Any dash, and the spaces around it. */
const DASH = / ?[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212] ?/g;
const SPACE_BEFORE_HIGH_PUNCTUATION = / ([;:!?])/g;

/**
 * @returns the text with every purely typographic variation (see above) brought to one form.
 * @example
 * normaliseTypography("L’accompagnement\u202F: « utile »") // → `L'accompagnement: "utile"`
 */
export function normaliseTypography(text: string): string {
  return (
    text
      .replace(INVISIBLE, "")
      // After the invisibles: a zero-width space between a letter and its accent would block composition.
      .normalize("NFC")
      .replace(/\s+/g, " ")
      .trim()
      .replace(OPENING_QUOTE_SPACE, "$1")
      .replace(CLOSING_QUOTE_SPACE, "$1")
      .replace(DOUBLE_QUOTES, '"')
      .replace(APOSTROPHES, "'")
      .replace(DASH, "-")
      .replace(/…/g, "...")
      .replace(SPACE_BEFORE_HIGH_PUNCTUATION, "$1")
  );
}

/**
 * @returns true when two texts differ at most typographically.
 * @example
 * sameWording("Je vais bien !", "Je vais bien\u00A0!") // → true
 * sameWording("Je vais bien", "je vais bien") // → false: case is wording
 */
export function sameWording(a: string, b: string): boolean {
  return normaliseTypography(a) === normaliseTypography(b);
}
