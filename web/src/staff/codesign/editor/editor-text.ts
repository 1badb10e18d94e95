import type { ElementShape, QuestionKind } from "./draft-ops.ts";

/**
 * The words the editor uses for the kinds of question, in both languages: plain words first, the technical
 * name after, so that a peer worker recognises them at first sight.
 */

type Text = { fr: string; en: string };

export const KIND_TEXT: Record<QuestionKind, { name: Text; hint: Text }> = {
  likert: {
    name: { fr: "Échelle d'accord (Likert)", en: "Agreement scale (Likert)" },
    hint: {
      fr: "De « Pas du tout d'accord » à « Tout à fait d'accord ». Peut compter dans un score.",
      en: "From “Strongly disagree” to “Strongly agree”. Can count in a score.",
    },
  },
  single: {
    name: { fr: "Choix unique", en: "Single choice" },
    hint: { fr: "Une seule réponse parmi une liste.", en: "One answer from a list." },
  },
  multiple: {
    name: { fr: "Choix multiples", en: "Multiple choice" },
    hint: { fr: "Plusieurs réponses possibles parmi une liste.", en: "Several answers from a list." },
  },
  yes_no: {
    name: { fr: "Oui / non", en: "Yes / no" },
    hint: { fr: "Répondre par oui ou par non.", en: "Answer yes or no." },
  },
  free_text: {
    name: { fr: "Texte libre", en: "Free text" },
    hint: { fr: "La personne écrit ce qu'elle veut.", en: "The person writes what they want." },
  },
  number: {
    name: { fr: "Nombre", en: "Number" },
    hint: { fr: "Un nombre, par exemple un âge ou un nombre de rencontres.", en: "A number, for example an age or a number of meetings." },
  },
  matrix: {
    name: { fr: "Tableau (matrice)", en: "Table (matrix)" },
    hint: {
      fr: "Plusieurs affirmations en lignes, les mêmes réponses en colonnes.",
      en: "Several statements in rows, the same answers in columns.",
    },
  },
};

export const SHAPE_TEXT: Record<ElementShape, Text> = {
  likert: KIND_TEXT.likert.name,
  rating: { fr: "Échelle de notation", en: "Rating scale" },
  single: KIND_TEXT.single.name,
  dropdown: { fr: "Choix unique (liste déroulante)", en: "Single choice (drop-down list)" },
  multiple: KIND_TEXT.multiple.name,
  yes_no: KIND_TEXT.yes_no.name,
  free_text: KIND_TEXT.free_text.name,
  number: KIND_TEXT.number.name,
  short_text: { fr: "Texte court", en: "Short text" },
  matrix: KIND_TEXT.matrix.name,
  info: { fr: "Texte d'information (sans réponse)", en: "Information text (no answer)" },
  group: { fr: "Groupe de questions", en: "Group of questions" },
  other: { fr: "Autre type", en: "Other type" },
};

/**
 * How the editor names a card in its legend, its buttons and its messages, with French articles:
 * "Question 3", "la question 3", "de la question 3", "à la question 3" (or "le texte 1", "du groupe 6"…).
 */
export interface Naming {
  title: Text;
  the: Text;
  of: Text;
  to: Text;
}

export function naming(kind: "question" | "text" | "group" | "page", number: string): Naming {
  const en = { question: "question", text: "text", group: "group", page: "page" }[kind];
  const [noun, feminine] = { question: ["question", true], text: ["texte", false], group: ["groupe", false], page: ["page", true] }[
    kind
  ] as [string, boolean];
  const title = { fr: `${noun[0]!.toUpperCase()}${noun.slice(1)} ${number}`, en: `${en[0]!.toUpperCase()}${en.slice(1)} ${number}` };
  return {
    title,
    the: { fr: `${feminine ? "la" : "le"} ${noun} ${number}`, en: `${en} ${number}` },
    of: { fr: `${feminine ? "de la" : "du"} ${noun} ${number}`, en: `of ${en} ${number}` },
    to: { fr: `${feminine ? "à la" : "au"} ${noun} ${number}`, en: `to ${en} ${number}` },
  };
}

/** The naming of an element from its shape. */
export function elementNaming(shape: ElementShape, number: string): Naming {
  return naming(shape === "info" ? "text" : shape === "group" ? "group" : "question", number);
}

/** A short form of a text for a list or a message: its first 60 characters. */
export function shortText(text: string | undefined): string {
  const plain = (text ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
}
