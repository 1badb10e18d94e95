import type { AnswerErrorReason } from "../../domain/questionnaire/answer-validation.ts";
import type { Locale } from "../../domain/questionnaire/types.ts";

type Text = Record<Locale, string>;

/** The words of the questionnaire as plain HTML forms, in one place to be read and translated together. */
export const formWords = {
  beforeYouStart: { fr: "Avant de commencer", en: "Before you start" },
  page: { fr: "Page {n} sur {total}", en: "Page {n} of {total}" },
  required: { fr: "(obligatoire)", en: "(required)" },
  next: { fr: "Page suivante", en: "Next page" },
  send: { fr: "Envoyer mes réponses", en: "Send my answers" },
  previous: { fr: "Page précédente", en: "Previous page" },
  choose: { fr: "Choisir…", en: "Select…" },
  yes: { fr: "Oui", en: "Yes" },
  no: { fr: "Non", en: "No" },
  dependsOnAbove: {
    fr: "Répondez seulement si cette question vous concerne d'après votre réponse plus haut sur cette page.",
    en: "Answer only if this question applies to you, given your answer above on this page.",
  },
  unsupported: {
    fr: "Cette question ne peut pas s'afficher sans JavaScript. Ouvrez ce lien dans un navigateur plus récent pour y répondre.",
    en: "This question cannot be shown without JavaScript. Open this link in a more recent browser to answer it.",
  },
  errorsAbove: {
    fr: "Certaines réponses sont à revoir : voir les messages ci-dessous.",
    en: "Some answers need another look: see the messages below.",
  },
  invitationCode: { fr: "Votre code d'invitation", en: "Your invitation code" },
  invitationHint: {
    fr: "Il est écrit sur le papier qui vous a été remis avec ce lien.",
    en: "It is written on the slip you were given with this link.",
  },
  invitationMissing: { fr: "Saisissez votre code d'invitation.", en: "Enter your invitation code." },
  invitationNotRecognised: {
    fr: "Ce code n'est pas reconnu. Vérifiez chaque lettre : il est écrit sur le papier qui vous a été remis.",
    en: "This code is not recognised. Check each letter: it is written on the slip you were given.",
  },
  invitationUsed: {
    fr: "Ce code d'invitation a déjà servi : chaque code ne permet qu'une seule réponse. Vos réponses sont gardées sur cette page : saisissez un autre code et renvoyez-les.",
    en: "This invitation code has already been used: each code allows one answer only. Your answers are kept on this page: enter another code and send them again.",
  },
  thanks: { fr: "Merci, vos réponses sont envoyées", en: "Thank you, your answers have been sent" },
  yourScores: { fr: "Vos résultats, pour vous seul·e", en: "Your results, for you alone" },
  outOf100: { fr: "sur 100", en: "out of 100" },
  unknownAnswers: {
    fr: "Des réponses reçues ne correspondent pas à ce questionnaire. Rouvrez le lien pour recommencer.",
    en: "Some answers received do not fit this questionnaire. Open the link again to start over.",
  },
  backToStart: { fr: "Revenir au début du questionnaire", en: "Back to the start of the questionnaire" },
} satisfies Record<string, Text>;

/** Why an answer is refused, said next to its question. `{n}` is the bound that applies. */
const REASONS: Record<AnswerErrorReason, Text> = {
  required: { fr: "Merci de répondre à cette question.", en: "Please answer this question." },
  wrong_type: { fr: "Cette réponse n'est pas valable.", en: "This answer is not valid." },
  not_a_choice: { fr: "Choisissez parmi les réponses proposées.", en: "Choose among the answers offered." },
  out_of_range: { fr: "Cette réponse est en dehors des valeurs possibles.", en: "This answer is outside the possible values." },
  too_long: { fr: "Votre texte est trop long ({n} caractères au maximum).", en: "Your text is too long ({n} characters at most)." },
  too_many_choices: { fr: "Choisissez au plus {n} réponses.", en: "Choose at most {n} answers." },
  too_few_choices: { fr: "Choisissez au moins {n} réponses.", en: "Choose at least {n} answers." },
  duplicate_choice: { fr: "Une même réponse est choisie deux fois.", en: "The same answer is chosen twice." },
  hidden_question: {
    fr: "Cette question ne vous concerne pas d'après vos réponses : laissez-la vide.",
    en: "This question does not apply to you given your answers: leave it empty.",
  },
  unknown_row: { fr: "Cette réponse n'est pas valable.", en: "This answer is not valid." },
  unknown_question: { fr: "Cette réponse n'est pas valable.", en: "This answer is not valid." },
  not_an_object: { fr: "Cette réponse n'est pas valable.", en: "This answer is not valid." },
};

export function reasonText(reason: AnswerErrorReason, locale: Locale, bound?: number): string {
  return REASONS[reason][locale].replace("{n}", bound === undefined ? "" : String(bound));
}
