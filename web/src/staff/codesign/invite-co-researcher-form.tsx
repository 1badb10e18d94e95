import { useState, type FormEvent } from "react";
import { InvitationResult } from "../layout/invitation-result.tsx";
import { useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS } from "../words.ts";
import { inviteCoResearcher, type CoResearcherBackground } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { Field } from "@web/shared/forms.tsx";

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
      setError(errorText(e, t, { fr: "L'invitation n'a pas pu être créée.", en: "The invitation could not be created." }));
    }
  };
  return (
    <section aria-labelledby="invite-co-researcher">
      <h2 id="invite-co-researcher">{t({ fr: "Inviter un·e co-chercheur·e", en: "Invite a co-researcher" })}</h2>
      <form onSubmit={submit} className="stack narrow">
        <Field id="invite-email" label={t({ fr: "Adresse e-mail", en: "E-mail address" })}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
        </Field>
        <Field id="invite-name" label={t({ fr: "Nom affiché (facultatif)", en: "Display name (optional)" })}>
          {(control) => <input {...control} name="displayName" autoComplete="off" maxLength={120} />}
        </Field>
        <Field
          id="invite-background"
          label={t({ fr: "Parcours", en: "Background" })}
          hint={t({
            fr: "Une version n'est publiée qu'avec l'accord d'au moins un·e pair-aidant·e et d'un·e chercheur·e ou professionnel·le.",
            en: "A version is published only with the approval of at least one peer worker and one researcher or professional.",
          })}
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
          <button type="submit">{t({ fr: "Créer l'invitation", en: "Create the invitation" })}</button>
        </div>
      </form>
      <InvitationResult error={error} result={result} />
    </section>
  );
}
