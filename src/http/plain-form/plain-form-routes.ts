import type { Context, Hono } from "hono";
import { campaignForRespondents } from "../../actions/campaigns.ts";
import { checkInvitation } from "../../actions/invitation-check.ts";
import { submitResponse } from "../../actions/responses.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { AnswerError, Answers } from "../../domain/questionnaire/answer-validation.ts";
import { conditionsHold, pageQuestions, questionsByName, readFormAnswers, visiblePages } from "../../domain/questionnaire/form-answers.ts";
import type { Locale, SurveyDefinition, SurveyElement } from "../../domain/questionnaire/types.ts";
import { MAX_RESPONSE_BYTES } from "../../routes/campaigns.ts";
import { ApiError } from "../api-error.ts";
import { bodySize } from "../body-size.ts";
import { clientAddress, requestOrigin } from "../client-address.ts";
import { actionContext, type AppEnv } from "../context.ts";
import { countAcceptedSubmission } from "../submission-surge.ts";
import { formWords, reasonText } from "./plain-form-words.ts";
import { formHtml, frameHtml, introHtml, startOverHtml, thanksHtml, type FormView, type InvitationView } from "./respondent-form-html.ts";

/** How a page drawn here becomes a document: with the web app's scripts (the first page) or without. */
export interface PlainFormShell {
  withScripts(content: string, locale: Locale): string;
  withoutScripts(content: string, locale: Locale): string;
}

/** French unless `?lang=en`: the language of the link, not of the phone, so that a form posts in the language it was read in. */
export const pageLocale = (c: Context<AppEnv>): Locale => (c.req.query("lang") === "en" ? "en" : "fr");

/**
 * The notice and the first page of an open campaign, drawn on the server so that the first question is read
 * and answered before any script has arrived; null when there is nothing to draw (unknown or closed campaign:
 * the web app says why).
 */
