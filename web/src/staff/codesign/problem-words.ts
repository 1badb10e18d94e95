/**
 * The API's problems are the library checker's messages (JSON Schema wording, in English); the commonest
 * ones are said here in plain words, the others shown as they are.
 */

type Text = { fr: string; en: string };

const FIELDS: Record<string, Text> = {
  title: { fr: "titre", en: "title" },
  description: { fr: "description", en: "description" },
  source: { fr: "source (référence de la dimension)", en: "source (the dimension's reference)" },
  text: { fr: "texte", en: "text" },
  minRateDescription: { fr: "libellé du bas de l'échelle", en: "label of the low end of the scale" },
  maxRateDescription: { fr: "libellé du haut de l'échelle", en: "label of the high end of the scale" },
};

const LISTS: Record<string, Text> = {
  elements: { fr: "aucune question sur cette page pour l'instant", en: "no question on this page yet" },
  dimensions: {
    fr: "aucune dimension : créez-en une et rangez-y les questions qui comptent dans un score",
    en: "no dimension: create one and put in it the questions that count in a score",
  },
  indicators: {
    fr: "aucun indicateur : il en faut au moins un, calculé à partir d'une dimension",
    en: "no indicator: at least one is needed, computed from a dimension",
  },
  items: { fr: "aucune question dans cette dimension", en: "no question in this dimension" },
  choices: { fr: "aucun choix de réponse", en: "no answer choice" },
};

/**
 * @example
 * problemText({ path: "/scoring/dimensions/0/title/en", message: "must NOT have fewer than 1 characters" })
 * // → { fr: "titre en anglais à écrire", en: "title in English to write" }
 */
export function problemText(problem: { path: string; message: string }): { text: Text; raw: boolean } {
  const parts = problem.path.split("/").filter(Boolean);
  const last = parts.at(-1) ?? "";
  const field = last === "fr" || last === "en" ? (parts.at(-2) ?? "") : last;
  const fieldName = FIELDS[field];
  const empty = /fewer than 1 characters/.test(problem.message);
  if (empty && (last === "fr" || last === "en") && fieldName) {
    return {
      text:
        last === "fr"
          ? { fr: `${fieldName.fr} en français à écrire`, en: `${fieldName.en} in French to write` }
          : { fr: `${fieldName.fr} en anglais à écrire`, en: `${fieldName.en} in English to write` },
      raw: false,
    };
  }
  const short = /fewer than (\d+) characters/.exec(problem.message);
  if (short && fieldName)
    return {
      text: { fr: `${fieldName.fr} : au moins ${short[1]} caractères`, en: `${fieldName.en}: at least ${short[1]} characters` },
      raw: false,
    };
  if (/fewer than 1 items/.test(problem.message) && LISTS[last]) return { text: LISTS[last], raw: false };
  return { text: { fr: problem.message, en: problem.message }, raw: true };
}
