import { Hono } from "hono";
import { z } from "zod";
import { structureCampaigns } from "../actions/campaigns.ts";
import { createStructure, eraseStructureData } from "../actions/structures.ts";
import { SETTINGS, STRUCTURE_KINDS } from "../domain/structures.ts";
import { regionOfDepartment } from "../domain/territory.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const structureInput = z
  .object({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(STRUCTURE_KINDS),
    department: z
      .string()
      .trim()
      .toUpperCase()
      .refine((d) => regionOfDepartment(d) !== undefined, 'not a French département INSEE code (e.g. "69", "2A", "974")'),
    setting: z.enum(SETTINGS),
  })
  .strict();

const listQuery = z
  .object({
    region: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
  })
  .strict();

const idParam = z.object({ id: z.coerce.number().int().positive() });

/** The structure's name, typed again: an erasure cannot be undone. */
const eraseInput = z.object({ confirm: z.string().max(200) }).strict();

export const structureRoutes = new Hono<AppEnv>()
  // Public directory: names, kinds and places of the structures, nothing about their responses.
  .get("/", validate("query", listQuery), async (c) => {
    const { region } = c.req.valid("query");
    const structures = await c.var.deps.store.structures.list(region ? { region } : undefined);
    return c.json({ structures: structures.map(({ isDemo, ...s }) => ({ ...s, demo: isDemo })) }, 200);
  })
  // Admins anywhere; coordinators in their own region.
  .post("/", signedIn, validate("json", structureInput), async (c) => {
    const { isDemo, ...structure } = await createStructure(actionContext(c), requireUser(c), c.req.valid("json"));
    return c.json({ ...structure, demo: isDemo }, 201);
  })
  // That structure's managers, its region's coordinators, admins. Counts are given below MIN_CELL or rounded down.
  .get("/:id/campaigns", signedIn, validate("param", idParam), async (c) => {
    const now = c.var.deps.clock();
    const campaigns = await structureCampaigns(actionContext(c), requireUser(c), c.req.valid("param").id);
    return c.json(
      { campaigns: campaigns.map((campaign) => ({ ...campaign, alerts: c.var.rateLimits.campaignAlerts(campaign.code, now) })) },
      200,
    );
  })
  // Admins only: a structure leaves; what respondents gave it is deleted, what was released stays.
  .delete("/:id/data", signedIn, validate("param", idParam), validate("json", eraseInput), async (c) => {
    const erased = await eraseStructureData(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json").confirm);
    return c.json({ erased }, 200);
  });
