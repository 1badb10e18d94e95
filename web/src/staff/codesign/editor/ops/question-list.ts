import type { DraftContent, SurveyElement } from "@web/shared/domain.ts";

/**
 * The flat view of a draft the editor shows: its pages' elements in reading order, each with its page and
 * position, and panels' questions listed under their panel.
 */

/** What an element is, in the editor's terms (a SurveyJS type, refined where one type serves two uses). */
export type ElementShape =
  | "likert"
  | "rating"
  | "single"
  | "dropdown"
  | "multiple"
  | "yes_no"
  | "free_text"
  | "number"
  | "short_text"
  | "matrix"
  | "info"
  | "group"
  | "other";

/**
 * A radiogroup whose choices are consecutive whole numbers is an agreement scale: that is how every scored
 * item of the library is written (tests/surveys/questionnaires.test.ts holds them to values 1–5).
 */
export function isLikert(element: SurveyElement): boolean {
  if (element.type !== "radiogroup" || !element.choices || element.choices.length < 2) return false;
  return element.choices.every(
    (choice, i) => Number.isInteger(choice.value) && choice.value === (element.choices![0]!.value as number) + i,
  );
}

export function shapeOf(element: SurveyElement): ElementShape {
  switch (element.type) {
    case "radiogroup":
      return isLikert(element) ? "likert" : "single";
    case "rating":
      return "rating";
    case "dropdown":
      return "dropdown";
    case "checkbox":
      return "multiple";
    case "boolean":
      return "yes_no";
    case "comment":
      return "free_text";
    case "text":
      return element.inputType === "number" ? "number" : "short_text";
    case "matrix":
      return "matrix";
    case "html":
      return "info";
    case "panel":
      return "group";
    default:
      return "other";
  }
}

/** Elements that take an answer (not an information text, not a panel). */
export function isQuestion(element: SurveyElement): boolean {
  return element.type !== "html" && element.type !== "panel";
}

export interface QuestionEntry {
  name: string;
  element: SurveyElement;
  /** The page's name and index. */
  page: string;
  pageIndex: number;
  /** Index among the page's elements, or among the panel's for a question inside a panel. */
  index: number;
  /** 1-based position among the top-level elements of the whole draft (the panel's own, for its questions). */
  position: number;
  /** "3", or "3.2" for the second question of the panel at position 3. */
  number: string;
  /** The panel a question sits in, or null for an element directly on a page. */
  parent: string | null;
}

/**
 * @example
 * listQuestions(draft).map((q) => `${q.number} ${q.name} (${q.page})`); // ["1 intro (accompagnement)", …]
 */
export function listQuestions(content: DraftContent): QuestionEntry[] {
  const out: QuestionEntry[] = [];
  let position = 0;
  content.definition.pages.forEach((page, pageIndex) => {
    page.elements.forEach((element, index) => {
      position++;
      const number = String(position);
      out.push({ name: element.name, element, page: page.name, pageIndex, index, position, number, parent: null });
      if (element.type === "panel") {
        const panelPosition = position;
        (element.elements ?? []).forEach((child, childIndex) => {
          out.push({
            name: child.name,
            element: child,
            page: page.name,
            pageIndex,
            index: childIndex,
            position: panelPosition,
            number: `${number}.${childIndex + 1}`,
            parent: element.name,
          });
        });
      }
    });
  });
  return out;
}
