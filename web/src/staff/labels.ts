/**
 * Names the staff pages give to the API's codes (roles, kinds, settings, suppression reasons), in both
 * languages. One place, so that a role is called the same everywhere.
 */

type Text = { fr: string; en: string };

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
    case "differencing":
      return {
        fr: "Pas encore mis à jour : comparé au chiffre précédent, il isolerait trop peu de structures",
        en: "Not updated yet: set against the previous figure, it would single out too few structures",
      };
    case "dominance":
      return {
        fr: "Une structure y pèse plus de 85 % des réponses : chiffre masqué",
        en: "One structure holds over 85% of the responses: figure hidden",
      };
    case "one_frame":
      return {
        fr: "Un seul nuage de points par indicateur : celui de la région",
        en: "One point cloud per indicator: the region's",
      };
    case "peer_workers":
      return {
        fr: "Les réponses des pairs-aidant·es ne sont publiées que par groupes de structures",
        en: "Peer workers' answers are published for groups of structures only",
      };
    default:
      return { fr: "Chiffre masqué", en: "Figure hidden" };
  }
}

export function labelOf(labels: Record<string, Text>, code: string): Text {
  return labels[code] ?? { fr: code, en: code };
}

/** Dates as people read them, in the page's language. */
export function formatDate(iso: string, locale: "fr" | "en", withTime = false): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return date.toLocaleString(
    locale === "fr" ? "fr-FR" : "en-GB",
    withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "long" },
  );
}

export function formatNumber(value: number, locale: "fr" | "en"): string {
  return value.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
}
