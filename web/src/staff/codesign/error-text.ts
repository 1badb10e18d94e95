import { RequestError } from "@web/shared/api-error.ts";

type Text = { fr: string; en: string };

/**
 * What a form says when the API refuses: its own sentence, then the API's message (already in the page's
 * language) so that the precise reason is never hidden.
 * @example
 * setError(errorText(e, t, { fr: "Le projet n'a pas pu être créé.", en: "The project could not be created." }))
 */
export function errorText(error: unknown, t: (text: Text) => string, fallback: Text): string {
  if (error instanceof RequestError && error.code === "network") {
    return t({ fr: "Le serveur ne répond pas. Vérifiez votre connexion.", en: "The server does not answer. Check your connection." });
  }
  const detail = error instanceof RequestError && error.message ? ` (${error.message})` : "";
  return t(fallback) + detail;
}
