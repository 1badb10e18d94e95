import type { Text } from "../shared/locale.tsx";

/**
 * The words of the staff pages, in French then English: first the names given to the API's codes (roles,
 * kinds, settings, suppression reasons), then each page's own words. One place, so that a role is called
 * the same everywhere and a page's wording can be reviewed at once.
 */

export const RESPONDENT_ROLE_LABELS: Record<string, Text> = {
  patient: { fr: "Usagers", en: "Patients" },
  peer_worker: { fr: "Pairs-aidants", en: "Peer workers" },
  professional: { fr: "Professionnel·les", en: "Professionals" },
  institution: { fr: "Structure (auto-évaluation)", en: "Structure (self-assessment)" },
};

export const STAFF_ROLE_LABELS: Record<string, Text> = {
  admin: { fr: "Administration", en: "Administrator" },
  coordinator: { fr: "Coordination régionale", en: "Regional coordinator" },
  manager: { fr: "Responsable de structure", en: "Structure manager" },
  co_researcher: { fr: "Co-chercheur·se", en: "Co-researcher" },
};

/** A co-researcher's background: the approval rule counts them (a peer worker, a researcher or professional). */
export const BACKGROUND_LABELS: Record<string, Text> = {
  peer_worker: { fr: "Pair-aidant·e", en: "Peer worker" },
  researcher: { fr: "Chercheur·e", en: "Researcher" },
  professional: { fr: "Professionnel·le", en: "Professional" },
  patient: { fr: "Usager·e", en: "Service user" },
  family: { fr: "Proche", en: "Family member" },
};

export const KIND_LABELS: Record<string, Text> = {
  gem: { fr: "GEM", en: "Peer-support club (GEM)" },
  hospital: { fr: "Hôpital", en: "Hospital" },
  cmp: { fr: "CMP", en: "Community mental health centre (CMP)" },
  association: { fr: "Association", en: "Association" },
  medico_social: { fr: "Médico-social", en: "Medico-social" },
  other: { fr: "Autre", en: "Other" },
};

export const SETTING_LABELS: Record<string, Text> = {
  urban: { fr: "Urbain", en: "Urban" },
  intermediate: { fr: "Intermédiaire", en: "Intermediate" },
  rural: { fr: "Rural", en: "Rural" },
};

export const GROUP_LABELS = {
  region: { fr: "Région", en: "Region" },
  kind: { fr: "Même type de structure", en: "Same kind of structure" },
  setting: { fr: "Même milieu (urbain, rural…)", en: "Same setting (urban, rural…)" },
  national: { fr: "France", en: "France" },
} satisfies Record<string, Text>;

/** How the percentile sentence ends for each comparison group. */
export const GROUP_PHRASES = {
  region: { fr: "de la région", en: "in the region" },
  kind: { fr: "du même type", en: "of the same kind" },
  setting: { fr: "du même milieu", en: "in the same setting" },
  national: { fr: "en France", en: "in France" },
} satisfies Record<string, Text>;

export type GroupKey = keyof typeof GROUP_LABELS;
export const GROUP_KEYS: GroupKey[] = ["region", "kind", "setting", "national"];

/** Why a figure is not shown; the threshold is the report's own, never a constant of the web app. */
export function suppressionText(reason: string, threshold: number, minStructures?: number): Text {
  switch (reason) {
    case "small_cell":
      return {
        fr: `Moins de ${threshold} réponses : chiffre masqué pour protéger l'anonymat`,
        en: `Fewer than ${threshold} responses: figure hidden to protect anonymity`,
      };
    case "complementary":
      return {
        fr: "Chiffre masqué pour qu'on ne puisse pas en déduire un autre chiffre masqué",
        en: "Figure hidden so that another hidden figure cannot be worked out from it",
      };
    case "too_few_structures":
      return {
        fr: `Moins de ${minStructures ?? 3} autres structures dans ce groupe : comparaison masquée`,
        en: `Fewer than ${minStructures ?? 3} other structures in this group: comparison hidden`,
      };
    default:
      return { fr: "Chiffre masqué", en: "Figure hidden" };
  }
}

export function labelOf(labels: Record<string, Text>, code: string): Text {
  return labels[code] ?? { fr: code, en: code };
}

/**
 * A percentile rank said in words, in fractions people read at a glance: tenths at the extremes, quarters
 * otherwise (« au-dessus de 3 structures sur 4 de la région »). The rank is the API's (mid-rank convention);
 * this only chooses the words.
 * @example
 * percentileWords(75, "region").fr // → "au-dessus de 3 structures sur 4 de la région"
 */
export function percentileWords(percentile: number, group: GroupKey): { fr: string; en: string } {
  const where = GROUP_PHRASES[group];
  if (percentile >= 90) return { fr: `au-dessus de 9 structures sur 10 ${where.fr}`, en: `above 9 in 10 structures ${where.en}` };
  if (percentile <= 10) return { fr: `en dessous de 9 structures sur 10 ${where.fr}`, en: `below 9 in 10 structures ${where.en}` };
  const quarters = Math.min(3, Math.max(1, Math.round(percentile / 25)));
  if (quarters === 2)
    return { fr: `au-dessus d'environ la moitié des structures ${where.fr}`, en: `above about half of the structures ${where.en}` };
  if (quarters === 1) return { fr: `au-dessus d'une structure sur 4 ${where.fr}`, en: `above 1 in 4 structures ${where.en}` };
  return { fr: `au-dessus de 3 structures sur 4 ${where.fr}`, en: `above 3 in 4 structures ${where.en}` };
}
