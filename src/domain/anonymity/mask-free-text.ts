/**
 * Free-text answers are scanned before storage for what identifies a person directly — e-mail addresses,
 * phone numbers (French and international), social security numbers (NIR), IBANs, web addresses and
 * social-network profiles — and those are replaced by a marker. Respondents are asked not to write such
 * things; this catches the ones who do anyway (GDPR art. 5 data minimisation; Article 29 WP Opinion 05/2014:
 * direct identifiers removed before anything else).
 *
 * The patterns run on a folded copy of the text, where disguises no longer differ from the plain form:
 * Unicode compatibility forms unified (NFKC: full-width ＠ and digits, ligatures), invisible characters dropped
 * (zero-width spaces and joiners, bidirectional controls, soft hyphens, variation selectors), look-alike dots,
 * dashes and slashes folded, every decimal digit read as 0–9. What they find is masked in the text as typed;
 * everything else is kept exactly.
 *
 * The patterns lean towards masking too much: a false positive costs a few characters of a comment, a false
 * negative a person's anonymity. What they cannot see: names, postal addresses, numbers written out in words
 * ("zéro six…"), and anything identifying only in context ("the nurse of room 12").
 */

export type MaskKind = "url" | "email" | "profile" | "iban" | "nir" | "phone";

export interface MaskResult {
  text: string;
  masked: Partial<Record<MaskKind, number>>;
}

const MARKERS: Record<MaskKind, string> = {
  url: "[lien masqué]",
  email: "[courriel masqué]",
  profile: "[profil masqué]",
  iban: "[IBAN masqué]",
  nir: "[numéro de sécurité sociale masqué]",
  phone: "[téléphone masqué]",
};

// ---------------------------------------------------------------------------------------------------------
// Folding

