import { useState, type FormEvent } from "react";
import { Field } from "../shared/forms.tsx";
import { useText } from "../shared/locale.tsx";
import { checkInvitation, type Campaign } from "./campaign-api.ts";
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
  // A code from the link that the server does not recognise is shown in the field, to be corrected.
  const [linkRefused, setLinkRefused] = useState(false);
  const needsCode = campaign.requiresInvitation && (!invitation || linkRefused);
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<"missing" | "not_recognised" | null>(null);
  const [checking, setChecking] = useState(false);

  /** Checked as soon as typed (on leaving the field) and again on "Start": a mistyped code is caught here, not after the last question. */
  const check = async (value: string) => {
    setChecking(true);
    const verdict = await checkInvitation(campaign.code, value);
    setChecking(false);
    if (verdict === "not_recognised") setProblem("not_recognised");
    return verdict !== "not_recognised";
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!campaign.requiresInvitation) return onStart(invitation);
    if (!needsCode && invitation) {
      if (await check(invitation)) return onStart(invitation);
      setTyped(invitation);
      return setLinkRefused(true);
    }
    const code = typed.trim();
    if (code === "") return setProblem("missing");
    if (await check(code)) onStart(code);
  };

  return (
    <PageFrame>
      <PageTitle>{t(campaign.questionnaire.title)}</PageTitle>
      {campaign.otherWording && (
        // A real link: the other wording is another campaign, with its own page.
        <p className="r-switch">
          <a href={`/r/${encodeURIComponent(campaign.otherWording.code)}`}>
            {t(campaign.otherWording.easyRead ? w.switchToEasyRead : w.switchToStandard)}
          </a>
        </p>
      )}
      <p className="r-lead">{t(campaign.questionnaire.description)}</p>
      <section aria-labelledby="notice-title" className={campaign.easyRead ? "r-notice r-notice-easy" : "r-notice"}>
        <h2 id="notice-title">{t(w.beforeYouStart)}</h2>
        {campaign.notice.map((section) => (
          <div key={section.id} className="r-notice-section">
            <h3>{t(section.title)}</h3>
            {/* Easy-to-read text puts one idea a line. */}
            {t(section.text)
              .split("\n")
              .map((line) => (
                <p key={line}>{line}</p>
              ))}
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
            errors={[problem === "missing" && t(w.invitationMissing), problem === "not_recognised" && t(w.invitationNotRecognised)]}
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
                  setProblem(null);
                }}
                onBlur={() => {
                  if (typed.trim() !== "") void check(typed.trim());
                }}
              />
            )}
          </Field>
        )}
        <button type="submit" className="r-button r-button-primary">
          {t(w.start)}
        </button>
        <p className="r-hint" role="status">
          {checking ? t(w.checking) : ""}
        </p>
      </form>
    </PageFrame>
  );
}
