import { useState, type FormEvent } from "react";
import { api } from "../../shared/api-client.ts";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { unwrap } from "../api-call.ts";
import { usePageTitle } from "../layout/use-page-title.ts";
import { navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";
import { words } from "../words.ts";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import type { Text } from "@web/shared/locale.tsx";

/** Sign-in. The error message is the same whatever went wrong with the credentials, as the API's is. */
export function SignInPage() {
  const t = useText();
  const { search } = useLocation();
  const { setUser } = useSession();
  const [error, setError] = useState<Text | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t(words.signInPage.title));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { user } = await unwrap(
        api.auth.login.$post({ json: { email: String(form.get("email")), password: String(form.get("password")) } }),
      );
      setUser(user);
      const next = search.get("suite");
      navigate(next && next.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
    } catch (e) {
      setError(
        e instanceof RequestError && e.status === 429
          ? words.signInPage.tooManyAttemptsTry
          : e instanceof RequestError && e.code === "network"
            ? words.common.serverDoesNotAnswer
            : words.signInPage.incorrectEMailAddress,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t(words.signInPage.title)}</h1>
      <p>{t(words.signInPage.structureTeamsRegionalCoordination)}</p>
      <form onSubmit={submit} className="stack">
        <Field id="email" label={t(words.common.emailAddress)}>
          {(control) => <input {...control} name="email" type="email" autoComplete="username" required />}
        </Field>
        <Field id="password" label={t(words.common.password)}>
          {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
        </Field>
        <ErrorList errors={[error && t(error)]} announce />
        <button type="submit" disabled={busy}>
          {t(words.signInPage.submit)}
        </button>
      </form>
    </section>
  );
}
