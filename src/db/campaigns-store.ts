import { and, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import type { Db } from "./open-database.ts";
import type { CampaignRecord } from "../domain/campaigns.ts";
import { campaigns, invitationTokens, questionnaires, questionnaireVersions, responses } from "./schema.ts";

export interface NewCampaign {
  code: string;
  structureId: number;
  versionId: number;
  role: RespondentRole;
  opensAt: string;
  closesAt: string | null;
  /** Hashes of the single-use invitation tokens; when given, the campaign accepts only invited answers. */
  invitationHashes: string[];
  createdBy: number | null;
  isDemo?: boolean;
}

export interface CampaignsStore {
  create(input: NewCampaign, now: Date): Promise<CampaignRecord>;
  getByCode(code: string): Promise<CampaignRecord | undefined>;
  listByStructure(structureId: number): Promise<CampaignRecord[]>;
  /** Whether the campaign issued this invitation (by its hash), used or not: nothing is read of its use. */
  issuedInvitation(campaignId: number, tokenHash: string): Promise<boolean>;
  setStatus(campaignId: number, status: CampaignRecord["status"]): Promise<CampaignRecord>;
  /** A structure's campaigns, newest first, with their questionnaire and number of responses. */
  listWithCounts(structureId: number): Promise<(CampaignRecord & { questionnaire: string; version: number; responses: number })[]>;
  /** Per version of `slug`, its campaigns still live at `now` (active or paused, not past their end), and their structures. */
  liveOfQuestionnaire(slug: string, now: Date): Promise<{ version: number; campaigns: number; structures: number }[]>;
}

const columns = {
  id: campaigns.id,
  code: campaigns.code,
  structureId: campaigns.structureId,
  versionId: campaigns.versionId,
  role: campaigns.role,
  opensAt: campaigns.opensAt,
  closesAt: campaigns.closesAt,
  status: campaigns.status,
  requiresInvitation: campaigns.requiresInvitation,
};

export function createCampaignsStore(db: Db): CampaignsStore {
  // Looked up on every submission: prepared once rather than rebuilt by the query builder each time.
  const byCode = db
    .select(columns)
    .from(campaigns)
    .where(eq(campaigns.code, sql.placeholder("code")))
    .prepare();
  return {
    async create(input, now) {
      return db.transaction((tx) => {
        const campaign = tx
          .insert(campaigns)
          .values({
            code: input.code,
            structureId: input.structureId,
            versionId: input.versionId,
            role: input.role,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
            requiresInvitation: input.invitationHashes.length > 0,
            isDemo: input.isDemo ?? false,
            createdBy: input.createdBy,
            createdAt: now.toISOString(),
          })
          .returning(columns)
          .get();
        if (input.invitationHashes.length > 0) {
          tx.insert(invitationTokens)
            .values(input.invitationHashes.map((tokenHash) => ({ tokenHash, campaignId: campaign.id })))
            .run();
        }
        return campaign;
      });
    },
    async getByCode(code) {
      return byCode.get({ code });
    },
    async setStatus(campaignId, status) {
      return db.update(campaigns).set({ status }).where(eq(campaigns.id, campaignId)).returning(columns).get();
    },
    async listWithCounts(structureId) {
      return db
        .select({
          ...columns,
          questionnaire: questionnaires.slug,
          version: questionnaireVersions.version,
          responses: sql<number>`(SELECT count(*) FROM ${responses} WHERE ${responses.campaignId} = ${campaigns.id})`.mapWith(Number),
        })
        .from(campaigns)
        .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, campaigns.versionId))
        .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId))
        .where(eq(campaigns.structureId, structureId))
        .orderBy(desc(campaigns.id))
        .all();
    },
    async issuedInvitation(campaignId, tokenHash) {
      const row = db
        .select({ campaignId: invitationTokens.campaignId })
        .from(invitationTokens)
        .where(and(eq(invitationTokens.tokenHash, tokenHash), eq(invitationTokens.campaignId, campaignId)))
        .get();
      return row !== undefined;
    },
    async listByStructure(structureId) {
      return db.select(columns).from(campaigns).where(eq(campaigns.structureId, structureId)).all();
    },
    async liveOfQuestionnaire(slug, now) {
      return db
        .select({
          version: questionnaireVersions.version,
          campaigns: sql<number>`count(*)`,
          structures: sql<number>`count(DISTINCT ${campaigns.structureId})`,
        })
        .from(campaigns)
        .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, campaigns.versionId))
        .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId))
        .where(
          and(
            eq(questionnaires.slug, slug),
            ne(campaigns.status, "closed"),
            or(isNull(campaigns.closesAt), gt(campaigns.closesAt, now.toISOString())),
          ),
        )
        .groupBy(questionnaireVersions.version)
        .orderBy(questionnaireVersions.version)
        .all();
    },
  };
}
