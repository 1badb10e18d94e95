import { useState, type FormEvent } from "react";
import { InvitationResult } from "../layout/invitation-result.tsx";
import { useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS } from "../words.ts";
import { inviteCoResearcher, type CoResearcherBackground } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { Field } from "@web/shared/forms.tsx";
import { words } from "./words.ts";

const BACKGROUNDS = Object.keys(BACKGROUND_LABELS) as CoResearcherBackground[];

/** Inviting a co-researcher: the link is shown once, for the inviter to pass on (no e-mail is sent). */
export function InviteCoResearcherForm() {
  const t = useText();
  const [result, setResult] = useState<{ link: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const displayName = String(form.get("displayName") ?? "").trim();
    setError(null);
    setResult(null);
    try {
      const { token, expiresAt } = await inviteCoResearcher({
        email: String(form.get("email")),
        background: String(form.get("background")) as CoResearcherBackground,
        ...(displayName ? { displayName } : {}),
      });
      setResult({ link: `${window.location.origin}/invitation?token=${encodeURIComponent(token)}`, expiresAt });
      formElement.reset();
    } catch (e) {
      setError(errorText(e, t, words.inviteCoResearcherForm.invitationCouldNotCreated));
    }
  };
  return (
    <section aria-labelledby="invite-co-researcher">
      <h2 id="invite-co-researcher">{t(words.inviteCoResearcherForm.inviteCoResearcher)}</h2>
      <form onSubmit={submit} className="stack narrow">
        <Field id="invite-email" label={t(words.inviteCoResearcherForm.emailAddress)}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
        </Field>
        <Field id="invite-name" label={t(words.inviteCoResearcherForm.displayNameOptional)}>
          {(control) => <input {...control} name="displayName" autoComplete="off" maxLength={120} />}
        </Field>
        <Field
          id="invite-background"
          label={t(words.inviteCoResearcherForm.background)}
          hint={t(words.inviteCoResearcherForm.versionPublishedOnlyApproval)}
        >
          {(control) => (
            <select {...control} name="background">
              {BACKGROUNDS.map((b) => (
                <option key={b} value={b}>
                  {t(BACKGROUND_LABELS[b]!)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div>
          <button type="submit">{t(words.inviteCoResearcherForm.createInvitation)}</button>
        </div>
      </form>
      <InvitationResult error={error} result={result} />
    </section>
  );
}
