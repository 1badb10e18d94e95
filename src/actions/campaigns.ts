import { liveCount } from "../domain/release/rules.ts";
import { campaignCode, randomToken, sha256 } from "../auth/tokens.ts";
import type { TransactionStore } from "../db/store.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { easyReadNotice } from "../domain/anonymity/easy-read-notice.ts";
import { informationNotice } from "../domain/anonymity/information-notice.ts";
import { availability } from "../domain/campaign-window.ts";
import type { CampaignRecord, CampaignStatus } from "../domain/campaigns.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";

export interface CampaignInput {
  structureId: number;
  questionnaire: string;
  version: number;
  role: RespondentRole;
  opensAt?: string | undefined;
  closesAt?: string | undefined;
  invitations?: number | undefined;
}

/**
 * A campaign of a structure: its managers, its region's coordinators and admins open one on a published
 * version written for that kind of respondent. Invitation tokens, if asked for, are returned once: only
 * their hashes are kept.
 */
export async function createCampaign({ store, clock }: Pick<ActionContext, "store" | "clock">, user: UserRecord, input: CampaignInput) {
  const structure = await store.structures.get(input.structureId);
  if (!structure) throw new DomainError("structure_not_found");
  permit(user, { action: "structure.manage", structure });
  const version = await store.questionnaires.getVersion(input.questionnaire, input.version);
  if (!version) throw new DomainError("version_not_found");
  if (version.status !== "published") throw new DomainError("version_not_published");
  if (!version.roles.includes(input.role)) throw new DomainError("role_not_allowed", { allowedRoles: version.roles });
  const now = clock();
  const opensAt = input.opensAt ? new Date(input.opensAt) : now;
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  if (closesAt && closesAt <= opensAt) throw new DomainError("invalid_window");

  const tokens = Array.from({ length: input.invitations ?? 0 }, () => randomToken(16));
  const campaign = await store.transaction(async (tx) => {
    const created = await tx.campaigns.create(
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
    const details = { invitations: tokens.length };
    await tx.audit.record(
      { userId: user.id, action: "campaign.create", targetType: "campaign", targetId: created.code, details, region: structure.region },
      now,
    );
    return created;
  });
  return { campaign, version, invitations: tokens };
}

const STATUS_ACTIONS = { paused: "campaign.pause", active: "campaign.resume", closed: "campaign.close" } as const;

/** The campaign of `code`, with its structure, if `user` manages that structure. */
async function managedCampaign(store: TransactionStore, user: UserRecord, code: string) {
  const campaign = await store.campaigns.getByCode(code);
  if (!campaign) throw new DomainError("campaign_not_found");
  const structure = (await store.structures.get(campaign.structureId))!;
  permit(user, { action: "structure.manage", structure });
  return { campaign, structure };
}

/**
 * Pauses, resumes or closes a campaign, for those who may create it. Pausing and resuming are reversible;
 * closing is not (a closed campaign's figures are final).
 */
export async function setCampaignStatus(
  { store, clock }: Pick<ActionContext, "store" | "clock">,
  user: UserRecord,
  code: string,
  status: CampaignStatus,
) {
  const now = clock();
  const updated = await store.transaction(async (tx) => {
    const { campaign, structure } = await managedCampaign(tx, user, code);
    if (campaign.status === "closed") throw new DomainError("campaign_not_open", { availability: "closed" });
    const changed = await tx.campaigns.setStatus(campaign.id, status);
    const entry = {
      userId: user.id,
      action: STATUS_ACTIONS[status],
      targetType: "campaign",
      targetId: campaign.code,
      region: structure.region,
    };
    await tx.audit.record(entry, now);
    return changed;
  });
  return { campaign: updated, availability: availability(updated, now) };
}

/** What a respondent's page needs, nothing more (no counts, no staff data), with the information notice. */
export async function campaignForRespondents({ store, clock, config, versions }: Omit<ActionContext, "reportPools">, code: string) {
  const campaign = await store.campaigns.getByCode(code);
  if (!campaign) throw new DomainError("campaign_not_found");
  const compiled = await versions.get(campaign.versionId);
  const structure = await store.structures.get(campaign.structureId);
  if (!compiled || !structure) throw new Error(`campaign ${campaign.id} points at a missing version or structure`);
  const { version } = compiled;
  const now = clock();
  // A questionnaire that rewords another is its easy-to-read (FALC) wording: the notice is easy to read too.
  const easyRead = version.variantOf !== null;
  const notice = easyRead ? easyReadNotice : informationNotice;
  return {
    code: campaign.code,
    availability: availability(campaign, now),
    opensAt: campaign.opensAt,
    closesAt: campaign.closesAt,
    role: campaign.role,
    requiresInvitation: campaign.requiresInvitation,
    structure: { name: structure.name, kind: structure.kind },
    questionnaire: { slug: version.slug, version: version.version, title: version.title, description: version.description },
    easyRead,
    otherWording: await otherWording({ store, versions }, campaign, version, now),
    notice: notice({
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
  };
}

/**
 * The campaign a respondent can switch to for the other wording of the same questionnaire — the easy-to-read
 * one from the standard, or back —: the same structure's, for the same role, open now (the latest if many).
 * A structure pairs its two wordings by opening both; nothing else links them.
 */
async function otherWording(
  { store, versions }: Pick<ActionContext, "store" | "versions">,
  campaign: CampaignRecord,
  version: { slug: string; variantOf: string | null },
  now: Date,
): Promise<{ code: string; easyRead: boolean } | null> {
  const candidates = (await store.campaigns.listByStructure(campaign.structureId))
    .filter((c) => c.id !== campaign.id && c.role === campaign.role && availability(c, now) === "open")
    .sort((a, b) => b.id - a.id);
  for (const candidate of candidates) {
    const other = (await versions.get(candidate.versionId))?.version;
    if (!other) continue;
    if (version.variantOf === null && other.variantOf === version.slug) return { code: candidate.code, easyRead: true };
    if (version.variantOf !== null && other.slug === version.variantOf && other.variantOf === null)
      return { code: candidate.code, easyRead: false };
  }
  return null;
}

/** A structure's campaigns with their number of responses, never exact under the small-cell threshold. */
function liveCountFields(count: number, minCell: number): { responsesBelow: string } | { responsesAtLeast: number } {
  const shown = liveCount(count, minCell);
  return "below" in shown ? { responsesBelow: `< ${shown.below}` } : { responsesAtLeast: shown.atLeast };
}

export async function structureCampaigns(
  { store, clock, config }: Pick<ActionContext, "store" | "clock" | "config">,
  user: UserRecord,
  structureId: number,
) {
  const structure = await store.structures.get(structureId);
  if (!structure) throw new DomainError("structure_not_found");
  permit(user, { action: "structure.manage", structure });
  const now = clock();
  const list = await store.campaigns.listWithCounts(structure.id);
  return list.map(({ id, structureId, versionId, responses, ...campaign }) => ({
    ...campaign,
    link: `/r/${campaign.code}`,
    availability: availability(campaign, now),
    // Live counts are never exact: an exact one, subtracted from the released total, would give a sibling
    // campaign's count below the threshold (rules.ts, "Live counts").
    responses: null,
    ...liveCountFields(responses, config.minCell),
  }));
}
