import { Hono } from "hono";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/api-error.ts";

/** Liveness and database reachability, for load balancers and the start-up smoke test. Public. */
export const healthRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const ok = await c.var.deps.store.ping().catch(() => false);
  if (!ok) throw new ApiError("unavailable");
  return c.json({ status: "ok", database: "ok" }, 200);
});
