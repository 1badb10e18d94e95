import { Hono } from "hono";
import { z } from "zod";
import { readAuditLog } from "../actions/audit-log.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }).strict();

export const auditRoutes = new Hono<AppEnv>()
  // Admins read everything; coordinators their region's entries.
  .get("/", signedIn, validate("query", auditQuery), async (c) => {
    const entries = await readAuditLog(actionContext(c), requireUser(c), c.req.valid("query").limit);
    return c.json({ entries }, 200);
  });
