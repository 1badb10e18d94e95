import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { isRespondentPath, readRespondentLocation } from "./respondent/respondent-location.ts";
import { saveProgress } from "./respondent/device-storage.ts";
import { loadQuestionnairePage, prefetchRespondent } from "./respondent/respondent-prefetch.ts";
import { readServerForm } from "./respondent/server-form.ts";
import { LocaleProvider } from "./shared/locale.tsx";
import "./shared/base.css";

/**
 * Two apps in one page, split at the first path segment: respondents (/r/:code) load only the respondent
 * bundle — no staff code — because page weight is a promise to people on old phones.
 */
const RespondentModule = () => import("./respondent/respondent-app.tsx");
const RespondentApp = lazy(RespondentModule);
const StaffApp = lazy(() => import("./staff/staff-app.tsx"));

const isRespondent = isRespondentPath(window.location.pathname);
const root = document.getElementById("root")!;
// The campaign and SurveyJS are asked for now, alongside the respondent bundle rather than after it: on a
// slow connection each request waiting for the previous one costs a round trip.
if (isRespondent) {
  const { code } = readRespondentLocation(window.location);
  prefetchRespondent(code);
  // The server drew the notice and the first page: they stay, readable and answerable, until SurveyJS is
  // here to take over; what was typed meanwhile becomes the questionnaire's answers.
  if (root.querySelector("form[data-plain-form]")) {
    await Promise.allSettled([RespondentModule(), loadQuestionnairePage()]);
    const { answers, invitation } = readServerForm(root);
    if (Object.keys(answers).length > 0) saveProgress(code, { answers, page: 0, ...(invitation ? { invitation } : {}) });
    else if (invitation && !readRespondentLocation(window.location).invitation) {
      // A code typed before any answer: the notice takes it as a code from the link, and checks it on "Start".
      const url = new URL(window.location.href);
      url.searchParams.set("i", invitation);
      history.replaceState(history.state, "", url);
    }
  }
}

createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <Suspense fallback={<p className="loading">…</p>}>{isRespondent ? <RespondentApp /> : <StaffApp />}</Suspense>
    </LocaleProvider>
  </StrictMode>,
);
