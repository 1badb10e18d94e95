import { useState, type FormEvent } from "react";
import { api } from "../../shared/api-client.ts";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { unwrap } from "../api-call.ts";
import { usePageTitle } from "../layout/use-page-title.ts";
import { navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";

/** Sign-in. The error message is the same whatever went wrong with the credentials, as the API's is. */
export function SignInPage() {
  const t = useText();
  const { search } = useLocation();
  const { setUser } = useSession();
  const [error, setError] = useState<{ fr: string; en: string } | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t({ fr: "Connexion", en: "Sign in" }));

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
          ? { fr: "Trop de tentatives. Réessayez dans quelques minutes.", en: "Too many attempts. Try again in a few minutes." }
          : e instanceof RequestError && e.code === "network"
            ? { fr: "Le serveur ne répond pas. Vérifiez votre connexion.", en: "The server does not answer. Check your connection." }
            : { fr: "Adresse e-mail ou mot de passe incorrect.", en: "Incorrect e-mail address or password." },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t({ fr: "Connexion", en: "Sign in" })}</h1>
      <p>
        {t({
          fr: "Espace réservé aux équipes des structures et à la coordination régionale.",
          en: "For structure teams and regional coordination.",
        })}
      </p>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="email">{t({ fr: "Adresse e-mail", en: "E-mail address" })}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">{t({ fr: "Mot de passe", en: "Password" })}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error && (
          <p className="error" role="alert">
            {t(error)}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t({ fr: "Se connecter", en: "Sign in" })}
        </button>
      </form>
    </section>
  );
}
