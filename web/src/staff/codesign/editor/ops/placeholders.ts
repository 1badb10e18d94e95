import type { Localized } from "@web/shared/domain.ts";

/**
 * The texts the editor puts in new questions, choices and pages. They are there to be replaced: the editor
 * marks a text that still equals one of them so that no "Nouvelle question" reaches a respondent unnoticed.
 */
export const PLACEHOLDER = {
  question: { fr: "Nouvelle question", en: "New question" },
  page: { fr: "Nouvelle page", en: "New page" },
  choice: (n: number): Localized => ({ fr: `Choix ${n}`, en: `Choice ${n}` }),
  row: (n: number): Localized => ({ fr: `Ligne ${n}`, en: `Row ${n}` }),
  column: (n: number): Localized => ({ fr: `Colonne ${n}`, en: `Column ${n}` }),
  level: (n: number): Localized => ({ fr: `Niveau ${n}`, en: `Level ${n}` }),
  dimension: { fr: "Nouvelle dimension", en: "New dimension" },
} as const;

const FIXED = [PLACEHOLDER.question, PLACEHOLDER.page, PLACEHOLDER.dimension];
const NUMBERED = [
  /^Choix \d+$/,
  /^Choice \d+$/,
  /^Ligne \d+$/,
  /^Row \d+$/,
  /^Colonne \d+$/,
  /^Column \d+$/,
  /^Niveau -?\d+$/,
  /^Level -?\d+$/,
];

/** True when one language of the text is still a placeholder the editor wrote, or is empty. */
export function needsReplacing(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "" || FIXED.some((p) => p.fr === trimmed || p.en === trimmed) || NUMBERED.some((re) => re.test(trimmed));
}

/** The agreement labels of the library's 1–5 items, and the usual 4- and 7-point wordings. */
export const AGREEMENT_LABELS: Record<number, Localized[]> = {
  4: [
    { fr: "Pas du tout d'accord", en: "Strongly disagree" },
    { fr: "Plutôt pas d'accord", en: "Somewhat disagree" },
    { fr: "Plutôt d'accord", en: "Somewhat agree" },
    { fr: "Tout à fait d'accord", en: "Strongly agree" },
  ],
  5: [
    { fr: "Pas du tout d'accord", en: "Strongly disagree" },
    { fr: "Plutôt pas d'accord", en: "Somewhat disagree" },
    { fr: "Ni d'accord ni pas d'accord", en: "Neither agree nor disagree" },
    { fr: "Plutôt d'accord", en: "Somewhat agree" },
    { fr: "Tout à fait d'accord", en: "Strongly agree" },
  ],
  7: [
    { fr: "Pas du tout d'accord", en: "Strongly disagree" },
    { fr: "Pas d'accord", en: "Disagree" },
    { fr: "Plutôt pas d'accord", en: "Somewhat disagree" },
    { fr: "Ni d'accord ni pas d'accord", en: "Neither agree nor disagree" },
    { fr: "Plutôt d'accord", en: "Somewhat agree" },
    { fr: "D'accord", en: "Agree" },
    { fr: "Tout à fait d'accord", en: "Strongly agree" },
  ],
};
