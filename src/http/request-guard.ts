import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.ts";
import { ApiError } from "./api-error.ts";
import { requestOrigin } from "./client-address.ts";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery and content-type confusion, for every write of the API.
 * Hono's `csrf` middleware only looks at form submissions; a browser can also send a cross-site POST with a
 * `text/plain` body that needs no preflight. So every write must (1) carry a JSON body, if it has a body
 * (otherwise 415), and (2) come from this origin: `Sec-Fetch-Site` must not say "cross-site", and an
 * `Origin`, when sent, must be this server's. CORS stays closed: no Access-Control-Allow-* header is ever set.
 */
export const requestGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!UNSAFE_METHODS.has(c.req.method)) return next();
  const site = c.req.header("sec-fetch-site");
  if (site === "cross-site") throw new ApiError("cross_origin_refused");
  const origin = c.req.header("origin");
  if (origin !== undefined && origin !== requestOrigin(c, c.var.deps.config.trustedProxies)) throw new ApiError("cross_origin_refused");
  const hasBody = c.req.raw.body !== null && c.req.header("content-length") !== "0";
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  // Encrypted histories travel as raw bytes, a type that, like JSON, no form can send across sites.
  const bytesAllowed = type === "application/octet-stream" && c.req.path.startsWith("/api/journeys/");
  if (hasBody && type !== "application/json" && !bytesAllowed) throw new ApiError("unsupported_media_type");
  return next();
};
