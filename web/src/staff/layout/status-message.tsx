import { useText } from "../../shared/locale.tsx";
import type { RequestError } from "@web/shared/api-error.ts";

/** What a page shows while loading, and the one way errors are told (with the API's own message as detail). */
export function Loading() {
  const t = useText();
  return (
    <p className="loading" role="status">
      {t({ fr: "Chargement…", en: "Loading…" })}
    </p>
  );
}

export function ErrorMessage({ error }: { error: RequestError }) {
  const t = useText();
  const text =
    error.status === 403
      ? { fr: "Vous n'avez pas accès à ces données.", en: "You do not have access to this data." }
      : error.status === 404
        ? { fr: "Introuvable.", en: "Not found." }
        : error.code === "network"
          ? { fr: "Le serveur ne répond pas. Vérifiez votre connexion.", en: "The server does not answer. Check your connection." }
          : { fr: "Une erreur est survenue.", en: "Something went wrong." };
  return (
    <p className="error" role="alert">
      {t(text)}
      {error.code !== "network" && error.message ? <span className="detail"> ({error.message})</span> : null}
    </p>
  );
}
