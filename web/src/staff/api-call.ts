import type { ApiErrorBody } from "../shared/api-client.ts";

/** A refused or failed API call, with the API's error code (or "network" when the server was not reached). */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Json<R> = R extends { ok: true; json(): Promise<infer J> } ? J : never;

/**
 * Awaits a typed client call and returns its success body; any other status becomes a RequestError, so that
 * pages handle one kind of failure.
 * @example
 * const { user } = await unwrap(api.auth.me.$get());
 */
export async function unwrap<R extends { ok: boolean; status: number; json(): Promise<unknown> }>(call: Promise<R>): Promise<Json<R>> {
  let res: R;
  try {
    res = await call;
  } catch {
    throw new RequestError(0, "network", "network");
  }
  if (res.ok) return (await res.json()) as Json<R>;
  const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  throw new RequestError(res.status, body?.error?.code ?? "unknown", body?.error?.message ?? String(res.status));
}
