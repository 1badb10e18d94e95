import type { Answers } from "../../domain/questionnaire/answer-validation.ts";
import { ANSWER_FIELD, answerFieldValues, visiblePages } from "../../domain/questionnaire/form-answers.ts";
import type { Locale, SurveyDefinition } from "../../domain/questionnaire/types.ts";
import { formWords } from "./plain-form-words.ts";
import { elementHtml, escapeHtml, localized, type QuestionView } from "./question-html.ts";

export interface InvitationView {
  /** Shown as a field (with its error, if any); otherwise carried in a hidden field. */
  asked: boolean;
  value: string;
  error?: string | undefined;
}

export interface FormView {
  code: string;
  survey: SurveyDefinition;
  /** Index of the page in `survey.pages`. */
  page: number;
  answers: Answers;
  errors: Map<string, string>;
  /** Undefined for a campaign without invitation codes. */
  invitation?: InvitationView | undefined;
  locale: Locale;
}

/** Where the form posts: the respondent page itself, in the same language. */
export const formAction = (code: string, locale: Locale) => `/r/${encodeURIComponent(code)}${locale === "en" ? "?lang=en" : ""}`;

const hidden = (name: string, value: string) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

/**
 * One page of the questionnaire as an ordinary form. The answers of the other pages travel with it in hidden
 * fields — never a cookie, never a session on the server — and are checked again, all of them, each time.
 */
export function formHtml(view: FormView): string {
  const { survey, page, locale } = view;
  const current = survey.pages[page]!;
  const shown = visiblePages(survey, view.answers);
  const position = shown.indexOf(page);
  const isLast = position === shown.length - 1;
  const questionView: QuestionView = { page: current, answers: view.answers, errors: view.errors, locale, rendered: new Set() };
  const body = current.elements.map((element) => elementHtml(element, questionView)).join("");
  const carried = Object.entries(view.answers)
    .filter(([name]) => !questionView.rendered.has(name))
    .flatMap(([name, value]) => answerFieldValues(value).map((v) => hidden(`${ANSWER_FIELD}${name}`, v)))
    .join("");
  const title = localized(current.title, locale);
  const description = localized(current["description"], locale);
  const progress = formWords.page[locale].replace("{n}", String(position + 1)).replace("{total}", String(shown.length));
  const summary =
    view.errors.size > 0 || view.invitation?.error
      ? `<p class="r-q-error" role="alert">${escapeHtml(formWords.errorsAbove[locale])}</p>`
      : "";
  return (
    `<form method="post" action="${escapeHtml(formAction(view.code, locale))}" novalidate class="r-plain-form" data-plain-form>` +
    `<p class="r-progress-plain" id="plain-progress">${escapeHtml(progress)}</p>` +
    `<progress class="r-plain-bar" max="${shown.length}" value="${position + 1}" aria-labelledby="plain-progress"></progress>` +
    (title ? `<h2 class="r-page-title">${escapeHtml(title)}</h2>` : "") +
    (description ? `<p class="r-hint">${escapeHtml(description)}</p>` : "") +
    summary +
    invitationHtml(view.invitation, locale) +
    body +
    hidden("page", String(page)) +
    carried +
    `<div class="r-plain-nav"><button type="submit" name="nav" value="next" class="r-button r-button-primary">${escapeHtml((isLast ? formWords.send : formWords.next)[locale])}</button>` +
    (position > 0
      ? `<button type="submit" name="nav" value="back" class="r-button">${escapeHtml(formWords.previous[locale])}</button>`
      : "") +
    `</div></form>`
  );
}

