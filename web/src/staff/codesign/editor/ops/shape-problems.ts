import type { Locale } from "@web/shared/domain.ts";

/**
 * The light check the JSON view makes before it hands a draft over: the shape the editor needs to show it
 * without breaking. The server does the full check (schema, SurveyJS properties, conditions, scoring) and
 * its faults are shown with their paths.
 */

type Json = Record<string, unknown>;

const EXPECTED = {
  object: { fr: "un objet { … } est attendu", en: "an object { … } is expected" },
  array: { fr: "une liste [ … ] est attendue", en: "an array [ … ] is expected" },
  string: { fr: "un texte est attendu", en: "a string is expected" },
  strings: { fr: "une liste de textes est attendue", en: "an array of strings is expected" },
  localized: {
    fr: 'un texte en deux langues { "fr": "…", "en": "…" } est attendu',
    en: 'a text in both languages { "fr": "…", "en": "…" } is expected',
  },
  item: {
    fr: 'un objet { "value": …, "text": { "fr": "…", "en": "…" } } est attendu',
    en: 'an object { "value": …, "text": { "fr": "…", "en": "…" } } is expected',
  },
  scale: { fr: 'une échelle { "min": 1, "max": 5 } est attendue', en: 'a scale { "min": 1, "max": 5 } is expected' },
  id: { fr: 'un objet avec un "id" texte est attendu', en: 'an object with a string "id" is expected' },
};
type Expected = keyof typeof EXPECTED;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isLocalized = (value: unknown) => isObject(value) && typeof value["fr"] === "string" && typeof value["en"] === "string";
const isStrings = (value: unknown) => Array.isArray(value) && value.every((x) => typeof x === "string");

/** Texts the editor shows in its fields, when present. */
const ELEMENT_TEXTS = [
  "title",
  "description",
  "html",
  "placeholder",
  "labelTrue",
  "labelFalse",
  "minRateDescription",
  "maxRateDescription",
];

/**
 * @returns what keeps `json` from being a draft the editor can show, one line per problem starting with its
 * JSON path, in `locale`; empty when it can be applied.
 * @example
 * shapeProblems(JSON.parse(text)); // ["/definition/pages/0/elements/2/name : un texte est attendu"]
 */
export function shapeProblems(json: unknown, locale: Locale = "fr"): string[] {
  const problems: string[] = [];
  const fault = (path: string, expected: Expected) => problems.push(`${path || "/"} : ${EXPECTED[expected][locale]}`);

  const checkElements = (elements: unknown, path: string) => {
    if (!Array.isArray(elements)) return fault(path, "array");
    elements.forEach((element, i) => {
      const here = `${path}/${i}`;
      if (!isObject(element)) return fault(here, "object");
      if (typeof element["type"] !== "string") fault(`${here}/type`, "string");
      if (typeof element["name"] !== "string") fault(`${here}/name`, "string");
      if (element["visibleIf"] !== undefined && typeof element["visibleIf"] !== "string") fault(`${here}/visibleIf`, "string");
      for (const key of ELEMENT_TEXTS) if (element[key] !== undefined && !isLocalized(element[key])) fault(`${here}/${key}`, "localized");
      for (const list of ["choices", "rows", "columns", "rateValues"]) {
        const items = element[list];
        if (items === undefined) continue;
        if (!Array.isArray(items)) fault(`${here}/${list}`, "array");
        else
          items.forEach((item, j) => {
            if (!isObject(item) || !["string", "number"].includes(typeof item["value"]) || !isLocalized(item["text"]))
              fault(`${here}/${list}/${j}`, "item");
          });
      }
      if (element["elements"] !== undefined) checkElements(element["elements"], `${here}/elements`);
    });
  };

  if (!isObject(json)) {
    fault("/", "object");
    return problems;
  }
  if (!isLocalized(json["title"])) fault("/title", "localized");
  if (!isLocalized(json["description"])) fault("/description", "localized");
  if (!isStrings(json["roles"])) fault("/roles", "strings");

  const definition = json["definition"];
  if (!isObject(definition)) fault("/definition", "object");
  else if (!Array.isArray(definition["pages"])) fault("/definition/pages", "array");
  else
    definition["pages"].forEach((page, p) => {
      const here = `/definition/pages/${p}`;
      if (!isObject(page)) return fault(here, "object");
      if (typeof page["name"] !== "string") fault(`${here}/name`, "string");
      for (const key of ["title", "description"])
        if (page[key] !== undefined && !isLocalized(page[key])) fault(`${here}/${key}`, "localized");
      if (page["visibleIf"] !== undefined && typeof page["visibleIf"] !== "string") fault(`${here}/visibleIf`, "string");
      checkElements(page["elements"], `${here}/elements`);
    });

  const scoring = json["scoring"];
  if (!isObject(scoring)) {
    fault("/scoring", "object");
    return problems;
  }
  const scale = scoring["scale"];
  if (!isObject(scale) || typeof scale["min"] !== "number" || typeof scale["max"] !== "number") fault("/scoring/scale", "scale");
  for (const list of ["dimensions", "indicators"] as const) {
    const items = scoring[list];
    if (!Array.isArray(items)) {
      fault(`/scoring/${list}`, "array");
      continue;
    }
    items.forEach((item, i) => {
      const here = `/scoring/${list}/${i}`;
      if (!isObject(item) || typeof item["id"] !== "string") return fault(here, "id");
      if (!isLocalized(item["title"])) fault(`${here}/title`, "localized");
      if (list === "dimensions") {
        if (!isStrings(item["items"])) fault(`${here}/items`, "strings");
        if (item["reverse"] !== undefined && !isStrings(item["reverse"])) fault(`${here}/reverse`, "strings");
      }
    });
  }
  if (scoring["mirrors"] !== undefined && !Array.isArray(scoring["mirrors"])) fault("/scoring/mirrors", "array");
  return problems;
}
