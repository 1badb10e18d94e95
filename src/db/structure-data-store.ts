import type { Db } from "./open-database.ts";

/** How many rows of each kind an erasure deleted. */
export interface ErasedData {
  campaigns: number;
  responses: number;
  invitations: number;
  cells: number;
}

export interface StructureDataStore {
  /**
   * Deletes everything respondents gave a structure — its campaigns, their invitations, its responses and
   * their scores, and the report cells derived from them — and nothing that was released: the ledger and
   * report snapshots are aggregates, frozen by triggers. Run it in a transaction, then truncate the WAL
   * (`Store.truncateWal`) so that the zeroed pages (`secure_delete`) replace the old ones in the main file.
   */
  erase(structureId: number): Promise<ErasedData>;
}

export function createStructureDataStore(db: Db): StructureDataStore {
  const sqlite = db.$client;
  // Responses are matched by campaign as well as by their denormalised structure: either alone would do
  // today, both together leave nothing behind if they ever disagree.
  const ofStructure = "campaign_id IN (SELECT id FROM campaigns WHERE structure_id = @structureId)";
  const deleteScores = sqlite.prepare(
    `DELETE FROM response_scores WHERE response_id IN (SELECT id FROM responses WHERE structure_id = @structureId OR ${ofStructure})`,
  );
  const deleteResponses = sqlite.prepare(`DELETE FROM responses WHERE structure_id = @structureId OR ${ofStructure}`);
  const deleteInvitations = sqlite.prepare(`DELETE FROM invitation_tokens WHERE ${ofStructure}`);
  const deleteCampaigns = sqlite.prepare("DELETE FROM campaigns WHERE structure_id = @structureId");
  const deleteCells = sqlite.prepare("DELETE FROM indicator_cells WHERE structure_id = @structureId");
  // A manager's mark of the agreed self-assessment points at a response: it goes with it. Certificates stay,
  // frozen like report snapshots: they are what a label committee cited.
  const deleteLabelMarks = sqlite.prepare("DELETE FROM label_final_marks WHERE structure_id = @structureId");
  return {
    async erase(structureId) {
      const params = { structureId };
      deleteLabelMarks.run(params);
      deleteScores.run(params);
      const responses = deleteResponses.run(params).changes;
      const invitations = deleteInvitations.run(params).changes;
      const campaigns = deleteCampaigns.run(params).changes;
      const cells = deleteCells.run(params).changes;
      return { campaigns, responses, invitations, cells };
    },
  };
}
