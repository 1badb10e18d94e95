import { lazy, Suspense, useCallback, useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import type { DraftContent } from "@web/shared/domain.ts";
import { useText } from "../../shared/locale.tsx";
import { Loading } from "../layout/status-message.tsx";
import { sendPilot } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";

// SurveyJS is heavy: it loads only when someone opens the preview.
const SurveyPreview = lazy(() => import("./editor/survey-preview.tsx"));

interface PilotPanelProps {
  draftId: number;
  content: DraftContent;
  /** Trial answers are checked against the saved draft: with unsaved edits they are not sent. */
  dirty: boolean;
  readOnly: boolean;
}

/** The live preview in a phone frame; answering it to the end records a trial answer, kept apart. */
export function PilotPanel({ draftId, content, dirty, readOnly }: PilotPanelProps) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const complete = useCallback(
    async (answers: Record<string, unknown>) => {
      if (readOnly) return;
      if (dirty) {
        setMessage({
          ok: false,
          text: t({
            fr: "Réponse d'essai non enregistrée : enregistrez d'abord vos modifications, puis recommencez l'essai.",
            en: "Trial answer not stored: save your changes first, then try again.",
          }),
        });
        return;
      }
      try {
        const { pilotResponses } = await sendPilot(draftId, answers);
        setMessage({
          ok: true,
          text: t({
            fr: `Réponse d'essai enregistrée (${pilotResponses} au total) — elle ne comptera jamais dans les résultats et sera effacée à la publication.`,
            en: `Trial answer stored (${pilotResponses} in all) — it will never count in the results and will be deleted at publication.`,
          }),
        });
      } catch (e) {
        setMessage({
          ok: false,
          text: errorText(e, t, { fr: "La réponse d'essai n'a pas pu être enregistrée.", en: "The trial answer could not be stored." }),
        });
      }
    },
    [draftId, dirty, readOnly, t],
  );
  return (
    <div className="panel">
      <div className="actions">
        <button type="button" className="secondary" aria-expanded={open} aria-controls="pilot-preview" onClick={() => setOpen(!open)}>
          {t({ fr: "Essayer comme un·e répondant·e", en: "Try it as a respondent" })}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
      </div>
      <div id="pilot-preview">
        {open && (
          <Suspense fallback={<Loading />}>
            <SurveyPreview content={content} onComplete={readOnly ? undefined : (answers) => void complete(answers)} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
