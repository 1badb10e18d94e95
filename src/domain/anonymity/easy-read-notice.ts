import type { NoticeInput, NoticeSection } from "./information-notice.ts";

/**
 * The information notice in easy-to-read French (FALC, « facile à lire et à comprendre », after Inclusion
 * Europe's European standards for making information easy to read and understand, 2009): short sentences,
 * one idea a line, everyday words, the person addressed directly. It says the same things as
 * informationNotice — who is responsible, why, what is kept and what is not, how results are shown, rights,
 * contact —, and it is served with the easy-to-read wording of a questionnaire. Lines are separated by "\n".
 * Its reading level is checked by a test (Kandel & Moles score, readability.ts).
 */
export function easyReadNotice({ structureName, minCell, contactEmail, research }: NoticeInput): NoticeSection[] {
  const sections: NoticeSection[] = [
    {
      id: "controller",
      title: { fr: "Qui vous pose les questions", en: "Who is asking" },
      text: {
        fr: `${structureName} vous pose ces questions.\nLe site s'appelle Repères.`,
        en: `${structureName} is asking you these questions.\nThe website is called Repères.`,
      },
    },
    {
      id: "purpose",
      title: { fr: "Pourquoi", en: "Why" },
      text: {
        fr: "Vos réponses aident à faire mieux.\nVous pouvez répondre ou ne pas répondre.\nVous pouvez arrêter quand vous voulez.",
        en: "Your answers help to do better.\nYou can answer or not.\nYou can stop when you want.",
      },
    },
    {
      id: "collected",
      title: { fr: "Ce que nous gardons", en: "What we keep" },
      text: {
        fr: "Nous gardons vos réponses.\nNous gardons le jour.\nNe mettez pas de nom.\nNe mettez pas d'adresse.",
        en: "We keep your answers.\nWe keep the day.\nDo not write a name.\nDo not write an address.",
      },
    },
    {
      id: "not_collected",
      title: { fr: "Ce que nous ne gardons pas", en: "What we do not keep" },
      text: {
        fr: "Nous ne gardons pas votre nom.\nNous ne savons pas qui vous êtes.\nLe code sur le papier sert une fois.",
        en: "We do not keep your name.\nWe do not know who you are.\nThe code on the slip works once.",
      },
    },
    {
      id: "publication",
      title: { fr: "Ce que nous montrons", en: "What we show" },
      text: {
        fr: `Nous montrons des chiffres pour tout un groupe.\nUn groupe a au moins ${minCell} personnes.\nÀ la fin, vous voyez vos résultats.\nVous seul les voyez.`,
        en: `We show numbers for a whole group.\nA group has at least ${minCell} people.\nAt the end, you see your results.\nOnly you see them.`,
      },
    },
    {
      id: "personal_code",
      title: { fr: "Votre code à vous", en: "Your own code" },
      text: {
        fr: "À la fin, vous pouvez garder un code.\nLe code, c'est six mots.\nLa prochaine fois, vous écrivez ces six mots.\nVous voyez alors si vos résultats ont changé.\nPersonne d'autre ne peut lire vos résultats.\nGardez le code pour vous.\nSi vous perdez le code, vos résultats sont perdus.",
        en: "At the end, you can keep a code.\nThe code is six words.\nNext time, you write these six words.\nThen you see if your results have changed.\nNobody else can read your results.\nKeep the code to yourself.\nIf you lose the code, your results are lost.",
      },
    },
    {
      id: "rights",
      title: { fr: "Vos droits", en: "Your rights" },
      text: {
        fr: "Nous ne savons pas quelle réponse est la vôtre.\nAprès l'envoi, nous ne pouvons pas l'enlever.\nVous pouvez écrire à la CNIL.",
        en: "We do not know which answer is yours.\nAfter you send it, we cannot take it away.\nYou can write to the CNIL.",
      },
    },
    {
      id: "contact",
      title: { fr: "Une question ?", en: "A question?" },
      text: contactEmail
        ? { fr: `Écrivez à ${contactEmail}.`, en: `Write to ${contactEmail}.` }
        : { fr: `Demandez à ${structureName}.`, en: `Ask ${structureName}.` },
    },
  ];
  if (research) sections.splice(2, 0, { id: "research", title: { fr: "La recherche", en: "The research" }, text: research });
  return sections;
}
