import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { campaignCode, randomToken, responseId, sha256 } from "../auth/tokens.ts";
import { maskFreeText } from "../domain/anonymity/mask-free-text.ts";
import { informationNotice } from "../domain/anonymity/information-notice.ts";
import { availability, dayOf } from "../domain/campaign-window.ts";
import { deriveResponse } from "../domain/derive-response.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { bodySize } from "../http/body-size.ts";
import { clientAddress } from "../http/client-address.ts";
import { negotiateLocale } from "../http/locale.ts";
import { signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

/** A response is a few kilobytes; anything far larger is refused before it is read. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
export const MAX_INVITATIONS = 5000;

const campaignInput = z
  .object({
    structureId: z.number().int().positive(),
    questionnaire: z.string().min(1).max(64),
    version: z.number().int().positive(),
    role: z.enum(RESPONDENT_ROLES),
    opensAt: z.iso.datetime({ offset: true }).optional(),
    closesAt: z.iso.datetime({ offset: true }).optional(),
    invitations: z.number().int().min(1).max(MAX_INVITATIONS).optional(),
  })
  .strict();

const codeParam = z.object({ code: z.string().min(1).max(64) });

const responseInput = z
  .object({
    answers: z.record(z.string(), z.unknown()),
    invitation: z.string().min(1).max(200).optional(),
    locale: z.enum(["fr", "en"]).optional(),
  })
  .strict();

/** The campaign of the `:code` parameter, with its structure, for routes of the staff who manage it. */
async function managedCampaign(c: Context<AppEnv>, code: string) {
  const { store } = c.var.deps;
  const campaign = await store.campaigns.getByCode(code);
  if (!campaign) throw new ApiError("campaign_not_found");
  const structure = (await store.structures.get(campaign.structureId))!;
  const user = authorize(c, { action: "structure.manage", structure });
  return { campaign, structure, user };
}

const STATUS_ACTIONS = { paused: "campaign.pause", active: "campaign.resume", closed: "campaign.close" } as const;

/** Pausing and resuming are reversible; closing is not (a closed campaign's figures are final). */
function setStatus(status: "active" | "paused" | "closed") {
  return async (c: Context<AppEnv>, code: string) => {
    const { campaign, structure, user } = await managedCampaign(c, code);
    if (campaign.status === "closed") throw new ApiError("campaign_not_open", { availability: "closed" });
    const { store, clock } = c.var.deps;
    const updated = await store.campaigns.setStatus(campaign.id, status);
    await store.audit.record(
      { userId: user.id, action: STATUS_ACTIONS[status], targetType: "campaign", targetId: campaign.code, region: structure.region },
      clock(),
    );
    return c.json({ code: updated.code, status: updated.status, availability: availability(updated, clock()) }, 200);
  };
}
const pause = setStatus("paused");
const resume = setStatus("active");
const close = setStatus("closed");

export const campaignRoutes = new Hono<AppEnv>()
  // That structure's managers, its region's coordinators, admins.
  .post("/", signedIn, validate("json", campaignInput), async (c) => {
    const input = c.req.valid("json");
    const { store, clock } = c.var.deps;
    const structure = await store.structures.get(input.structureId);
    if (!structure) throw new ApiError("structure_not_found");
    const user = authorize(c, { action: "structure.manage", structure });
    const version = await store.questionnaires.getVersion(input.questionnaire, input.version);
    if (!version) throw new ApiError("version_not_found");
    if (version.status !== "published") throw new ApiError("version_not_published");
    if (!version.roles.includes(input.role)) throw new ApiError("role_not_allowed", { allowedRoles: version.roles });
    const now = clock();
    const opensAt = input.opensAt ? new Date(input.opensAt) : now;
    const closesAt = input.closesAt ? new Date(input.closesAt) : null;
    if (closesAt && closesAt <= opensAt) throw new ApiError("invalid_window");

    const tokens = Array.from({ length: input.invitations ?? 0 }, () => randomToken(16));
    const campaign = await store.campaigns.create(
      {
        code: campaignCode(),
        structureId: structure.id,
        versionId: version.id,
        role: input.role,
        opensAt: opensAt.toISOString(),
        closesAt: closesAt?.toISOString() ?? null,
        invitationHashes: tokens.map(sha256),
        createdBy: user.id,
      },
      now,
    );
    await store.audit.record(
      {
        userId: user.id,
        action: "campaign.create",
        targetType: "campaign",
        targetId: campaign.code,
        details: { invitations: tokens.length },
        region: structure.region,
      },
      now,
    );
    return c.json(
      {
        code: campaign.code,
        link: `/r/${campaign.code}`,
        structureId: campaign.structureId,
        questionnaire: version.slug,
        version: version.version,
        role: campaign.role,
        opensAt: campaign.opensAt,
        closesAt: campaign.closesAt,
        status: campaign.status,
        requiresInvitation: campaign.requiresInvitation,
        // Shown once: only their hashes are kept.
        ...(tokens.length > 0 ? { invitations: tokens } : {}),
      },
      201,
    );
  })
  // Those who may create the campaign.
  .post("/:code/pause", signedIn, validate("param", codeParam), (c) => pause(c, c.req.valid("param").code))
  .post("/:code/resume", signedIn, validate("param", codeParam), (c) => resume(c, c.req.valid("param").code))
  .post("/:code/close", signedIn, validate("param", codeParam), (c) => close(c, c.req.valid("param").code))
  // Public: what a respondent's page needs, nothing more (no counts, no staff data), with the notice.
  .get("/:code", validate("param", codeParam), async (c) => {
    const { store, clock, config } = c.var.deps;
    const campaign = await store.campaigns.getByCode(c.req.valid("param").code);
    if (!campaign) throw new ApiError("campaign_not_found");
    const compiled = await c.var.versions.get(campaign.versionId);
    const structure = await store.structures.get(campaign.structureId);
    if (!compiled || !structure) throw new Error(`campaign ${campaign.id} points at a missing version or structure`);
    const { version } = compiled;
    return c.json(
      {
        code: campaign.code,
        availability: availability(campaign, clock()),
        opensAt: campaign.opensAt,
        closesAt: campaign.closesAt,
        role: campaign.role,
        requiresInvitation: campaign.requiresInvitation,
        structure: { name: structure.name, kind: structure.kind },
        questionnaire: { slug: version.slug, version: version.version, title: version.title, description: version.description },
        notice: informationNotice({
          structureName: structure.name,
          minCell: config.minCell,
          research: await store.projects.ethicsOfQuestionnaire(version.slug),
          ...(config.contactEmail ? { contactEmail: config.contactEmail } : {}),
        }),
        definition: version.definition,
        dimensions: version.scoring.dimensions.map((d) => ({
          id: d.id,
          title: d.title,
          description: d.description,
          higherIsBetter: d.higherIsBetter !== false,
        })),
      },
      200,
    );
  })
  // Public and anonymous. Nothing about the sender (address, agent, cookie, time of day) is kept; the
  // address is read only to count submissions per client, in memory.
  .post(
    "/:code/responses",
    bodySize(MAX_RESPONSE_BYTES),
    validate("param", codeParam),
    async (c, next) => {
      c.var.rateLimits.throttle(c.var.deps, "submitPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
      c.var.rateLimits.throttle(c.var.deps, "submitPerCampaign", c.req.param("code") ?? "");
      await next();
    },
    validate("json", responseInput),
    async (c) => {
      const { store, clock } = c.var.deps;
      const input = c.req.valid("json");
      const campaign = await store.campaigns.getByCode(c.req.valid("param").code);
      if (!campaign) throw new ApiError("campaign_not_found");
      const now = clock();
      const state = availability(campaign, now);
      if (state !== "open") throw new ApiError("campaign_not_open", { availability: state });
      if (campaign.requiresInvitation && !input.invitation) throw new ApiError("invitation_required");

      const compiled = await c.var.versions.get(campaign.versionId);
      if (!compiled) throw new Error(`campaign ${campaign.id} points at a missing version`);
      const checked = compiled.validate(input.answers);
      if (!checked.ok) throw new ApiError("invalid_answers", { questions: checked.errors });
      const answers = { ...checked.answers };
      for (const name of compiled.freeText) {
        const value = answers[name];
        if (typeof value === "string") answers[name] = maskFreeText(value).text;
      }

      const day = dayOf(now);
      const { scores, cells } = deriveResponse(compiled.version.scoring, answers, {
        structureId: campaign.structureId,
        role: campaign.role,
        day,
      });
      const locale = input.locale ?? negotiateLocale(c.req.header("accept-language"));
      await store.responses.submit({
        id: responseId(),
        campaignId: campaign.id,
        structureId: campaign.structureId,
        versionId: campaign.versionId,
        role: campaign.role,
        answers,
        locale,
        submittedOn: day,
        scores,
        cells,
        ...(campaign.requiresInvitation && input.invitation ? { invitationHash: sha256(input.invitation) } : {}),
      });
      const dimensions = new Map(compiled.version.scoring.dimensions.map((d) => [d.id, d]));
      return c.json(
        {
          locale,
          scores: scores.map((s) => {
            const d = dimensions.get(s.dimension)!;
            return { ...s, title: d.title, description: d.description, higherIsBetter: d.higherIsBetter !== false };
          }),
        },
        201,
      );
    },
  );
