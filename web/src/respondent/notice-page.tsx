import { useState, type FormEvent } from "react";
import { Field } from "../shared/forms.tsx";
import { useText } from "../shared/locale.tsx";
import type { Campaign } from "./campaign-api.ts";
import { PageFrame, PageTitle } from "./page-frame.tsx";
import { words } from "./words.ts";

const w = words.notice;

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
        <h2 id="notice-title">{t(w.beforeYouStart)}</h2>
        {campaign.notice.map((section) => (
          <div key={section.id} className="r-notice-section">
            <h3>{t(section.title)}</h3>
            <p>{t(section.text)}</p>
          </div>
        ))}
      </section>
      <form onSubmit={start} noValidate className="r-start">
        {needsCode && (
          <Field
            className="r-field"
            id="invitation"
            label={t(w.invitationCode)}
            hint={t(w.invitationHint)}
            errors={[missing && t(w.invitationMissing)]}
            announce
          >
            {(control) => (
              <input
                {...control}
                name="invitation"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={typed}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setMissing(false);
                }}
              />
            )}
          </Field>
        )}
        <button type="submit" className="r-button r-button-primary">
          {t(w.start)}
        </button>
      </form>
    </PageFrame>
  );
}
