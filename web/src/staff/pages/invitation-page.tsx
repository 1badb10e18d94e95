import { useState, type FormEvent } from "react";
import { api } from "../../shared/api-client.ts";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { unwrap } from "../api-call.ts";
import { usePageTitle } from "../layout/use-page-title.ts";
import { navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";
import { words } from "../words.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@web/shared/domain.ts";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import type { Text } from "@web/shared/locale.tsx";

const w = words.invitationPage;

/** Accepting a staff invitation: the invited person chooses a password and is signed in. */
export function InvitationPage() {
  const t = useText();
  const { search } = useLocation();
  const { setUser } = useSession();
  const token = search.get("token") ?? "";
  const [error, setError] = useState<Text | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(t(w.title));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    setMismatch(password !== String(form.get("confirm")));
    if (password !== String(form.get("confirm"))) return;
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
          ? w.invitationNoLongerValid
          : code === "account_exists"
            ? w.accountAlreadyExistsAddress
            : code === "invalid_request"
              ? w.passwordRefused(PASSWORD_MIN_LENGTH)
              : w.activationFailedTryAgain,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t(w.title)}</h1>
      {!token ? (
        <p className="error" role="alert">
          {t(w.incompleteInvitationLinkOpen)}
        </p>
      ) : (
        <form onSubmit={submit} className="stack">
          <Field id="password" label={t(words.common.password)} hint={t(w.passwordRule(PASSWORD_MIN_LENGTH))}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={PASSWORD_MIN_LENGTH}
                maxLength={PASSWORD_MAX_LENGTH}
                required
              />
            )}
          </Field>
          <Field id="confirm" label={t(w.confirmPassword)} errors={[mismatch && t(w.twoPasswordsDiffer)]} announce>
            {(control) => (
              <input
                {...control}
                name="confirm"
                type="password"
                autoComplete="new-password"
                minLength={PASSWORD_MIN_LENGTH}
                maxLength={PASSWORD_MAX_LENGTH}
                required
              />
            )}
          </Field>
          <ErrorList errors={[error && t(error)]} announce />
          <button type="submit" disabled={busy}>
            {t(w.title)}
          </button>
        </form>
      )}
    </section>
  );
}
