import { lazy, Suspense, useCallback, useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import type { DraftContent } from "@web/shared/domain.ts";
import { useText } from "../../shared/locale.tsx";
import { Loading } from "../layout/status-message.tsx";
import { sendPilot } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { words } from "./words.ts";

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
          text: t(words.pilotPanel.trialAnswerNotStored),
        });
        return;
      }
      try {
        const { pilotResponses } = await sendPilot(draftId, answers);
        setMessage({
          ok: true,
          text: t(words.pilotPanel.trialAnswerStoredAll(pilotResponses)),
        });
      } catch (e) {
        setMessage({
          ok: false,
          text: errorText(e, t, words.pilotPanel.trialAnswerCouldNot),
        });
      }
    },
    [draftId, dirty, readOnly, t],
  );
  return (
    <div className="panel">
      <div className="actions">
        <button type="button" className="secondary" aria-expanded={open} aria-controls="pilot-preview" onClick={() => setOpen(!open)}>
          {t(words.pilotPanel.tryRespondent)}
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
