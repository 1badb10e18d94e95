import { useText } from "../../shared/locale.tsx";
import type { RequestError } from "@web/shared/api-error.ts";
import { words } from "../words.ts";

/** What a page shows while loading, and the one way errors are told (with the API's own message as detail). */
export function Loading() {
  const t = useText();
  return (
    <p className="loading" role="status">
      {t(words.statusMessage.loading)}
    </p>
  );
}

export function ErrorMessage({ error }: { error: RequestError }) {
  const t = useText();
  const text =
    error.status === 403
      ? words.statusMessage.doNotHaveAccess
      : error.status === 404
        ? words.statusMessage.notFound
        : error.code === "network"
          ? words.common.serverDoesNotAnswer
          : words.statusMessage.somethingWentWrong;
  return (
    <p className="error" role="alert">
      {t(text)}
      {error.code !== "network" && error.message ? <span className="detail"> ({error.message})</span> : null}
    </p>
  );
}
