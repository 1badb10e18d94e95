import type { ApiErrorBody } from "../../shared/api-client.ts";
import { RequestError } from "../api-call.ts";

/**
 * A refused call that keeps the API's `details` (what conflicts, what is missing): the co-design pages tell
 * people exactly which question two edits collided on, which approval is missing, which problem to fix.
 */
export class DetailedError extends RequestError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(status, code, message);
  }
}

type Json<R> = R extends { ok: true; json(): Promise<infer J> } ? J : never;

/**
 * Like `unwrap` (api-call.ts), with the error's details kept.
 * @example
 * try { await unwrapDetailed(api.drafts[":id"].$put(…)) } catch (e) { if (e instanceof DetailedError) e.details }
 */
export async function unwrapDetailed<R extends { ok: boolean; status: number; json(): Promise<unknown> }>(
  call: Promise<R>,
): Promise<Json<R>> {
  let res: R;
  try {
    res = await call;
  } catch {
    throw new DetailedError(0, "network", "network", null);
  }
  if (res.ok) return (await res.json()) as Json<R>;
  const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  throw new DetailedError(
    res.status,
    body?.error?.code ?? "unknown",
    body?.error?.message ?? String(res.status),
    body?.error?.details ?? null,
  );
}

/** The API's error messages follow the language chosen in the page, not only the browser's. */
export function inPageLanguage() {
  return { headers: { "Accept-Language": document.documentElement.lang === "en" ? "en" : "fr" } };
}
