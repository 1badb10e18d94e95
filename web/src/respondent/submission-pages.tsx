import { useState, type FormEvent } from "react";
import type { ApiErrorCode } from "../shared/api-error.ts";
import { Field } from "../shared/forms.tsx";
import { checkInvitation } from "./campaign-api.ts";
import { useText } from "../shared/locale.tsx";
import { HelpResources } from "./help-resources.tsx";
import { PageFrame, PageTitle } from "./page-frame.tsx";
import { words } from "./words.ts";

export function SendingPage() {
  const t = useText();
  return (
    <PageFrame>
      <PageTitle>{t(words.sending.title)}</PageTitle>
      <p className="r-lead" role="status">
        {t(words.sending.oneMoment)}
      </p>
    </PageFrame>
  );
}

/** The answers are safe on the device and will leave it by themselves when the network returns. */
export function WaitingPage({ offline, onRetry }: { offline: boolean; onRetry: () => void }) {
  const t = useText();
  return (
    <PageFrame>
      <PageTitle>{t(words.waiting.title)}</PageTitle>
      <div role="status">
        <p className="r-lead">{t(offline ? words.waiting.offline : words.waiting.serverBusy)}</p>
        <p>{t(words.waiting.later)}</p>
      </div>
      <button type="button" className="r-button" onClick={onRetry}>
        {t(words.waiting.retryNow)}
      </button>
    </PageFrame>
  );
}

/**
 * The server refused the answers. Refused for the invitation code alone (mistyped, or already used), every
 * answer stays on the device and a good code sends them again; refused for good, nothing is left on it.
 */
export function RefusedPage({
  code,
  campaignCode,
  onRetryWithInvitation,
}: {
  code: ApiErrorCode;
  campaignCode: string;
  onRetryWithInvitation?: ((invitation: string) => void) | undefined;
}) {
  const t = useText();
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<"missing" | "not_recognised" | null>(null);
  const canFixCode = (code === "invitation_required" || code === "invitation_used") && onRetryWithInvitation !== undefined;
  const retry = async (event: FormEvent) => {
    event.preventDefault();
    const value = typed.trim();
    if (value === "") return setProblem("missing");
    // Checked first: a code mistyped again is caught without sending the answers.
    if ((await checkInvitation(campaignCode, value)) === "not_recognised") return setProblem("not_recognised");
    onRetryWithInvitation?.(value);
  };
  return (
    <PageFrame>
      <PageTitle>{t(words.refused.title)}</PageTitle>
      <p className="r-lead">{t(words.refused.reasons[code] ?? words.refused.otherReason)}</p>
      <p>{t(canFixCode ? words.refused.answersKept : words.refused.nothingKept)}</p>
      {canFixCode && (
        <form onSubmit={retry} noValidate className="r-start">
          <Field
            className="r-field"
            label={t(words.notice.invitationCode)}
            errors={[
              problem === "missing" && t(words.notice.invitationMissing),
              problem === "not_recognised" && t(words.notice.invitationNotRecognised),
            ]}
            announce
          >
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={typed}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setProblem(null);
                }}
              />
            )}
          </Field>
          <button type="submit" className="r-button r-button-primary">
            {t(words.refused.sendWithCode)}
          </button>
        </form>
      )}
      <HelpResources />
    </PageFrame>
  );
}
