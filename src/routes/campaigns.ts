import { Hono, type Context } from "hono";
import { z } from "zod";
import { campaignForRespondents, createCampaign, setCampaignStatus } from "../actions/campaigns.ts";
import { checkInvitation } from "../actions/invitation-check.ts";
import { submitResponse } from "../actions/responses.ts";
import type { CampaignStatus } from "../domain/campaigns.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { bodySize } from "../http/body-size.ts";
import { clientAddress } from "../http/client-address.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { negotiateLocale } from "../http/locale.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { countAcceptedSubmission } from "../http/submission-surge.ts";
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

const invitationCheckInput = z.object({ invitation: z.string().min(1).max(200) }).strict();

/** Those who may create the campaign pause, resume or close it. */
async function changeStatus(c: Context<AppEnv>, code: string, status: CampaignStatus) {
  const { campaign, availability } = await setCampaignStatus(actionContext(c), requireUser(c), code, status);
  return c.json({ code: campaign.code, status: campaign.status, availability }, 200);
}

export const campaignRoutes = new Hono<AppEnv>()
  // That structure's managers, its region's coordinators, admins.
  .post("/", signedIn, validate("json", campaignInput), async (c) => {
    const { campaign, version, invitations } = await createCampaign(actionContext(c), requireUser(c), c.req.valid("json"));
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
        ...(invitations.length > 0 ? { invitations } : {}),
      },
      201,
    );
  })
  .post("/:code/pause", signedIn, validate("param", codeParam), (c) => changeStatus(c, c.req.valid("param").code, "paused"))
  .post("/:code/resume", signedIn, validate("param", codeParam), (c) => changeStatus(c, c.req.valid("param").code, "active"))
  .post("/:code/close", signedIn, validate("param", codeParam), (c) => changeStatus(c, c.req.valid("param").code, "closed"))
  // Public: what a respondent's page needs, nothing more (no counts, no staff data), with the notice.
  .get("/:code", validate("param", codeParam), async (c) =>
    c.json(await campaignForRespondents(actionContext(c), c.req.valid("param").code), 200),
  )
  // Public: is this invitation code one the campaign issued? Read-only; used and unused codes get the same
  // answer (see checkInvitation). A POST so that the code travels in the body, never in an address or a log.
  .post(
    "/:code/invitations/check",
    validate("param", codeParam),
    validate("json", invitationCheckInput),
    async (c, next) => {
      c.var.rateLimits.throttle(c, "checkInvitationPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
      await next();
    },
    async (c) => {
      const { code } = c.req.valid("param");
      const recognised = await checkInvitation(actionContext(c), code, c.req.valid("json").invitation);
      return c.json({ recognised }, 200);
    },
  )
  // Public and anonymous. Nothing about the sender (address, agent, cookie, time of day) is kept; the
  // address is read only to count submissions per client, in memory.
  .post(
    "/:code/responses",
    bodySize(MAX_RESPONSE_BYTES),
    validate("param", codeParam),
    validate("json", responseInput),
    async (c, next) => {
      c.var.rateLimits.throttle(c, "submitPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
      await next();
    },
    async (c) => {
      const input = c.req.valid("json");
      const locale = input.locale ?? negotiateLocale(c.req.header("accept-language"));
      const { code } = c.req.valid("param");
      const scores = await submitResponse(actionContext(c), code, { ...input, locale });
      await countAcceptedSubmission(c, code);
      return c.json({ locale, scores }, 201);
    },
  );
