import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { authorize } from "../http/authorize.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }).strict();

export const auditRoutes = new Hono<AppEnv>()
  // Admins read everything; coordinators their region's entries.
  .get("/", signedIn, validate("query", auditQuery), async (c) => {
    const me = requireUser(c);
    const region = me.role === "admin" ? undefined : (me.region ?? "");
    authorize(c, { action: "audit.read", ...(region === undefined ? {} : { region }) });
    const entries = await c.var.deps.store.audit.list({ limit: c.req.valid("query").limit, ...(region === undefined ? {} : { region }) });
    return c.json({ entries }, 200);
  });
