import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./api-error.ts";

/**
 * Refuses bodies over `maxSize` bytes with 413. When the request declares its length (and is not chunked),
 * the declared length is checked at once: Node's HTTP parser never delivers more bytes than Content-Length
 * says, so this is exact — and it avoids Hono's `bodyLimit`, which wraps the body in a web stream and costs
 * a large share of a submission's time. Chunked bodies go through `bodyLimit`, which counts as it reads.
 */
export function bodySize(maxSize: number): MiddlewareHandler {
  const streamed = bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError("payload_too_large");
    },
  });
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared !== undefined && c.req.header("transfer-encoding") === undefined) {
      if (!/^\d+$/.test(declared)) throw new ApiError("invalid_request");
      if (Number(declared) > maxSize) throw new ApiError("payload_too_large");
      return next();
    }
    return streamed(c, next);
  };
}
