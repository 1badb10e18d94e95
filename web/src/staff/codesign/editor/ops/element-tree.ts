import type { DraftContent, SurveyElement, SurveyPage } from "@web/shared/domain.ts";

/**
 * Finding and replacing elements in a draft without touching anything else: every update returns a new
 * draft that shares the unchanged pages and elements with the old one (React sees what changed, the
 * untouched parts keep their identity).
 */

/** Where a top-level element sits: its page and its index among the page's elements. */
export interface Place {
  page: number;
  index: number;
}

export function withPages(content: DraftContent, pages: SurveyPage[]): DraftContent {
  return { ...content, definition: { ...content.definition, pages } };
}

/** Every element of a list, panels' children included, in reading order. */
export function walk(
  elements: readonly SurveyElement[],
  visit: (element: SurveyElement, parent: SurveyElement | null) => void,
  parent: SurveyElement | null = null,
) {
  for (const element of elements) {
    visit(element, parent);
    if (element.elements) walk(element.elements, visit, element);
  }
}

/** The name of an element and of every element inside it (a panel's questions). */
export function namesWithin(element: SurveyElement): string[] {
  const names: string[] = [];
  walk([element], (e) => names.push(e.name));
  return names;
}

/** Names already taken: pages and elements share one namespace in SurveyJS. */
export function takenNames(content: DraftContent): Set<string> {
  const names = new Set<string>();
  for (const page of content.definition.pages) {
    names.add(page.name);
    walk(page.elements, (element) => names.add(element.name));
  }
  return names;
}

export function findElement(content: DraftContent, name: string): SurveyElement | undefined {
  let found: SurveyElement | undefined;
  for (const page of content.definition.pages) {
    walk(page.elements, (element) => {
      if (!found && element.name === name) found = element;
    });
  }
  return found;
}

export function findPage(content: DraftContent, name: string): SurveyPage | undefined {
  return content.definition.pages.find((page) => page.name === name);
}

/** The page and index of a top-level element (one directly on a page, not inside a panel). */
export function locate(content: DraftContent, name: string): Place | null {
  const pages = content.definition.pages;
  for (let page = 0; page < pages.length; page++) {
    const index = pages[page]!.elements.findIndex((element) => element.name === name);
    if (index >= 0) return { page, index };
  }
  return null;
}

/** Replaces the element called `name`, wherever it sits; the draft is returned as is when there is none. */
export function mapElement(content: DraftContent, name: string, update: (element: SurveyElement) => SurveyElement): DraftContent {
  let changed = false;
  const mapList = (elements: SurveyElement[]): SurveyElement[] => {
    let listChanged = false;
    const next = elements.map((element) => {
      if (element.name === name) {
        const updated = update(element);
        if (updated !== element) listChanged = true;
        return updated;
      }
      if (element.elements) {
        const children = mapList(element.elements);
        if (children !== element.elements) {
          listChanged = true;
          return { ...element, elements: children };
        }
      }
      return element;
    });
    if (!listChanged) return elements;
    changed = true;
    return next;
  };
  const pages = content.definition.pages.map((page) => {
    const elements = mapList(page.elements);
    return elements === page.elements ? page : { ...page, elements };
  });
  return changed ? withPages(content, pages) : content;
}

/** Replaces the page called `name`. */
export function mapPage(content: DraftContent, name: string, update: (page: SurveyPage) => SurveyPage): DraftContent {
  const index = content.definition.pages.findIndex((page) => page.name === name);
  if (index < 0) return content;
  const page = content.definition.pages[index]!;
  const updated = update(page);
  if (updated === page) return content;
  return withPages(
    content,
    content.definition.pages.map((p, i) => (i === index ? updated : p)),
  );
}

/**
 * A fresh question name: `q` and one more than the highest `qN` in use, so that it collides with no page or
 * element and, while the draft keeps its newest question, is not handed out again after a deletion.
 */
export function freshName(content: DraftContent, taken: Set<string> = takenNames(content), prefix = "q"): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const name of taken) {
    const match = pattern.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let n = highest + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Removes a key from an object, returning a copy (optional SurveyJS properties are absent, never empty). */
export function without<T extends object>(object: T, key: keyof T): T {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** Moves item `from` to position `to` of a copy of the list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}
