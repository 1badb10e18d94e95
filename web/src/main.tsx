import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { isRespondentPath, readRespondentLocation } from "./respondent/respondent-location.ts";
import { prefetchRespondent } from "./respondent/respondent-prefetch.ts";
import { LocaleProvider } from "./shared/locale.tsx";
import "./shared/base.css";

/**
 * Two apps in one page, split at the first path segment: respondents (/r/:code) load only the respondent
 * bundle — no staff code — because page weight is a promise to people on old phones.
 */
const RespondentApp = lazy(() => import("./respondent/respondent-app.tsx"));
const StaffApp = lazy(() => import("./staff/staff-app.tsx"));

const isRespondent = isRespondentPath(window.location.pathname);
// The campaign and SurveyJS are asked for now, alongside the respondent bundle rather than after it: on a
// slow connection each request waiting for the previous one costs a round trip.
if (isRespondent) prefetchRespondent(readRespondentLocation(window.location).code);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LocaleProvider>
      <Suspense fallback={<p className="loading">…</p>}>{isRespondent ? <RespondentApp /> : <StaffApp />}</Suspense>
    </LocaleProvider>
  </StrictMode>,
);