/** Characters that show nothing (or nothing but a blank), used to split an identifier invisibly. */
// Variation selectors and fillers are listed one by one on purpose: each is to be removed wherever it stands.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;
/** Look-alikes NFKC leaves as they are. */
const LOOK_ALIKES: Record<string, string> = {
  "\u3002": ".", // 。 ideographic full stop (and ｡, which NFKC turns into it)
  "\u00B7": ".", // · middle dot
  "\u2022": ".", // • bullet
  "\u2219": ".", // ∙ bullet operator
  "\u22C5": ".", // ⋅ dot operator
  "\u2E31": ".", // ⸱ word separator middle dot
  "\u2027": ".", // ‧ hyphenation point
  "\u30FB": ".", // ・ katakana middle dot
  "\uA4F8": ".", // ꓸ Lisu tone mark
  "\u2010": "-",
  "\u2012": "-",
  "\u2013": "-", // – en dash
  "\u2014": "-", // — em dash
  "\u2015": "-",
  "\u2043": "-",
  "\u2212": "-", // − minus sign
  "\u2E3A": "-",
  "\u2E3B": "-",
  "\u2044": "/", // ⁄ fraction slash
  "\u2215": "/", // ∕ division slash
  "\u29F8": "/",
  "\u2800": " ", // braille blank
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");
const CLUSTER = /[\s\S]\p{M}*/gu;
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/** The text the patterns read, and for each of its UTF-16 units the range of the original it comes from. */
interface Folded {
  text: string;
  from: (i: number) => number;
  to: (i: number) => number;
}

function fold(original: string): Folded {
  if (PLAIN_ASCII.test(original)) return { text: original, from: (i) => i, to: (i) => i + 1 };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of original.matchAll(CLUSTER)) {
    const piece = foldCluster(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    parts.push(piece);
  }
  return { text: parts.join(""), from: (i) => starts[i]!, to: (i) => ends[i]! };
}

/** One character with its combining marks, as the patterns should see it. */
function foldCluster(cluster: string): string {
  if (cluster.length === 1 && cluster.charCodeAt(0) < 0x80) return cluster;
  let s = cluster.normalize("NFKC").replace(INVISIBLE, "");
  if (s === "") return s;
  // Marks belong to letters (é); on a digit or a sign they only disguise it (6️⃣, 0̸).
  if (!/^\p{L}/u.test(s)) s = s.replace(/\p{M}/gu, "");
  return s.replace(LOOK_ALIKE, (ch) => LOOK_ALIKES[ch]!).replace(/\p{Nd}/gu, asciiDigit);
}

const digitValues = new Map<string, string>();
/** Any decimal digit as 0–9: Unicode lays each script's digits out as one run, zero first. */
function asciiDigit(digit: string): string {
  if (digit >= "0" && digit <= "9") return digit;
  let value = digitValues.get(digit);
  if (value === undefined) {
    const code = digit.codePointAt(0)!;
    let zero = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    value = String((code - zero) % 10);
    digitValues.set(digit, value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------
// Patterns, on folded text

/** Between two digits of a number: up to four spaces, dots, slashes, dashes, brackets, underscores, stars. */
const S = "[\\s./\\\\()\\[\\]_*-]{0,4}";
/** Not inside a longer number. */
const NO_DIGIT_BEFORE = "(?<!\\p{N})";
/** Not the continuation of a number: a "00" prefix after "2011 " is part of something else. */
const NO_NUMBER_BEFORE = `(?<!\\p{N}${S})`;
const NO_DIGIT_AFTER = "(?!\\p{N})";

/** A dot of an e-mail address, plain or spelt out: `.`, ` . `, `(dot)`, `[.]`, ` point `… */
const DOT = "(?:\\.|\\s+\\.\\s*|\\s*[(\\[{<]\\s*(?:dot|point|pt|\\.)\\s*[)\\]}>]\\s*|\\s+(?:dot|point)\\s+)";
/** Its @, plain, spaced or spelt out: ` @ `, `(at)`, `[at]`, ` at `, ` arobase `… */
const AT =
  "(?:\\s*@\\s*|\\s*[(\\[{<]\\s*(?:at|a|arobase|arrobase|arobas|arroba|chez)\\s*[)\\]}>]\\s*|\\s+(?:at|arobase|arrobase|arobas|arroba)\\s+)";
const LOCAL = "[\\p{L}\\p{N}_%+-]+";
const LABEL = "[\\p{L}\\p{N}-]+";
const LOCAL_START = "(?<![\\p{L}\\p{N}_%+.@-])";
/**
 * Top-level domains common enough that a bare `name.tld` is taken for a link. Those that are also French
 * words (de, es, me, lu…) are left out — "Merci beaucoup.De rien" is no link — except in the short domains of
 * social networks, listed whole. A domain is typed in lower case or in capitals, not as a new sentence.
 */
const TLD_LIST = "fr|com|org|net|eu|io|info|ch|uk|tv|gg|ly|blog|site|online|xyz|app|dev|social|bzh|paris|corsica";
const SHORT_DOMAINS = "t\\.me|wa\\.me|youtu\\.be|instagr\\.am|lnkd\\.in|t\\.co|fb\\.me|m\\.me";
const BARE_DOMAIN = `(?:${LABEL}\\.)*(?:${SHORT_DOMAINS}|${SHORT_DOMAINS.toUpperCase()})|(?:${LABEL}\\.)+(?:${TLD_LIST}|${TLD_LIST.toUpperCase()})`;

interface Rule {
  kind: MaskKind;
  pattern: RegExp;
  /** How much of a match to mask (0 to skip it); the whole match when absent. */
  accept?: (match: string, index: number, context: { protectedSpans: [number, number][] }) => number;
}

/** A number found inside a date range ("15/06/2024 - 17/06/2024") is a pair of dates, not a phone or a NIR. */
const notInDateRange: Rule["accept"] = (match, index, { protectedSpans }) =>
  protectedSpans.some(([start, end]) => index < end && start < index + match.length) ? 0 : match.length;
const DATE_RANGE = /(?<!\p{N})\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}\s*[-/]?\s*\d{1,2}([./-])\d{1,2}\2(?:19|20)\d{2}(?!\p{N})/gu;

const RULES: Rule[] = [
  // Web addresses first: a URL may contain an "@" or digits that other rules would half-match.
  { kind: "url", pattern: /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]+/giu },
  {
    kind: "email",
    pattern: new RegExp(
      `${LOCAL_START}${LOCAL}(?:${DOT}${LOCAL})*${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\\p{L}{2,24}(?![\\p{L}\\p{N}])`,
      "giu",
    ),
  },
  // With a plain @, even without a top-level domain ("jean@gmail").
  { kind: "email", pattern: new RegExp(`${LOCAL_START}${LOCAL}(?:\\.${LOCAL})*@${LABEL}(?:\\.${LABEL})*`, "giu") },
  // Bare domains and social-network profiles: facebook.com/jean.dupont, linkedin.com/in/…, jean-dupont.fr.
  {
    kind: "url",
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_%+.@/-])(?:${BARE_DOMAIN})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"]*)?`, "gu"),
  },
  // Handles: @jean.dupont.
  { kind: "profile", pattern: /(?<![\p{L}\p{N}_%+.@-])@[\p{L}\p{N}_][\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu },
  // IBAN: country, check digits, up to 30 letters or digits in groups; its own checksum says where it ends.
  { kind: "iban", pattern: /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[\s.-]{0,2}[a-z0-9]){11,30}/giu, accept: ibanLength },
  // +33 6 12 34 56 78, 0033 (0)6 12 34 56 78.
  {
    kind: "phone",
    pattern: new RegExp(`(?:\\+|${NO_NUMBER_BEFORE}00)${S}33${S}(?:0${S})?[1-9](?:${S}\\d){8}${NO_DIGIT_AFTER}`, "gu"),
    accept: notInDateRange,
  },
  // Any other international number: + or 00, then 7 to 14 digits (E.164 allows 15 with the country code).
  {
    kind: "phone",
    pattern: new RegExp(`(?:\\+|${NO_NUMBER_BEFORE}00)${S}[1-9](?:${S}\\d){6,13}${NO_DIGIT_AFTER}`, "gu"),
    accept: notInDateRange,
  },
  // NIR: sex (1–4, 7, 8), year, month (01–12, 20–99 for unknown or fictitious), département (2A/2B for
  // Corsica), commune, order number, optional key — 13 or 15 characters, any separators.
  {
    kind: "nir",
    pattern: new RegExp(
      `${NO_DIGIT_BEFORE}[1-478]${S}\\d${S}\\d${S}(?:0${S}[1-9]|1${S}[0-2]|[2-9]${S}\\d)${S}(?:\\d${S}\\d|2${S}[ab])(?:${S}\\d){6}(?:${S}\\d${S}\\d)?${NO_DIGIT_AFTER}`,
      "giu",
    ),
    accept: notInDateRange,
  },
  // French numbers: ten digits from 0X, any grouping and separators — 06 12 34 56 78, (06) 123 456 78.
  {
    kind: "phone",
    pattern: new RegExp(`(?<![\\p{N}+])(?:\\(\\s?)?0${S}[1-9](?:${S}\\d){8}${NO_DIGIT_AFTER}`, "gu"),
    accept: notInDateRange,
  },
];

