import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { campaignCode, randomToken, responseId, sha256 } from "../auth/tokens.ts";
import { InvitationInvalidError, InvitationUsedError } from "../db/records.ts";
import { canManageStructure } from "../domain/access.ts";
import { availability, dayOf } from "../domain/campaign-window.ts";
import { scoreResponse } from "../domain/questionnaire/scoring.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { ApiError } from "../http/api-error.ts";
import { negotiateLocale } from "../http/locale.ts";
import { requireUser } from "../http/session.ts";
import { validate } from "../http/validate.ts";

/** A response is a few kilobytes; anything far larger is refused before it is read. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
export const MAX_INVITATIONS = 5000;

const campaignInput = z.object({
  structureId: z.number().int().positive(),
  questionnaire: z.string().min(1).max(64),
  version: z.number().int().positive(),
  role: z.enum(RESPONDENT_ROLES),
  opensAt: z.iso.datetime({ offset: true }).optional(),
  closesAt: z.iso.datetime({ offset: true }).optional(),
  invitations: z.number().int().min(1).max(MAX_INVITATIONS).optional(),
});

const codeParam = z.object({ code: z.string().min(1).max(64) });

const responseInput = z.object({
  answers: z.record(z.string(), z.unknown()),
  invitation: z.string().min(1).max(200).optional(),
  locale: z.enum(["fr", "en"]).optional(),
});

export const campaignRoutes = new Hono<AppEnv>()
  // That structure's managers, its region's coordinators, admins.
  .post("/", validate("json", campaignInput), async (c) => {
    const user = requireUser(c);
    const input = c.req.valid("json");
    const { store, clock } = c.var.deps;
    const structure = await store.structures.get(input.structureId);
    if (!structure) throw new ApiError("structure_not_found");
    if (!canManageStructure(user, structure)) throw new ApiError("forbidden");
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
      { userId: user.id, action: "campaign.create", targetType: "campaign", targetId: campaign.code, details: { invitations: tokens.length } },
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
        requiresInvitation: campaign.requiresInvitation,
        // Shown once: only their hashes are kept.
        ...(tokens.length > 0 ? { invitations: tokens } : {}),
      },
      201,
    );
  })
  // Public: what a respondent's page needs, nothing more (no counts, no staff data).
  .get("/:code", validate("param", codeParam), async (c) => {
    const { store, clock } = c.var.deps;
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
        definition: version.definition,
        dimensions: version.scoring.dimensions.map((d) => ({ id: d.id, title: d.title, description: d.description })),
      },
      200,
    );
  })
  // Public and anonymous. Nothing about the sender (address, agent, cookie, time of day) is read or kept.
  .post(
    "/:code/responses",
    bodyLimit({ maxSize: MAX_RESPONSE_BYTES, onError: () => { throw new ApiError("payload_too_large"); } }),
    validate("param", codeParam),
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

      const scores = scoreResponse(compiled.version.scoring, checked.answers);
      const locale = input.locale ?? negotiateLocale(c.req.header("accept-language"));
      try {
        await store.responses.submit({
          id: responseId(),
          campaignId: campaign.id,
          structureId: campaign.structureId,
          versionId: campaign.versionId,
          role: campaign.role,
          answers: checked.answers,
          locale,
          submittedOn: dayOf(now),
          scores,
          ...(campaign.requiresInvitation && input.invitation ? { invitationHash: sha256(input.invitation) } : {}),
        });
      } catch (error) {
        if (error instanceof InvitationUsedError) throw new ApiError("invitation_used");
        if (error instanceof InvitationInvalidError) throw new ApiError("invitation_required");
        throw error;
      }
      const titles = new Map(compiled.version.scoring.dimensions.map((d) => [d.id, d]));
      return c.json(
        {
          locale,
          scores: scores.map((s) => ({ ...s, title: titles.get(s.dimension)!.title, description: titles.get(s.dimension)!.description })),
        },
        201,
      );
    },
  );
