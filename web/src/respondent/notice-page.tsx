import { useState, type FormEvent } from "react";
import { useText } from "../shared/locale.tsx";
import type { Campaign } from "./campaign-api.ts";
import { PageFrame, PageTitle } from "./page-frame.tsx";

interface NoticePageProps {
  campaign: Campaign;
  /** The invitation code, when the link carried one (`?i=…`). */
  invitation: string | undefined;
  onStart: (invitation: string | undefined) => void;
}

/** The information notice, in plain language, before the first question; then "Start". */
export function NoticePage({ campaign, invitation, onStart }: NoticePageProps) {
  const t = useText();
  const needsCode = campaign.requiresInvitation && !invitation;
  const [typed, setTyped] = useState("");
  const [missing, setMissing] = useState(false);

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!needsCode) return onStart(invitation);
    const code = typed.trim();
    if (code === "") return setMissing(true);
    onStart(code);
  };

  return (
    <PageFrame>
      <PageTitle>{t(campaign.questionnaire.title)}</PageTitle>
      <p className="r-lead">{t(campaign.questionnaire.description)}</p>
      <section aria-labelledby="notice-title" className="r-notice">
        <h2 id="notice-title">{t({ fr: "Avant de commencer", en: "Before you start" })}</h2>
        {campaign.notice.map((section) => (
          <div key={section.id} className="r-notice-section">
            <h3>{t(section.title)}</h3>
            <p>{t(section.text)}</p>
          </div>
        ))}
      </section>
      <form onSubmit={start} noValidate className="r-start">
        {needsCode && (
          <div className="r-field">
            <label htmlFor="invitation">{t({ fr: "Votre code d'invitation", en: "Your invitation code" })}</label>
            <p id="invitation-hint" className="r-hint">
              {t({
                fr: "Il est écrit sur le papier qui vous a été remis avec ce lien.",
                en: "It is written on the slip you were given with this link.",
              })}
            </p>
            <input
              id="invitation"
              name="invitation"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={typed}
              aria-describedby={missing ? "invitation-hint invitation-error" : "invitation-hint"}
              aria-invalid={missing}
              onChange={(e) => {
                setTyped(e.target.value);
                setMissing(false);
              }}
            />
            {missing && (
              <p id="invitation-error" className="r-error" role="alert">
                {t({ fr: "Saisissez votre code d'invitation pour commencer.", en: "Enter your invitation code to start." })}
              </p>
            )}
          </div>
        )}
        <button type="submit" className="r-button r-button-primary">
          {t({ fr: "Commencer", en: "Start" })}
        </button>
      </form>
    </PageFrame>
  );
}