/**
 * How much of an IBAN-shaped match is the IBAN: the longest prefix whose check digits hold (ISO 13616,
 * mod 97); failing that — a typo — everything up to its last digit, if it has as many digits as an IBAN.
 */
function ibanLength(match: string): number {
  const positions: number[] = [];
  const chars: string[] = [];
  for (let i = 0; i < match.length; i++) {
    if (/[a-z0-9]/i.test(match[i]!)) {
      positions.push(i);
      chars.push(match[i]!.toUpperCase());
    }
  }
  for (let n = Math.min(chars.length, 34); n >= 15; n--) {
    if (ibanChecksumHolds(chars.slice(0, n))) return positions[n - 1]! + 1;
  }
  const lastDigit = chars.findLastIndex((ch) => /\d/.test(ch));
  const digits = chars.slice(0, lastDigit + 1).filter((ch) => /\d/.test(ch)).length;
  return digits >= 14 ? positions[lastDigit]! + 1 : 0;
}

function ibanChecksumHolds(chars: string[]): boolean {
  let remainder = 0;
  for (const ch of [...chars.slice(4), ...chars.slice(0, 4)]) {
    const value = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * @example
 * maskFreeText("Appelez-moi au 06 12 34 56 78").text // → "Appelez-moi au [téléphone masqué]"
 * maskFreeText("jean.dupont (at) gmail.com").text // → "[courriel masqué]"
 */
export function maskFreeText(text: string): MaskResult {
  const folded = fold(text);
  let working = folded.text;
  const protectedSpans = [...working.matchAll(DATE_RANGE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const found: { start: number; end: number; kind: MaskKind }[] = [];
  for (const rule of RULES) {
    const spans: [number, number][] = [];
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(working); m !== null; m = rule.pattern.exec(working)) {
      const length = rule.accept ? rule.accept(m[0], m.index, { protectedSpans }) : m[0].length;
      if (length > 0) {
        spans.push([m.index, m.index + length]);
        found.push({ start: m.index, end: m.index + length, kind: rule.kind });
      }
      rule.pattern.lastIndex = m.index + Math.max(length, 1);
    }
    // What one rule masked, no later rule sees again.
    for (const [start, end] of spans) working = working.slice(0, start) + "\u0000".repeat(end - start) + working.slice(end);
  }
  if (found.length === 0) return { text, masked: {} };

  const masked: MaskResult["masked"] = {};
  const pieces: string[] = [];
  let cursor = 0;
  for (const { start, end, kind } of found.sort((a, b) => a.start - b.start)) {
    const from = folded.from(start);
    const to = folded.to(end - 1);
    if (to <= cursor) continue;
    pieces.push(text.slice(cursor, Math.max(cursor, from)), MARKERS[kind]);
    masked[kind] = (masked[kind] ?? 0) + 1;
    cursor = to;
  }
  pieces.push(text.slice(cursor));
  return { text: pieces.join(""), masked };
}
