import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.ts";
import { isHttps } from "./client-address.ts";

/**
 * HSTS on every response to a request that came over HTTPS, directly or through a trusted TLS proxy (the usual
 * deployment). Over plain http://localhost it would be meaningless, so it is not sent there.
 */
export const strictTransportSecurity: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (isHttps(c, c.var.deps.config.trustedProxies)) c.header("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
};
