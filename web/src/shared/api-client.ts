import { hc } from "hono/client";
import type { AppType } from "../../../src/app.ts";

/**
 * The typed API client: every call is checked against the server's routes at build time, so a renamed
 * route or field breaks `npm test` (type-check), not a user.
 * @example
 * const res = await api.campaigns[":code"].$get({ param: { code } });
 */
export const api = hc<AppType>("/api");
