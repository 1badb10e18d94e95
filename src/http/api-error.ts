import { HTTPException } from "hono/http-exception";
import { ERROR_CODES, type ErrorCode } from "./error-codes.ts";

/**
 * The one error type of the API. Throw it anywhere in a handler; the error handler turns it into
 * `{ "error": { "code", "message", "requestId", "details"? } }` with the status of its code.
 * @example
 * throw new ApiError("campaign_not_found");
 * throw new ApiError("invalid_answers", { questions: [{ question: "hope_future", reason: "required" }] });
 */
export class ApiError extends HTTPException {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(ERROR_CODES[code].status, { message: ERROR_CODES[code].en });
  }
}
