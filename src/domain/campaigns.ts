import type { RespondentRole } from "./questionnaire/types.ts";

/**
 * A campaign: one published version put to one kind of respondent of one structure, over a window.
 * Pausing and resuming are reversible; closing is not (a closed campaign's figures are final).
 */
export const CAMPAIGN_STATUSES = ["active", "paused", "closed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export interface CampaignRecord {
  id: number;
  code: string;
  structureId: number;
  versionId: number;
  role: RespondentRole;
  opensAt: string;
  closesAt: string | null;
  status: CampaignStatus;
  requiresInvitation: boolean;
}
