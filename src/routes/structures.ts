import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { SETTINGS, STRUCTURE_KINDS } from "../domain/structures.ts";
import { regionOfDepartment } from "../domain/territory.ts";
import { availability } from "../domain/campaign-window.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { signedIn } from "../http/session.ts";
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

export const structureRoutes = new Hono<AppEnv>()
  // Public directory: names, kinds and places of the structures, nothing about their responses.
  .get("/", validate("query", listQuery), async (c) => {
    const { region } = c.req.valid("query");
    const structures = await c.var.deps.store.structures.list(region ? { region } : undefined);
    return c.json({ structures: structures.map(({ isDemo, ...s }) => ({ ...s, demo: isDemo })) }, 200);
  })
  // Admins anywhere; coordinators in their own region.
  .post("/", signedIn, validate("json", structureInput), async (c) => {
    const input = c.req.valid("json");
    const region = regionOfDepartment(input.department)!;
    const user = authorize(c, { action: "structure.create", region });
    const { store, clock } = c.var.deps;
    const structure = await store.structures.create({ ...input, region }, clock());
    await store.audit.record(
      { userId: user.id, action: "structure.create", targetType: "structure", targetId: structure.id, region },
      clock(),
    );
    const { isDemo, ...rest } = structure;
    return c.json({ ...rest, demo: isDemo }, 201);
  })
  // That structure's managers, its region's coordinators, admins. Counts under MIN_CELL are not given exactly.
  .get("/:id/campaigns", signedIn, validate("param", idParam), async (c) => {
    const { store, clock, config } = c.var.deps;
    const structure = await store.structures.get(c.req.valid("param").id);
    if (!structure) throw new ApiError("structure_not_found");
    authorize(c, { action: "structure.manage", structure });
    const now = clock();
    const list = await store.campaigns.listWithCounts(structure.id);
    return c.json(
      {
        campaigns: list.map(({ id, structureId, versionId, responses, ...campaign }) => ({
          ...campaign,
          link: `/r/${campaign.code}`,
          availability: availability(campaign, now),
          responses: responses >= config.minCell ? responses : null,
          ...(responses < config.minCell ? { responsesBelow: `< ${config.minCell}` } : {}),
        })),
      },
      200,
    );
  });
