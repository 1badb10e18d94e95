import type { DraftContent, ChoiceItem, Locale, Localized } from "@web/shared/domain.ts";
import { findElement, findPage, mapElement, mapPage, without } from "./element-tree.ts";

/** Every text a person reads, addressed by where it sits, edited one language at a time. */

export type ItemList = "choices" | "rows" | "columns" | "rateValues";
export type ElementTextField =
  "title" | "description" | "html" | "placeholder" | "labelTrue" | "labelFalse" | "minRateDescription" | "maxRateDescription";

export type TextPath =
  | { kind: "questionnaire"; field: "title" | "description" }
  | { kind: "page"; name: string; field: "title" | "description" }
  | { kind: "element"; name: string; field: ElementTextField }
  | { kind: "item"; name: string; list: ItemList; index: number };

/** Texts a question cannot do without: emptied, they stay as empty strings for the checker to point at. */
const REQUIRED_FIELDS = new Set<ElementTextField>(["title", "html"]);

const EMPTY: Localized = { fr: "", en: "" };

export function getText(content: DraftContent, path: TextPath): Localized | undefined {
  switch (path.kind) {
    case "questionnaire":
      return content[path.field];
    case "page":
      return findPage(content, path.name)?.[path.field] as Localized | undefined;
    case "element":
      return findElement(content, path.name)?.[path.field] as Localized | undefined;
    case "item":
      return findElement(content, path.name)?.[path.list]?.[path.index]?.text;
  }
}

/**
 * Sets one language of a text. An optional text (a description, a placeholder…) emptied in both languages
 * is removed, so that no empty `{ fr: "", en: "" }` is left for the checker to refuse.
 * @example
 * setText(draft, { kind: "element", name: "q3", field: "title" }, "en", "How are you?");
 */
export function setText(content: DraftContent, path: TextPath, locale: Locale, value: string): DraftContent {
  const next = (current: Localized | undefined): Localized => ({ ...EMPTY, ...current, [locale]: value });
  const isEmpty = (text: Localized) => text.fr === "" && text.en === "";
  switch (path.kind) {
    case "questionnaire":
      return { ...content, [path.field]: next(content[path.field]) };
    case "page":
      return mapPage(content, path.name, (page) => {
        const text = next(page[path.field] as Localized | undefined);
        return isEmpty(text) ? without(page, path.field) : { ...page, [path.field]: text };
      });
    case "element":
      return mapElement(content, path.name, (element) => {
        const text = next(element[path.field] as Localized | undefined);
        return isEmpty(text) && !REQUIRED_FIELDS.has(path.field) ? without(element, path.field) : { ...element, [path.field]: text };
      });
    case "item":
      return mapElement(content, path.name, (element) => {
        const items = element[path.list];
        const item = items?.[path.index];
        if (!items || !item) return element;
        const updated: ChoiceItem = { ...item, text: next(item.text) };
        return { ...element, [path.list]: items.map((it, i) => (i === path.index ? updated : it)) };
      });
  }
}
