import { Hono } from "hono";
import { z } from "zod";
import { deleteJourney, readJourney, storeJourney } from "../actions/journeys.ts";
import { JOURNEY_KEY_PATTERN } from "../domain/journeys/journey-secrets.ts";
import { MAX_JOURNEY_BYTES } from "../domain/journeys/journey-history.ts";
import { ApiError } from "../http/api-error.ts";
import { bodySize } from "../http/body-size.ts";
import { clientAddress } from "../http/client-address.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { validate } from "../http/validate.ts";

const keyParam = z.object({ key: z.string().regex(JOURNEY_KEY_PATTERN) });

/**
 * Respondents' encrypted histories (see the README, "Parcours personnel"). Public and anonymous, like
 * submissions: no session, no cookie set, nothing about the sender kept; the address is read only to count
 * requests per client, in memory, all three methods together.
 */
export const journeyRoutes = new Hono<AppEnv>()
  .use("/:key", async (c, next) => {
    c.var.rateLimits.throttle(c, "journeyPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
    await next();
    c.header("Cache-Control", "no-store");
  })
  .put("/:key", bodySize(MAX_JOURNEY_BYTES), validate("param", keyParam), async (c) => {
    const sealed = new Uint8Array(await c.req.arrayBuffer());
    if (sealed.length === 0 || sealed.length > MAX_JOURNEY_BYTES)
      throw new ApiError(sealed.length === 0 ? "invalid_request" : "payload_too_large");
    await storeJourney(actionContext(c), c.req.valid("param").key, sealed);
    return c.body(null, 204);
  })
  .get("/:key", validate("param", keyParam), async (c) => {
    const sealed = await readJourney(actionContext(c), c.req.valid("param").key);
    return c.body(new Uint8Array(sealed), 200, { "Content-Type": "application/octet-stream" });
  })
  .delete("/:key", validate("param", keyParam), async (c) => {
    await deleteJourney(actionContext(c), c.req.valid("param").key);
    return c.body(null, 204);
  });
