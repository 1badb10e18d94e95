import type { Localized } from "../questionnaire/types.ts";

/**
 * The information notice served with every campaign (GDPR articles 13 and 14; answers about mental health
 * are special-category data, article 9): who is responsible, what is collected and what is not, how results
 * are published, and whom to contact — in plain French and English, before the first question.
 */

export interface NoticeSection {
  id: "controller" | "purpose" | "research" | "collected" | "not_collected" | "publication" | "personal_code" | "rights" | "contact";
  title: Localized;
  text: Localized;
}

export interface NoticeInput {
  structureName: string;
  minCell: number;
  contactEmail?: string;
  /** The ethics and consent text of the research project that wrote the questionnaire, if any. */
  research?: Localized | null;
}

export function informationNotice({ structureName, minCell, contactEmail, research }: NoticeInput): NoticeSection[] {
  const sections: NoticeSection[] = [
    {
      id: "controller",
      title: { fr: "Qui est responsable", en: "Who is responsible" },
      text: {
        fr: `Cette enquête est proposée par ${structureName}, qui en est responsable. Elle passe par Repères, une plateforme libre d'évaluation de la pair-aidance.`,
        en: `This survey is offered by ${structureName}, which is responsible for it. It runs on Repères, an open-source platform for evaluating peer support.`,
      },
    },
    {
      id: "purpose",
      title: { fr: "Pourquoi", en: "Why" },
      text: {
        fr: "Vos réponses aident la structure à améliorer l'accompagnement par les pairs et à se comparer, de façon anonyme, aux autres structures de la région. Répondre est libre : vous pouvez arrêter à tout moment.",
        en: "Your answers help the structure improve peer support and compare itself, anonymously, with other structures of the region. Answering is voluntary: you may stop at any time.",
      },
    },
    {
      id: "collected",
      title: { fr: "Ce qui est gardé", en: "What is kept" },
      text: {
        fr: "Vos réponses, la version du questionnaire, le type de répondant·e (par exemple usager ou pair-aidant) et le jour de la réponse — pas l'heure. Si vous écrivez dans un commentaire une adresse e-mail, un numéro de téléphone, un numéro de sécurité sociale, un IBAN, un lien ou un profil de réseau social, il est effacé avant l'enregistrement, même écrit autrement que d'habitude. Les noms, eux, ne peuvent pas être repérés et restent tels quels : n'écrivez ni le vôtre, ni celui de quelqu'un d'autre, ni une adresse postale.",
        en: "Your answers, the questionnaire version, the kind of respondent (for example patient or peer worker) and the day of your answer — not the time. If you write an e-mail address, phone number, social security number, IBAN, link or social-network profile in a comment, it is removed before anything is stored, even when written in an unusual way. Names cannot be detected and stay as written: do not write yours, anyone else's, or a postal address.",
      },
    },
    {
      id: "not_collected",
      title: { fr: "Ce qui n'est pas gardé", en: "What is not kept" },
      text: {
        fr: "Ni votre nom, ni votre adresse IP, ni votre appareil ou navigateur, ni cookie, ni mesure d'audience. Un code d'invitation, s'il y en a un, sert une seule fois et n'est pas relié à vos réponses.",
        en: "Not your name, IP address, device or browser, no cookie and no analytics. An invitation code, if any, works once and is not linked to your answers.",
      },
    },
    {
      id: "publication",
      title: { fr: "Comment les résultats sont publiés", en: "How results are published" },
      text: {
        fr: `Seuls des résultats d'ensemble sont montrés, jamais une réponse seule, et aucun chiffre ne porte sur moins de ${minCell} personnes. Vos propres scores s'affichent à la fin, pour vous seul·e, et ne sont pas envoyés ailleurs.`,
        en: `Only overall results are shown, never a single answer, and no figure is based on fewer than ${minCell} people. Your own scores appear at the end, for you alone, and are sent nowhere else.`,
      },
    },
    {
      id: "personal_code",
      title: { fr: "Si vous gardez un code personnel", en: "If you keep a personal code" },
      text: {
        fr: "À la fin, vous pouvez garder un code personnel de six mots pour comparer vos résultats d'une fois sur l'autre : votre historique (le jour et vos scores) est alors chiffré sur votre appareil avec ce code, puis conservé sur le serveur sous une forme que personne d'autre ne peut lire ni relier à vos réponses. Quiconque connaît le code peut consulter cet historique, et si vous le perdez, l'historique est définitivement perdu ; vous pouvez changer de code ou supprimer l'historique, qui est également supprimé automatiquement après deux années sans utilisation.",
        en: "At the end, you may keep a six-word code to compare your results from one time to the next. Your history (the day and your scores) is encrypted on your device with this code, then kept on the server in a form nobody else can read or link to your answers. Whoever knows the code sees this history: keep it to yourself. If you lose it, the history is lost. You can change the code or delete the history; unused for two years, it is deleted.",
      },
    },
    {
      id: "rights",
      title: { fr: "Vos droits", en: "Your rights" },
      text: {
        fr: "Comme rien ne permet de savoir quelle réponse est la vôtre, elle ne peut ensuite être ni retrouvée ni effacée : si vous hésitez, ne l'envoyez pas. Vous pouvez saisir la CNIL (cnil.fr).",
        en: "As nothing tells which answer is yours, it cannot later be found or deleted: if in doubt, do not send it. You may complain to the CNIL, the French data protection authority (cnil.fr).",
      },
    },
    {
      id: "contact",
      title: { fr: "Contact", en: "Contact" },
      text: contactEmail
        ? { fr: `Pour toute question : ${contactEmail}.`, en: `For any question: ${contactEmail}.` }
        : { fr: `Pour toute question, adressez-vous à ${structureName}.`, en: `For any question, ask ${structureName}.` },
    },
  ];
  // A questionnaire written in a research project tells respondents about that research, right after why.
  if (research) sections.splice(2, 0, { id: "research", title: { fr: "La recherche", en: "The research" }, text: research });
  return sections;
}
