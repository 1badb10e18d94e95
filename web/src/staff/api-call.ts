import { networkError, readApiError } from "@web/shared/api-error.ts";

type Json<R> = R extends { ok: true; json(): Promise<infer J> } ? J : never;

/**
 * Awaits a typed client call and returns its success body; any other status becomes a RequestError
 * (shared/api-error.ts), with the API's code and details, so that pages handle one kind of failure.
 * @example
 * const { user } = await unwrap(api.auth.me.$get());
 */
export async function unwrap<R extends { ok: boolean; status: number; json(): Promise<unknown> }>(call: Promise<R>): Promise<Json<R>> {
  let res: R;
  try {
    res = await call;
  } catch {
    throw networkError();
  }
  if (res.ok) return (await res.json()) as Json<R>;
  throw await readApiError(res);
}

/** The API's error messages follow the language chosen in the page, not only the browser's. */
export function inPageLanguage() {
  return { headers: { "Accept-Language": document.documentElement.lang === "en" ? "en" : "fr" } };
}
