import { useEffect, useMemo } from "react";
import { Model } from "survey-core";
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
    const survey = new Model({
      ...(campaign.definition as object),
      showProgressBar: true,
      progressBarLocation: "top",
      showCompletedPage: false,
      // The title is the page's own h1, outside SurveyJS.
      showTitle: false,
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
  }, [model, locale]);

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
      <div className="r-survey">
        <Survey model={model} />
      </div>
    </PageFrame>
  );
}
