import { Hono } from "hono";
import { z } from "zod";
import { openDataCsv, openDataPackage, openDataRows } from "../actions/open-data.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { isRegion } from "../domain/territory.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { sendFile } from "../http/send-file.ts";
import { validate } from "../http/validate.ts";

const regionParam = z.object({ code: z.string().refine(isRegion, "not an INSEE region code") });
const packageQuery = z.object({ questionnaire: z.string().min(1).max(64), role: z.enum(RESPONDENT_ROLES).optional() }).strict();
const openDataQuery = packageQuery
  .extend({ format: z.enum(["csv", "json"]).default("json"), separator: z.enum(["semicolon", "comma"]).default("semicolon") })
  .strict();

/** Public: the observatory's figures for a region as open data, under the disclosure control of its public report. */
export const openDataRoutes = new Hono<AppEnv>()
  .get("/regions/:code", validate("param", regionParam), validate("query", openDataQuery), async (c) => {
    const { code } = c.req.valid("param");
    const { format, separator, ...query } = c.req.valid("query");
    if (format === "json") return c.json(await openDataRows(actionContext(c), c.var.user, code, query), 200);
    return sendFile(c, await openDataCsv(actionContext(c), c.var.user, code, { ...query, separator }));
  })
  .get("/regions/:code/datapackage.json", validate("param", regionParam), validate("query", packageQuery), async (c) => {
    const { code } = c.req.valid("param");
    const query = c.req.valid("query");
    const csv = new URL(`/api/open-data/regions/${code}`, c.req.url);
    csv.search = new URLSearchParams({ ...query, format: "csv", separator: "comma" }).toString();
    return c.json(await openDataPackage(actionContext(c), code, query, csv.toString()), 200);
  });
