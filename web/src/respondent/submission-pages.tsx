import { useState, type FormEvent } from "react";
import type { ApiErrorCode } from "../shared/api-error.ts";
import { Field } from "../shared/forms.tsx";
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
 * The server refused the answers for good. Nothing is left on the device; the answers are only kept in this
 * page's memory so that a mistyped invitation code can be corrected without answering again.
 */
export function RefusedPage({
  code,
  onRetryWithInvitation,
}: {
  code: ApiErrorCode;
  onRetryWithInvitation?: ((invitation: string) => void) | undefined;
}) {
  const t = useText();
  const [typed, setTyped] = useState("");
  const retry = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== "" && onRetryWithInvitation) onRetryWithInvitation(typed.trim());
  };
  return (
    <PageFrame>
      <PageTitle>{t(words.refused.title)}</PageTitle>
      <p className="r-lead">{t(words.refused.reasons[code] ?? words.refused.otherReason)}</p>
      <p>{t(words.refused.nothingKept)}</p>
      {code === "invitation_required" && onRetryWithInvitation && (
        <form onSubmit={retry} noValidate className="r-start">
          <Field className="r-field" label={t(words.notice.invitationCode)}>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
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
