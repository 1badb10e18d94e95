// Type-only: the bundle gets the server's list of codes as a type, never the list itself (nor its messages).
import type { ErrorCode } from "../../../src/http/error-codes.ts";

/**
 * A failed API call's code: one of the server's own codes (src/http/error-codes.ts), so that a page testing
 * for a code that does not exist fails the type-check; or, on the client's side, `network` (the server was
 * not reached) and `unknown` (the answer is not the API's error shape, e.g. a proxy's error page).
 */
export type ApiErrorCode = ErrorCode | "network" | "unknown";

/** The one error shape of the API (src/http/api-error.ts). */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: unknown };
}

/**
 * A refused or failed API call: its HTTP status (0 when the server was not reached), its code, the API's
 * message (in the request's language) and its `details` (what conflicts, what is missing), if any.
 */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

/** The error of a call that never reached the server. */
export function networkError(): RequestError {
  return new RequestError(0, "network", "network");
}

/**
 * Reads a refused response's body into a RequestError: the only place the client parses the API's errors.
 * @example
 * if (!res.ok) throw await readApiError(res);
 */
export async function readApiError(res: { status: number; json(): Promise<unknown> }): Promise<RequestError> {
  const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  const error = body?.error;
  if (!error || typeof error.code !== "string") return new RequestError(res.status, "unknown", String(res.status));
  return new RequestError(res.status, error.code, error.message ?? String(res.status), error.details ?? null);
}
