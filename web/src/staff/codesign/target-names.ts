import type { DraftContent } from "@web/shared/domain.ts";
import { words } from "./words.ts";
import type { Text } from "@web/shared/locale.tsx";

/**
 * What people call the parts of a draft: the API names them by key ("question:q3", "dimension:hope") in
 * conflicts, changes and decisions, and by JSON path in its problems; the pages say "Question q3 — its title".
 */

type Pick = (text: Text) => string;

interface Titled {
  name?: unknown;
  id?: unknown;
  type?: unknown;
  title?: unknown;
  elements?: unknown;
}

/** The title of a part in the page's language, French when the other language is still empty. */
function titleOf(value: unknown, t: Pick): string {
  const title = (value as Titled | undefined)?.title as Partial<Text> | undefined;
  if (!title || typeof title !== "object") return "";
  return t({ fr: title.fr ?? "", en: title.en || title.fr || "" });
}

function findElement(elements: unknown, name: string): unknown {
  if (!Array.isArray(elements)) return undefined;
  for (const element of elements as Titled[]) {
    if (element.name === name) return element;
    const inner = findElement(element.elements, name);
    if (inner) return inner;
  }
  return undefined;
}

const withTitle = (label: string, title: string) => (title ? `${label} — ${title}` : label);

/**
 * @example
 * targetName("question:q3", content, t) // → "Question q3 — Venez-vous chaque semaine ?"
 */
export function targetName(key: string, content: DraftContent | undefined, t: Pick): string {
  const [type = "", ...rest] = key.split(":");
  const id = rest.join(":");
  switch (type) {
    case "question": {
      const element = content?.definition.pages.map((p) => findElement(p.elements, id)).find(Boolean);
      return withTitle(`${t(words.targetNames.question)} ${id}`, titleOf(element, t));
    }
    case "dimension":
      return withTitle(
        `${t(words.targetNames.dimension)} ${id}`,
        titleOf(
          content?.scoring.dimensions.find((d) => d.id === id),
          t,
        ),
      );
    case "indicator":
      return withTitle(
        `${t(words.targetNames.indicator)} ${id}`,
        titleOf(
          content?.scoring.indicators.find((d) => d.id === id),
          t,
        ),
      );
    case "page":
      return withTitle(
        `${t(words.targetNames.page)} ${id}`,
        titleOf(
          content?.definition.pages.find((p) => p.name === id),
          t,
        ),
      );
    case "scale":
      return t(words.targetNames.scoresAnswerScale);
    case "pages":
      return t(words.targetNames.orderPages);
    case "questionnaire":
      return t(words.targetNames.questionnairesTitleDescriptionRespondents);
    default:
      return key;
  }
}

/**
 * Where a problem is, from its JSON path: the innermost question, page, dimension or indicator on the way.
 * @example
 * problemPlace("/definition/pages/0/elements/2/title/en", content, t) // → "Question q3 — Venez-vous… ?"
 */
export function problemPlace(path: string, content: DraftContent, t: Pick): string {
  const parts = path.split("/").filter(Boolean);
  let node: unknown = content;
  let place = t(words.targetNames.questionnaire);
  for (const [i, part] of parts.entries()) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<string, unknown>)[part];
    const parent = parts[i - 1];
    const item = node as Titled | undefined;
    if (!item || typeof item !== "object" || Array.isArray(item)) continue;
    if (parent === "elements" && typeof item.name === "string") place = targetName(`question:${item.name}`, content, t);
    else if (parent === "pages" && typeof item.name === "string") place = targetName(`page:${item.name}`, content, t);
    else if (parent === "dimensions" && typeof item.id === "string") place = targetName(`dimension:${item.id}`, content, t);
    else if (parent === "indicators" && typeof item.id === "string") place = targetName(`indicator:${item.id}`, content, t);
  }
  return place;
}