function invitationHtml(invitation: InvitationView | undefined, locale: Locale): string {
  if (!invitation) return "";
  if (!invitation.asked) return invitation.value ? hidden("invitation", invitation.value) : "";
  const error = invitation.error ? `<p class="r-q-error" id="invitation-error">${escapeHtml(invitation.error)}</p>` : "";
  const describedBy = invitation.error ? "invitation-hint invitation-error" : "invitation-hint";
  return (
    `<div class="r-field">${hidden("asked", "invitation")}<label for="invitation">${escapeHtml(formWords.invitationCode[locale])}</label>` +
    `<p class="r-hint" id="invitation-hint">${escapeHtml(formWords.invitationHint[locale])}</p>${error}` +
    `<input id="invitation" name="invitation" autocomplete="off" autocapitalize="none" spellcheck="false" value="${escapeHtml(invitation.value)}" aria-describedby="${describedBy}"${invitation.error ? ' aria-invalid="true"' : ""}></div>`
  );
}

export interface NoticeSection {
  id: string;
  title: unknown;
  text: unknown;
}

export interface RespondentIntro {
  title: unknown;
  description: unknown;
  easyRead: boolean;
  notice: NoticeSection[];
  otherWording: { code: string; easyRead: boolean } | null;
}

const SWITCH = {
  toEasyRead: { fr: "Version facile à lire", en: "Easy-to-read version" },
  toStandard: { fr: "Version habituelle", en: "Standard version" },
};

/** The questionnaire's title and the information notice, above its first page. */
export function introHtml(intro: RespondentIntro, locale: Locale): string {
  const sections = intro.notice
    .map(
      (s) =>
        `<div class="r-notice-section"><h3>${escapeHtml(localized(s.title, locale))}</h3>${localized(s.text, locale)
          .split("\n")
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join("")}</div>`,
    )
    .join("");
  const other = intro.otherWording
    ? `<p class="r-switch"><a href="/r/${escapeHtml(encodeURIComponent(intro.otherWording.code))}">${escapeHtml(
        (intro.otherWording.easyRead ? SWITCH.toEasyRead : SWITCH.toStandard)[locale],
      )}</a></p>`
    : "";
  return (
    `<h1 class="r-title">${escapeHtml(localized(intro.title, locale))}</h1>${other}` +
    `<p class="r-lead">${escapeHtml(localized(intro.description, locale))}</p>` +
    `<section aria-labelledby="notice-title" class="${intro.easyRead ? "r-notice r-notice-easy" : "r-notice"}"><h2 id="notice-title">${escapeHtml(
      formWords.beforeYouStart[locale],
    )}</h2>${sections}</section>`
  );
}

/** Every respondent page drawn by the server: the name of the platform, a language link, then the page. */
export function frameHtml(main: string, locale: Locale, languageLink?: string): string {
  const switchLink = languageLink
    ? `<a class="r-plain-lang" href="${escapeHtml(languageLink)}" lang="${locale === "en" ? "fr" : "en"}">${locale === "en" ? "Français" : "English"}</a>`
    : "";
  return `<div class="r-page"><header class="r-header"><span class="r-brand">Repères</span>${switchLink}</header><main class="r-main">${main}</main></div>`;
}

export interface ScoreView {
  title: unknown;
  score: number | null;
}

/** After the last page: thanks, and the respondent's own scores, for her alone. */
export function thanksHtml(scores: ScoreView[], locale: Locale): string {
  const items = scores
    .filter((s) => s.score !== null)
    .map(
      (s) =>
        `<li class="r-score"><h3>${escapeHtml(localized(s.title, locale))}</h3><p class="r-score-value"><strong>${Math.round(s.score!)}</strong> ${escapeHtml(
          formWords.outOf100[locale],
        )}</p></li>`,
    )
    .join("");
  return `<h1 class="r-title">${escapeHtml(formWords.thanks[locale])}</h1><h2>${escapeHtml(formWords.yourScores[locale])}</h2><ul class="r-scores">${items}</ul>`;
}

/** A page that can only send the respondent back to the start (answers that no form of ours produced). */
export function startOverHtml(code: string, message: string, locale: Locale): string {
  return `<h1 class="r-title">${escapeHtml(message)}</h1><p><a href="${escapeHtml(formAction(code, locale))}">${escapeHtml(formWords.backToStart[locale])}</a></p>`;
}
