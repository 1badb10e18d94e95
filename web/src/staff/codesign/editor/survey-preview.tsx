import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import { Model } from "survey-core";
import "survey-core/i18n/french";
// The same fontless theme and respondent styles as web/src/respondent/questionnaire-page.tsx: the preview
// is what a respondent sees.
import "survey-core/survey-core.fontless.min.css";
import { Survey } from "survey-react-ui";
import type { DraftContent } from "@web/shared/domain.ts";
import { useLocale, useText, type Locale } from "@web/shared/locale.tsx";
import "@web/respondent/respondent.css";
import "./editor.css";
import { words } from "./words.ts";

export interface SurveyPreviewProps {
  content: DraftContent;
  /** The language the preview opens in (the page's language by default); a switch inside changes it. */
  locale?: Locale;
  /** Called with the answers when the person finishes the questionnaire in the preview. */
  onComplete?: (answers: Record<string, unknown>) => void;
  /** Every question on one page, none answerable: a published version read, not tried. */
  readOnly?: boolean;
  /** The section's heading, "Aperçu" by default. */
  heading?: string;
}

/** How long the draft must stay still before the preview is rebuilt, so that typing stays smooth. */
const REBUILD_DELAY_MS = 300;

function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** SurveyJS drawn again only for a new model, not on every keystroke in the editor beside it. */
const SurveyView = memo(function SurveyView({ model }: { model: Model }) {
  return <Survey model={model} />;
});

/** The model a respondent gets (questionnaire-page.tsx), built from a draft. */
function buildModel(content: DraftContent, readOnly: boolean): Model {
  return new Model({
    ...content.definition,
    title: content.title,
    showProgressBar: !readOnly,
    progressBarLocation: "top",
    showCompletedPage: false,
    // The respondent page shows the title itself, outside SurveyJS; so does the preview.
    showTitle: false,
    ...(readOnly ? { mode: "display", questionsOnPageMode: "singlePage" } : {}),
  });
}

/**
 * The draft as a respondent sees it, in a phone-sized frame (360 px wide, scrolling inside), in French or
 * English. It follows the draft 300 ms after the last change, keeping the answers already given. Answering
 * to the end calls `onComplete` with the answers ("try it as a respondent").
 */
export function SurveyPreview({ content, locale: initialLocale, onComplete, readOnly = false, heading }: SurveyPreviewProps) {
  const t = useText();
  const page = useLocale();
  const base = useId();
  const [locale, setLocale] = useState<Locale>(initialLocale ?? page.locale);
  const [completed, setCompleted] = useState(false);
  const settled = useDebounced(content, REBUILD_DELAY_MS);
  const previous = useRef<Model | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const finished = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (initialLocale) setLocale(initialLocale);
  }, [initialLocale]);

  const built = useMemo((): { model: Model } | { error: string } => {
    try {
      const model = buildModel(settled, readOnly);
      const before = previous.current;
      if (before && before.state !== "completed") {
        model.data = before.data;
        if (before.currentPageNo > 0 && before.currentPageNo < model.visiblePages.length) model.currentPageNo = before.currentPageNo;
      }
      return { model };
    } catch (error) {
      return { error: (error as Error).message };
    }
    // Only what SurveyJS shows rebuilds the preview (a scoring edit does not).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled.definition, settled.title, readOnly]);

  const model = "model" in built ? built.model : null;
  useEffect(() => {
    previous.current = model;
    setCompleted(false);
  }, [model]);
  useEffect(() => {
    if (model) model.locale = locale;
  }, [model, locale]);
  useEffect(() => {
    if (!model) return;
    const complete = () => {
      setCompleted(true);
      onComplete?.({ ...model.data });
    };
    model.onComplete.add(complete);
    return () => model.onComplete.remove(complete);
  }, [model, onComplete]);

  // The survey's own buttons disappear at the end and on restart: focus goes to what replaces them.
  useEffect(() => {
    if (completed) finished.current?.focus();
  }, [completed]);
  const restart = () => {
    model?.clear(true, true);
    setCompleted(false);
    frame.current?.focus();
  };

  return (
    <section className="ed-preview" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>{heading ?? t(words.surveyPreview.preview)}</h2>
      {onComplete && <p className="hint">{t(words.surveyPreview.tryRespondentEndTrial)}</p>}
      <div className="ed-buttons" role="group" aria-label={t(words.surveyPreview.previewLanguage)}>
        {(["fr", "en"] as const).map((l) => (
          <button key={l} type="button" className="secondary small" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
            {l === "fr" ? "Français" : "English"}
          </button>
        ))}
      </div>
      <div ref={frame} className="ed-phone" role="region" aria-label={t(words.surveyPreview.phonePreview)} tabIndex={0} lang={locale}>
        <div className="r-page">
          <p className="r-title">{settled.title[locale]}</p>
          {!readOnly && (
            <p className="r-hint">
              {locale === "fr"
                ? "Vos réponses restent sur cet appareil, dans cet onglet, jusqu'à l'envoi."
                : "Your answers stay on this device, in this tab, until you send them."}
            </p>
          )}
          {"error" in built && (
            <p className="ed-problem" lang={page.locale}>
              {t(words.surveyPreview.previewCannotShown)}
              {built.error}
            </p>
          )}
          {model && !completed && (
            <div className="r-survey">
              <SurveyView model={model} />
            </div>
          )}
          {completed && (
            <div role="status" lang={page.locale}>
              <p ref={finished} tabIndex={-1}>
                {t(words.surveyPreview.questionnaireFinished)}
              </p>
              <button type="button" className="secondary" onClick={restart}>
                {t(words.surveyPreview.startTrialAgain)}
              </button>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

export default SurveyPreview;
