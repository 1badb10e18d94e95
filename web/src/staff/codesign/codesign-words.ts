/**
 * The words of co-design: draft statuses, what approval is missing, how a change bears on comparability.
 * One place, so that the draft page, the project page and the comparison page say the same thing.
 */

type Text = { fr: string; en: string };

export const DRAFT_STATUS_LABELS: Record<string, Text> = {
  editing: { fr: "En cours d'écriture", en: "Being written" },
  in_review: { fr: "En relecture", en: "In review" },
  published: { fr: "Publié", en: "Published" },
};

export const MISSING_APPROVAL_LABELS: Record<string, Text> = {
  peer_worker: { fr: "Il manque l'approbation d'un·e pair-aidant·e.", en: "A peer worker's approval is missing." },
  researcher_or_professional: {
    fr: "Il manque l'approbation d'un·e chercheur·e ou professionnel·le.",
    en: "A researcher's or professional's approval is missing.",
  },
};

export const CHANGE_CLASSES = ["breaking", "wording", "cosmetic"] as const;

export const CHANGE_CLASS_LABELS: Record<string, Text> = {
  cosmetic: { fr: "Cosmétique", en: "Cosmetic" },
  wording: { fr: "Reformulation", en: "Rewording" },
  breaking: { fr: "Rupture", en: "Break" },
};

/** What each class means for the results, in plain words. */
export const CHANGE_CLASS_EXPLANATIONS: Record<string, Text> = {
  cosmetic: {
    fr: "Aucune réponse ne peut changer (typographie, traduction anglaise, question déplacée) : les résultats restent comparables.",
    en: "No answer can change (typography, English translation, a question moved): results stay comparable.",
  },
  wording: {
    fr: "La question pourrait être comprise autrement : l'équipe décide, et note, si les résultats restent comparables.",
    en: "The question might be understood differently: the team decides, and records, whether results stay comparable.",
  },
  breaking: {
    fr: "Les réponses ne sont plus sur le même pied (type, échelle, choix ou calcul du score changés) : les résultats ne sont plus comparables.",
    en: "Answers are no longer on the same footing (type, scale, choices or scoring changed): results are no longer comparable.",
  },
};

export const CHANGE_KIND_LABELS: Record<string, Text> = {
  added: { fr: "ajouté", en: "added" },
  removed: { fr: "retiré", en: "removed" },
  reworded: { fr: "reformulé", en: "reworded" },
  changed: { fr: "modifié", en: "changed" },
  moved: { fr: "déplacé", en: "moved" },
};

export const ASPECT_LABELS: Record<string, Text> = {
  type: { fr: "type de question", en: "question type" },
  title: { fr: "intitulé", en: "title" },
  description: { fr: "description", en: "description" },
  choices: { fr: "choix", en: "choices" },
  choice_texts: { fr: "textes des choix", en: "choice texts" },
  scale: { fr: "échelle", en: "scale" },
  scale_labels: { fr: "libellés de l'échelle", en: "scale labels" },
  rows: { fr: "lignes", en: "rows" },
  row_texts: { fr: "textes des lignes", en: "row texts" },
  columns: { fr: "colonnes", en: "columns" },
  column_texts: { fr: "textes des colonnes", en: "column texts" },
  conditions: { fr: "conditions d'affichage", en: "display conditions" },
  required: { fr: "réponse obligatoire", en: "required answer" },
  limits: { fr: "limites", en: "limits" },
  position: { fr: "position", en: "position" },
  items: { fr: "questions comptées", en: "items counted" },
  reverse: { fr: "questions inversées", en: "reversed items" },
  definition: { fr: "définition", en: "definition" },
  roles: { fr: "répondant·es", en: "respondents" },
  other: { fr: "autre", en: "other" },
};

export function wordsOf(labels: Record<string, Text>, code: string): Text {
  return labels[code] ?? { fr: code, en: code };
}
