import { DEFAULT_MAX_TEXT_LENGTH, type Answers } from "../../domain/questionnaire/answer-validation.ts";
import { ANSWER_FIELD, answerFieldValues, dependsOnPage, shownOnForm } from "../../domain/questionnaire/form-answers.ts";
import { ratingValues } from "../../domain/questionnaire/survey-elements.ts";
import type { Locale, SurveyElement, SurveyPage } from "../../domain/questionnaire/types.ts";
import { formWords } from "./plain-form-words.ts";

/** Text made safe for HTML content and attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** A localized text of the questionnaire file in the page's language (French when a wording is missing). */
export function localized(text: unknown, locale: Locale): string {
  if (typeof text === "string") return text;
  if (typeof text !== "object" || text === null) return "";
  const t = text as Partial<Record<Locale, string>>;
  return t[locale] ?? t.fr ?? "";
}

export interface QuestionView {
  page: SurveyPage;
  answers: Answers;
  /** The message to show next to each question refused, by name. */
  errors: Map<string, string>;
  locale: Locale;
  /** Filled while rendering: the questions given a field of their own on this page. */
  rendered: Set<string>;
}

/** The types the library's questionnaires use, each drawn with native form controls. */
const SUPPORTED = new Set(["radiogroup", "rating", "checkbox", "boolean", "dropdown", "comment", "text", "html", "panel"]);

/** A question (or an `html` element, or a panel) as plain HTML. Everything from the file is escaped but `html`, sanitized on import. */
export function elementHtml(element: SurveyElement, view: QuestionView): string {
  if (!shownOnForm(element, view.page, view.answers)) return "";
  const { locale } = view;
  if (element.type === "html") return `<div class="r-html">${localized(element["html"], locale)}</div>`;
  if (element.type === "panel") {
    const title = localized(element.title, locale);
    const inner = (element.elements ?? []).map((child) => elementHtml(child, view)).join("");
    return `<div class="r-panel">${title ? `<h3>${escapeHtml(title)}</h3>` : ""}${inner}</div>`;
  }
  const id = `q-${element.name}`;
  const title = escapeHtml(localized(element.title, locale) || element.name);
  const required = element.isRequired ? ` <span class="r-q-required">${escapeHtml(formWords.required[locale])}</span>` : "";
  const notes: string[] = [];
  const description = localized(element["description"], locale);
  if (description) notes.push(`<p class="r-hint" id="${escapeHtml(id)}-desc">${escapeHtml(description)}</p>`);
  if (dependsOnPage(element, view.page))
    notes.push(`<p class="r-hint" id="${escapeHtml(id)}-cond">${escapeHtml(formWords.dependsOnAbove[locale])}</p>`);
  const error = view.errors.get(element.name);
  if (error) notes.push(`<p class="r-q-error" id="${escapeHtml(id)}-error">${escapeHtml(error)}</p>`);
  const describedBy = [description && `${id}-desc`, dependsOnPage(element, view.page) && `${id}-cond`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");
  const described = describedBy ? ` aria-describedby="${escapeHtml(describedBy)}"` : "";
  const invalid = error ? ` aria-invalid="true"` : "";

  if (!SUPPORTED.has(element.type))
    return `<div class="r-q" id="${escapeHtml(id)}"><p class="r-q-title">${title}</p><p class="r-q-error">${escapeHtml(formWords.unsupported[locale])}</p></div>`;

  view.rendered.add(element.name);
  const field = escapeHtml(`${ANSWER_FIELD}${element.name}`);
  const given = answerFieldValues(view.answers[element.name]);
  const options = choicesOf(element, locale);

  if (element.type === "dropdown") {
    const placeholder = localized(element["placeholder"], locale) || formWords.choose[locale];
    const items = options
      .map(
        (o) =>
          `<option value="${escapeHtml(o.value)}"${given.includes(o.value) ? " selected" : ""}${o.data}>${escapeHtml(o.text)}</option>`,
      )
      .join("");
    return (
      `<div class="r-q r-field" id="${escapeHtml(id)}"><label for="${escapeHtml(id)}-input" class="r-q-title">${title}${required}</label>` +
      `${notes.join("")}<select id="${escapeHtml(id)}-input" name="${field}"${described}${invalid}><option value="">${escapeHtml(placeholder)}</option>${items}</select></div>`
    );
  }
  if (element.type === "comment" || element.type === "text") {
    const max = element.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
    const value = escapeHtml(given[0] ?? "");
    const control =
      element.type === "comment"
        ? `<textarea id="${escapeHtml(id)}-input" name="${field}" rows="5" maxlength="${max}"${described}${invalid}>${value}</textarea>`
        : element.inputType === "number"
          ? `<input id="${escapeHtml(id)}-input" name="${field}" type="number" inputmode="decimal" data-number${element.min === undefined ? "" : ` min="${element.min}"`}${element.max === undefined ? "" : ` max="${element.max}"`} value="${value}"${described}${invalid}>`
          : `<input id="${escapeHtml(id)}-input" name="${field}" type="text" maxlength="${max}" value="${value}"${described}${invalid}>`;
    return `<div class="r-q r-field" id="${escapeHtml(id)}"><label for="${escapeHtml(id)}-input" class="r-q-title">${title}${required}</label>${notes.join("")}${control}</div>`;
  }
  const kind = element.type === "checkbox" ? "checkbox" : "radio";
  const items = options
    .map(
      (o) =>
        `<label class="r-choice"><input type="${kind}" name="${field}" value="${escapeHtml(o.value)}"${given.includes(o.value) ? " checked" : ""}${o.data}${invalid}> <span>${escapeHtml(o.text)}</span></label>`,
    )
    .join("");
  return `<fieldset class="r-q" id="${escapeHtml(id)}"${described}><legend class="r-q-title">${title}${required}</legend>${notes.join("")}<div class="r-choices">${items}</div></fieldset>`;
}

/**
 * The choices of a question as field values and labels; `data` marks values the browser's script must read
 * back as numbers or booleans when SurveyJS takes the page over.
 */
function choicesOf(element: SurveyElement, locale: Locale): { value: string; text: string; data: string }[] {
  const data = (value: unknown) => (typeof value === "number" ? " data-number" : typeof value === "boolean" ? " data-boolean" : "");
  switch (element.type) {
    case "boolean":
      return [
        { value: "true", text: localized(element["labelTrue"], locale) || formWords.yes[locale], data: data(true) },
        { value: "false", text: localized(element["labelFalse"], locale) || formWords.no[locale], data: data(false) },
      ];
    case "rating": {
      const texts = new Map((element.rateValues ?? []).map((c) => [Number(c.value), localized(c.text, locale)]));
      return ratingValues(element).map((v) => ({ value: String(v), text: texts.get(v) || String(v), data: data(v) }));
    }
    default:
      return (element.choices ?? []).map((c) => ({ value: String(c.value), text: localized(c.text, locale), data: data(c.value) }));
  }
}
