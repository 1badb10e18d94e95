import { useEffect, useMemo, useState } from "react";
import { Model, surveyLocalization } from "survey-core";
import "survey-core/i18n/french";
// The fontless default theme: no font is fetched from elsewhere, the page uses the system font.
import "survey-core/survey-core.fontless.min.css";
import { Survey } from "survey-react-ui";
import { useLocale, useText } from "../shared/locale.tsx";
import type { Campaign } from "./campaign-api.ts";
import type { Progress } from "./device-storage.ts";
import { PageFrame, PageTitle } from "./page-frame.tsx";
import { words } from "./words.ts";

interface QuestionnairePageProps {
  campaign: Campaign;
  initial: Progress | null;
  onProgress: (progress: Progress) => void;
  onComplete: (answers: Record<string, unknown>) => void;
}

/** The questionnaire itself, rendered by SurveyJS, in the language of the switch. */
export function QuestionnairePage({ campaign, initial, onProgress, onComplete }: QuestionnairePageProps) {
  const t = useText();
  const { locale } = useLocale();

  const model = useMemo(() => {
    // Before the model is built: a dropdown's popup takes its words ("Annuler") once, when SurveyJS creates it.
    surveyLocalization.currentLocale = locale;
    const survey = new Model({
      ...(campaign.definition as object),
      // Our own "Page 3 sur 7" (PageProgress): SurveyJS's step bar overflows a 360 px screen and clips its focus ring.
      showProgressBar: false,
      showCompletedPage: false,
      // The title is the page's own h1, outside SurveyJS.
      showTitle: false,
      locale,
    });
    if (initial) {
      survey.data = initial.answers;
      if (initial.page > 0 && initial.page < survey.visiblePages.length) survey.currentPageNo = initial.page;
    }
    return survey;
    // One model per campaign: `initial` is read once, when the questionnaire opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [campaign]);

  useEffect(() => {
    model.locale = locale;
    // Popups (a dropdown's list on a phone, with its "Cancel") belong to no survey: they read the global locale.
    surveyLocalization.currentLocale = locale;
  }, [model, locale]);

  const [page, setPage] = useState(() => ({ current: model.currentPageNo, count: model.visiblePageCount }));
  useEffect(() => {
    const update = () => setPage({ current: model.currentPageNo, count: model.visiblePageCount });
    update();
    model.onCurrentPageChanged.add(update);
    model.onValueChanged.add(update);
    return () => {
      model.onCurrentPageChanged.remove(update);
      model.onValueChanged.remove(update);
    };
  }, [model]);

  useEffect(() => {
    const save = () => onProgress({ answers: { ...model.data }, page: model.currentPageNo });
    const complete = () => onComplete({ ...model.data });
    model.onValueChanged.add(save);
    model.onCurrentPageChanged.add(save);
    model.onComplete.add(complete);
    return () => {
      model.onValueChanged.remove(save);
      model.onCurrentPageChanged.remove(save);
      model.onComplete.remove(complete);
    };
  }, [model, onProgress, onComplete]);

  return (
    <PageFrame>
      <PageTitle>{t(campaign.questionnaire.title)}</PageTitle>
      <p className="r-hint">{t(words.questionnaire.keptHere)}</p>
      <PageProgress current={page.current + 1} count={page.count} />
      <div className="r-survey">
        <Survey model={model} />
      </div>
    </PageFrame>
  );
}

/**
 * "Page 3 sur 7" and a bar, as wide as the screen allows. The words are a live region, read out when the
 * page turns; the bar is a progressbar with the same value for those who navigate to it.
 */
function PageProgress({ current, count }: { current: number; count: number }) {
  const t = useText();
  const label = t(words.questionnaire.pageOf(current, count));
  return (
    <div className="r-progress">
      <p className="r-progress-text" aria-live="polite">
        {label}
      </p>
      <div className="r-bar" role="progressbar" aria-label={label} aria-valuemin={1} aria-valuemax={count} aria-valuenow={current}>
        <div className="r-bar-fill" style={{ width: `${(100 * current) / Math.max(count, 1)}%` }} />
      </div>
    </div>
  );
}
