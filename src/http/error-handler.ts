import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { storageFault } from "../db/storage-fault.ts";
import { DomainError } from "../domain/domain-error.ts";
import { ApiError } from "./api-error.ts";
import { ERROR_CODES, type ErrorCode } from "./error-codes.ts";
import { negotiateLocale } from "./locale.ts";

/** Errors thrown by Hono itself (malformed JSON, body limit…) are mapped onto the API's codes by status. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: "invalid_json",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
  503: "unavailable",
};

/** How long a client waits before sending again a write the storage refused (full or read-only disk). */
const STORAGE_RETRY_AFTER_SECONDS = 60;

/**
 * Renders every 4xx/5xx as `{ error: { code, message, requestId, details? } }`. 5xx are logged with their
 * request id (and nothing of the request's content); 4xx are not logged, so answers never reach a log.
 */
export function errorResponse(c: Context, code: ErrorCode, details?: unknown, headers?: Record<string, string>): Response {
  const entry = ERROR_CODES[code];
  const locale = negotiateLocale(c.req.header("accept-language"));
  const body = {
    error: {
      code,
      message: entry[locale],
      requestId: c.get("requestId") as string,
      ...(details === undefined ? {} : { details }),
    },
  };
  return c.json(body, entry.status, headers);
}

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err.code, err.details, err.headers);
  // Every domain code is an API code: were one missing from ERROR_CODES, this line would not compile.
  if (err instanceof DomainError) return errorResponse(c, err.code, err.details);
  if (err instanceof HTTPException) {
    const code = CODE_BY_STATUS[err.status];
    if (code) return errorResponse(c, code);
  }
  // A full or read-only disk refused the whole write: the operator must act (the log says what SQLite said,
  // not the query, whose parameters are the request's content); the client only sends it again later.
  const fault = storageFault(err);
  if (fault) {
    console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), error: `storage refused the write (${fault})` }));
    return errorResponse(c, "storage_unavailable", undefined, { "retry-after": String(STORAGE_RETRY_AFTER_SECONDS) });
  }
  console.error(
    JSON.stringify({
      level: "error",
      requestId: c.get("requestId"),
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    }),
  );
  return errorResponse(c, "internal_error");
};

export const onNotFound: NotFoundHandler = (c) => errorResponse(c, "not_found");