export async function firstPageHtml(c: Context<AppEnv>, code: string): Promise<string | null> {
  let campaign;
  try {
    campaign = await campaignForRespondents(actionContext(c), code);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
  if (campaign.availability !== "open") return null;
  const locale = pageLocale(c);
  const survey = campaign.definition;
  const [first = 0] = visiblePages(survey, {});
  const linkInvitation = c.req.query("i")?.trim() ?? "";
  const form = formHtml({
    code,
    survey,
    page: first,
    answers: {},
    errors: new Map(),
    invitation: campaign.requiresInvitation ? { asked: true, value: linkInvitation } : undefined,
    locale,
  });
  const other = `/r/${encodeURIComponent(code)}${locale === "en" ? "" : "?lang=en"}`;
  return frameHtml(introHtml({ ...campaign.questionnaire, ...campaign }, locale) + form, locale, other);
}

/**
 * The same-origin rule of the API's writes (request-guard.ts), for an HTML form: a form may be posted from
 * anywhere, so it must come from this origin. The respondent pages send no referrer, and with that policy a
 * browser sends `Origin: null` on a form post: `Sec-Fetch-Site: same-origin`, which no page can forge, then
 * says where it comes from.
 */
function formGuard(c: Context<AppEnv>) {
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  const ours = requestOrigin(c, c.var.deps.config.trustedProxies);
  if (site !== undefined && site !== "same-origin") throw new ApiError("cross_origin_refused");
  if (origin !== undefined && origin !== ours && !(origin === "null" && site === "same-origin")) throw new ApiError("cross_origin_refused");
  if (site === undefined && origin === undefined) throw new ApiError("cross_origin_refused");
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new ApiError("unsupported_media_type");
}

/** The bound a reason names (`{n}` in its message), read from the question. */
function boundOf(question: SurveyElement | undefined, reason: AnswerError["reason"]): number | undefined {
  if (!question) return undefined;
  if (reason === "too_long") return question.maxLength ?? 2000;
  if (reason === "too_many_choices") return question.maxSelectedChoices;
  if (reason === "too_few_choices") return question.minSelectedChoices;
  return undefined;
}

/** The earliest page with a refused answer, and the messages for that page's questions. */
function firstPageWithErrors(survey: SurveyDefinition, errors: AnswerError[], upTo: number, locale: Locale) {
  const questions = questionsByName(survey);
  const placed = errors.flatMap((e) => {
    const q = questions.get(e.question);
    return q && q.page <= upTo ? [{ ...e, page: q.page, question: q.question }] : [];
  });
  if (placed.length === 0) return null;
  const page = Math.min(...placed.map((e) => e.page));
  const messages = new Map(
    placed.filter((e) => e.page === page).map((e) => [e.question.name, reasonText(e.reason, locale, boundOf(e.question, e.reason))]),
  );
  return { page, messages };
}

/**
 * The questionnaire page by page as ordinary forms, for phones where JavaScript never runs. Each post carries
 * every answer so far; they go through the same validator as the JSON route (earlier pages included, so that
 * an edited hidden field is refused as any other wrong answer) and, after the last page, the same action.
 */
export function mountPlainForm(app: Hono<AppEnv>, shell: PlainFormShell) {
  app.post("/r/:code{[^/]{1,64}}", bodySize(MAX_RESPONSE_BYTES), async (c) => {
    formGuard(c);
    const code = c.req.param("code");
    const locale = pageLocale(c);
    const send = (content: string, status: 200 | 201 | 404 | 410 | 422) => {
      c.header("Cache-Control", "no-store");
      return c.html(shell.withoutScripts(frameHtml(content, locale), locale), status);
    };
    let campaign;
    try {
      campaign = await campaignForRespondents(actionContext(c), code);
    } catch (error) {
      if (error instanceof DomainError && error.code === "campaign_not_found") throw new ApiError("campaign_not_found");
      throw error;
    }
    if (campaign.availability !== "open") throw new ApiError("campaign_not_open", { availability: campaign.availability });
    const survey = campaign.definition;

    const body = await c.req.parseBody({ all: true });
    const fields: [string, string][] = Object.entries(body).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === "string" ? [[name, v] as [string, string]] : [])),
    );
    const field = (name: string) => fields.find(([n]) => n === name)?.[1];
    const answers: Answers = readFormAnswers(survey, fields);
    const posted = Number(field("page"));
    const page = Number.isInteger(posted) && posted >= 0 && posted < survey.pages.length ? posted : 0;
    // A question of this page whose condition now fails was left open on the form (it reads an answer given
    // beside it): its answer goes, as SurveyJS clears the answers of questions it hides.
    for (const { question, conditions } of pageQuestions(survey.pages[page]!))
      if (question.name in answers && !conditionsHold(conditions, answers)) delete answers[question.name];

    let invitation: InvitationView | undefined;
    if (campaign.requiresInvitation) {
      const value = (field("invitation") ?? "").trim().slice(0, 200);
      invitation = { asked: field("asked") === "invitation", value };
    }
    const view = (at: number, errors = new Map<string, string>()): FormView => ({
      code,
      survey,
      page: at,
      answers,
      errors,
      invitation,
      locale,
    });
    const shown = visiblePages(survey, answers);

    if (field("nav") === "back") {
      const before = shown.filter((p) => p < page);
      return send(formHtml(view(before.at(-1) ?? page)), 200);
    }

    if (invitation?.asked) {
      if (invitation.value === "") invitation.error = formWords.invitationMissing[locale];
      else {
        c.var.rateLimits.throttle(c, "checkInvitationPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
        if (!(await checkInvitation(actionContext(c), code, invitation.value)))
          invitation.error = formWords.invitationNotRecognised[locale];
      }
    }

    const compiled = (await c.var.versions.get((await c.var.deps.store.campaigns.getByCode(code))!.versionId))!;
    const checked = compiled.validate(answers);
    if (!checked.ok) {
      if (checked.errors.some((e) => e.reason === "unknown_question" || e.reason === "not_an_object"))
        return send(startOverHtml(code, formWords.unknownAnswers[locale], locale), 422);
      const refused = firstPageWithErrors(survey, checked.errors, page, locale);
      if (refused) return send(formHtml(view(refused.page, refused.messages)), 422);
    }
    if (invitation?.error) return send(formHtml(view(page)), 422);

    const next = shown.find((p) => p > page);
    if (next !== undefined) {
      if (invitation) invitation.asked = false;
      return send(formHtml(view(next)), 200);
    }

    c.var.rateLimits.throttle(c, "submitPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
    try {
      const scores = await submitResponse(actionContext(c), code, { answers, invitation: invitation?.value || undefined, locale });
      await countAcceptedSubmission(c, code);
      return send(thanksHtml(scores, locale), 201);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (invitation && (error.code === "invitation_used" || error.code === "invitation_required")) {
        // Only the code is refused: every answer stays on the page, to be sent again with another code.
        invitation.asked = true;
        invitation.error = error.code === "invitation_used" ? formWords.invitationUsed[locale] : formWords.invitationNotRecognised[locale];
        return send(formHtml(view(page)), 422);
      }
      if (error.code === "invalid_answers") {
        const questions = (error.details as { questions: AnswerError[] }).questions;
        const refused = firstPageWithErrors(survey, questions, survey.pages.length, locale);
        if (refused) return send(formHtml(view(refused.page, refused.messages)), 422);
      }
      throw error;
    }
  });
}
