import { RequestError } from "@web/shared/api-error.ts";
import type { Text } from "@web/shared/locale.tsx";
import { words } from "./words.ts";

/**
 * What a form says when the API refuses: its own sentence, then the API's message (already in the page's
 * language) so that the precise reason is never hidden.
 * @example
 * setError(errorText(e, t, words.newProjectForm.projectCouldNotCreated))
 */
export function errorText(error: unknown, t: (text: Text) => string, fallback: Text): string {
  if (error instanceof RequestError && error.code === "network") return t(words.common.serverDoesNotAnswer);
  const detail = error instanceof RequestError && error.message ? ` (${error.message})` : "";
  return t(fallback) + detail;
}
