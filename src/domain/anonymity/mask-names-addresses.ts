import { maskFreeText } from "./mask-free-text.ts";

/**
 * What the masking at storage (mask-free-text.ts) cannot see, looked for once more before a comment is shown
 * to anyone: people's names and postal addresses. A structure's managers know the people a comment may speak
 * of, so a name or a street is enough for them to tell who wrote it (Article 29 WP Opinion 05/2014, linkability).
 * Without a list of every name, only their usual shapes are found: a name after a title or a self-introduction
 * ("Mme Martin", "docteur Leroy", "je m'appelle Karim"), two capitalised words inside a sentence ("Marie
 * Dupont"), a street address ("12 rue des Lilas") and a postcode followed by a town ("69003 Lyon"). Like the
 * storage masking, these lean towards masking too much: a place name taken for a person costs a few words.
 */

export const NAME_MARKER = "[nom masqué]";
export const ADDRESS_MARKER = "[adresse masquée]";

const WORD = "\\p{Lu}[\\p{L}'’-]*";
const NAME = `${WORD}(?:[ \\t]+${WORD})?`;
const TITLES = [
  "M\\.",
  "Mr\\.?",
  "Mme\\.?",
  "Mlle\\.?",
  "Mrs\\.?",
  "Ms\\.?",
  "[Mm]adame",
  "[Mm]onsieur",
  "[Mm]ademoiselle",
  "Dr\\.?",
  "[Dd]octeure?",
  "[Dd]octor",
  "Pr\\.?",
  "[Pp]rofesseure?",
  "[Ii]nfirmi(?:er|ère)",
  "[Éé]ducat(?:eur|rice)",
  "[Pp]sychiatre",
  "[Pp]sychologue",
  "[Aa]nimat(?:eur|rice)",
  "[Nn]urse",
].join("|");
const INTRODUCTIONS = "[Jj]e m['’]appelle|[Mm]on (?:pr[ée]nom|nom) (?:est|c['’]est)|[Mm]y name is|[Cc]all me";
const STREET_TYPES =
  "rue|avenue|av\\.|boulevard|bd|bld|place|chemin|impasse|all[ée]e|route|quai|cours|square|passage|cit[ée]|r[ée]sidence|lotissement|street|road|lane";

const RULES: { pattern: RegExp; marker: string; /** The capture group to mask; the whole match when absent. */ group?: number }[] = [
  {
    pattern: new RegExp(`\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:${STREET_TYPES})\\b[^\\n,;.!?()]{0,40}`, "giu"),
    marker: ADDRESS_MARKER,
  },
  {
    pattern: /(?<![\p{N}])(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\s?\d{3}\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)*/gu,
    marker: ADDRESS_MARKER,
  },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${TITLES})[ \\t]+(${NAME})`, "gu"), marker: NAME_MARKER, group: 1 },
  { pattern: new RegExp(`(?:${INTRODUCTIONS})[ \\t]+(${NAME})`, "gu"), marker: NAME_MARKER, group: 1 },
  // Two capitalised words inside a sentence: not after its start, where any word takes a capital.
  { pattern: /(?<=[\p{Ll}\p{N},;:)][ \t]+)\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+\p{Lu}[\p{L}'’-]+/gu, marker: NAME_MARKER },
];

/**
 * A free text as it may be shown: identifiers masked as at storage (for rows stored before a pattern was
 * added), then names and addresses.
 * @example
 * maskForRelease("Merci à Mme Martin, 12 rue des Lilas") // → "Merci à Mme [nom masqué], [adresse masquée]"
 */
export function maskForRelease(text: string): string {
  let out = maskFreeText(text).text;
  for (const { pattern, marker, group } of RULES) {
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      if (group === undefined) return marker;
      const captured = rest[group - 1] as string;
      return match.slice(0, match.length - captured.length) + marker;
    });
  }
  return out;
}
