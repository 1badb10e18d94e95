import { lazy, Suspense } from "react";
import type { DraftContent } from "@web/shared/domain.ts";
import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { loadVersion } from "./codesign-api.ts";
import { words } from "./words.ts";

// SurveyJS is heavy: it loads only on the page that shows a version's questions.
const SurveyPreview = lazy(() => import("./editor/survey-preview.tsx"));

/**
 * A published version's questions as a respondent sees them, drawn by SurveyJS from the definition the
 * respondents are served (cleaned of unsafe markup), read only, in French or English.
 */
export function VersionQuestionsView({ slug, version }: { slug: string; version: number }) {
  const t = useText();
  const [state] = useAsync(() => loadVersion(slug, version), [slug, version]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  // The typed client widens JSON columns to JSONValue; the API serves the stored DraftContent shape.
  const content = state.data as unknown as DraftContent;
  return (
    <>
      <Suspense fallback={<Loading />}>
        <SurveyPreview content={content} readOnly heading={t(words.versionQuestionsView.questionsOfVersion(version))} />
      </Suspense>
      <p className="hint">{t(words.versionQuestionsView.readOnlyHint)}</p>
    </>
  );
}
