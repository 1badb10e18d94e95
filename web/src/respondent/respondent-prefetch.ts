import { loadCampaign, type CampaignLoad } from "./campaign-api.ts";

/**
 * What a respondent page needs from the network, asked for by main.tsx as soon as the page runs instead of
 * one request after the other once React and the respondent code have arrived. Nothing is sent that the
 * respondent app would not send anyway: the campaign code of the link, and requests for the page's own scripts.
 */
let early: { code: string; load: Promise<CampaignLoad> } | null = null;
let questionnairePage: Promise<typeof import("./questionnaire-page.tsx")> | null = null;

/** Starts loading the campaign `code` and the questionnaire page (SurveyJS), both used a moment later. */
export function prefetchRespondent(code: string): void {
  prefetchCampaign(code);
  // A failure is shown when the questionnaire opens (respondent-app.tsx), not here.
  loadQuestionnairePage().catch(() => {});
}

export function prefetchCampaign(code: string): void {
  if (code !== "") early = { code, load: loadCampaign(code) };
}

/**
 * The prefetched load of this campaign, taken once (a later load asks the server again, so a page left open
 * never works from a stale campaign); a fresh request when nothing was prefetched for this code.
 */
export function takeCampaignLoad(code: string): Promise<CampaignLoad> {
  const prefetched = early?.code === code ? early.load : null;
  early = null;
  return prefetched ?? loadCampaign(code);
}

/**
 * The questionnaire page, and SurveyJS with it — most of the page's weight —, kept out of the respondent
 * bundle so that the notice shows while SurveyJS still downloads. Loaded once per page.
 */
export function loadQuestionnairePage(): Promise<typeof import("./questionnaire-page.tsx")> {
  questionnairePage ??= import("./questionnaire-page.tsx");
  return questionnairePage;
}
