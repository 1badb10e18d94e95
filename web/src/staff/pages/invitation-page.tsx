import { useState, type FormEvent } from "react";
import { api } from "../../shared/api-client.ts";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { unwrap } from "../api-call.ts";
import { usePageTitle } from "../layout/use-page-title.ts";
import { navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";

const MIN_PASSWORD = 12;

/** Accepting a staff invitation: the invited person chooses a password and is signed in. */
export function InvitationPage() {
  const t = useText();
  const { search } = useLocation();
  const { setUser } = useSession();
  const token = search.get("token") ?? "";
  const [error, setError] = useState<{ fr: string; en: string } | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t({ fr: "Activer mon compte", en: "Activate my account" }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    if (password !== String(form.get("confirm"))) {
      setError({ fr: "Les deux mots de passe ne sont pas identiques.", en: "The two passwords differ." });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { user } = await unwrap(api.accounts.accept.$post({ json: { token, password } }));
      setUser(user);
      navigate("/", { replace: true });
    } catch (e) {
      const code = e instanceof RequestError ? e.code : "";
      setError(
        code === "staff_invitation_invalid"
          ? {
              fr: "Cette invitation n'est plus valable (déjà utilisée ou expirée). Demandez-en une nouvelle.",
              en: "This invitation is no longer valid (used or expired). Ask for a new one.",
            }
          : code === "account_exists"
            ? {
                fr: "Un compte existe déjà pour cette adresse. Connectez-vous.",
                en: "An account already exists for this address. Sign in.",
              }
            : code === "invalid_request"
              ? {
                  fr: `Mot de passe refusé : au moins ${MIN_PASSWORD} caractères.`,
                  en: `Password refused: at least ${MIN_PASSWORD} characters.`,
                }
              : { fr: "L'activation a échoué. Réessayez.", en: "Activation failed. Try again." },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t({ fr: "Activer mon compte", en: "Activate my account" })}</h1>
      {!token ? (
        <p className="error" role="alert">
          {t({
            fr: "Lien d'invitation incomplet : ouvrez le lien reçu tel quel.",
            en: "Incomplete invitation link: open the link you received as it is.",
          })}
        </p>
      ) : (
        <form onSubmit={submit} className="stack">
          <p id="password-rule">
            {t({
              fr: `Choisissez un mot de passe d'au moins ${MIN_PASSWORD} caractères.`,
              en: `Choose a password of at least ${MIN_PASSWORD} characters.`,
            })}
          </p>
          <div className="field">
            <label htmlFor="password">{t({ fr: "Mot de passe", en: "Password" })}</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD}
              required
              aria-describedby="password-rule"
            />
          </div>
          <div className="field">
            <label htmlFor="confirm">{t({ fr: "Confirmer le mot de passe", en: "Confirm the password" })}</label>
            <input id="confirm" name="confirm" type="password" autoComplete="new-password" minLength={MIN_PASSWORD} required />
          </div>
          {error && (
            <p className="error" role="alert">
              {t(error)}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t({ fr: "Activer mon compte", en: "Activate my account" })}
          </button>
        </form>
      )}
    </section>
  );
}
