/**
 * Free-text answers are scanned before storage for what identifies a person directly — e-mail addresses,
 * French phone numbers, social security numbers (NIR) and web addresses — and those are replaced by a
 * marker. Respondents are asked not to write such things; this catches the ones who do anyway (GDPR art. 5
 * data minimisation; Article 29 WP Opinion 05/2014: direct identifiers removed before anything else).
 * The patterns lean towards masking too much: a false positive costs a few characters of a comment, a false
 * negative a person's anonymity.
 */

interface Rule {
  kind: "url" | "email" | "nir" | "phone";
  pattern: RegExp;
  marker: string;
}

const SEP = "[\\s.\\-]?";

const RULES: Rule[] = [
  // Web addresses first: a URL may contain an "@" or digits that other rules would half-match.
  { kind: "url", pattern: /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu, marker: "[lien masqué]" },
  { kind: "email", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu, marker: "[courriel masqué]" },
  // NIR: sex (1–4, 7, 8), year, month (01–12, 20–99 for unknown/fictitious), département (incl. 2A/2B),
  // commune, order number, optional 2-digit key — 13 or 15 characters, separators allowed.
  {
    kind: "nir",
    pattern: new RegExp(
      `\\b[1-478]${SEP}\\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\\d)${SEP}(?:\\d{2}|2[ABab])${SEP}\\d{3}${SEP}\\d{3}(?:${SEP}\\d{2})?\\b`,
      "gu",
    ),
    marker: "[numéro de sécurité sociale masqué]",
  },
  // French numbers: 0X XX XX XX XX, +33 X XX XX XX XX, 0033…, with spaces, dots or dashes.
  {
    kind: "phone",
    pattern: new RegExp(`(?:(?:\\+|00)33${SEP}(?:\\(0\\)${SEP})?|\\b0)[1-9](?:${SEP}\\d{2}){4}\\b`, "gu"),
    marker: "[téléphone masqué]",
  },
];

export interface MaskResult {
  text: string;
  masked: Partial<Record<Rule["kind"], number>>;
}

/**
 * @example
 * maskFreeText("Appelez-moi au 06 12 34 56 78").text // → "Appelez-moi au [téléphone masqué]"
 */
export function maskFreeText(text: string): MaskResult {
  const masked: MaskResult["masked"] = {};
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, () => {
      masked[rule.kind] = (masked[rule.kind] ?? 0) + 1;
      return rule.marker;
    });
  }
  return { text: out, masked };
}
