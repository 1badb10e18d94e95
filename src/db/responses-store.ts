import type { Db } from "./open-database.ts";
import { InvitationInvalidError, InvitationUsedError, type NewResponse } from "./records.ts";

export interface ResponsesStore {
  /**
   * Stores a response, its dimension scores and (if any) consumes its invitation, atomically. Resolves only
   * once the commit is durable on disk. Rejects with InvitationUsedError / InvitationInvalidError.
   */
  submit(response: NewResponse): Promise<void>;
  countByCampaign(campaignId: number): Promise<number>;
}

interface Pending {
  response: NewResponse;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit. With `synchronous = FULL` every commit costs one fsync, which caps autocommit inserts at a
 * few thousand per second. Submissions that arrive while the event loop is busy are queued and written in
 * one transaction at the next turn of the loop; each is acknowledged only after that transaction commits,
 * so durability per response is unchanged while the fsync is shared. Each submission runs in its own
 * savepoint, so one refused invitation does not fail its neighbours.
 */
export function createResponsesStore(db: Db): ResponsesStore {
  const sqlite = db.$client;
  const findToken = sqlite.prepare<[string, number], { used: number }>(
    "SELECT used FROM invitation_tokens WHERE token_hash = ? AND campaign_id = ?",
  );
  const useToken = sqlite.prepare<[string]>("UPDATE invitation_tokens SET used = 1 WHERE token_hash = ? AND used = 0");
  const insertResponse = sqlite.prepare(
    `INSERT INTO responses (id, campaign_id, structure_id, version_id, role, answers, locale, submitted_on, is_demo)
     VALUES (@id, @campaignId, @structureId, @versionId, @role, @answers, @locale, @submittedOn, @isDemo)`,
  );
  const insertScore = sqlite.prepare(
    "INSERT INTO response_scores (response_id, dimension, score, answered, items) VALUES (?, ?, ?, ?, ?)",
  );
  // The report aggregate grows in the same transaction as the response: reports never lag, never recount.
  const addToCell = sqlite.prepare(
    `INSERT INTO indicator_cells (version_id, structure_id, role, period, indicator_id, n, sum, sum_squares)
     VALUES (@versionId, @structureId, @role, @period, @indicatorId, @n, @sum, @sumSquares)
     ON CONFLICT DO UPDATE SET n = n + excluded.n, sum = sum + excluded.sum, sum_squares = sum_squares + excluded.sum_squares`,
  );
  const countByCampaign = sqlite.prepare<[number], { n: number }>("SELECT count(*) AS n FROM responses WHERE campaign_id = ?");

  const writeOne = sqlite.transaction((r: NewResponse) => {
    if (r.invitationHash !== undefined) {
      const token = findToken.get(r.invitationHash, r.campaignId);
      if (!token) throw new InvitationInvalidError();
      if (token.used || useToken.run(r.invitationHash).changes === 0) throw new InvitationUsedError();
    }
    insertResponse.run({
      id: r.id,
      campaignId: r.campaignId,
      structureId: r.structureId,
      versionId: r.versionId,
      role: r.role,
      answers: JSON.stringify(r.answers),
      locale: r.locale,
      submittedOn: r.submittedOn,
      isDemo: r.isDemo ? 1 : 0,
    });
    for (const s of r.scores) insertScore.run(r.id, s.dimension, s.score, s.answered, s.items);
    for (const cell of r.cells) addToCell.run({ versionId: r.versionId, structureId: r.structureId, role: r.role, ...cell });
  });

  let queue: Pending[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    const outcomes: unknown[] = [];
    try {
      sqlite.transaction(() => {
        for (const pending of batch) {
          try {
            writeOne(pending.response);
            outcomes.push(undefined);
          } catch (error) {
            outcomes.push(error ?? new Error("write failed"));
          }
        }
      })();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the batch is stored, all are refused.
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, i) => (outcomes[i] === undefined ? pending.resolve() : pending.reject(outcomes[i])));
  };

  return {
    submit(response) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ response, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    async countByCampaign(campaignId) {
      return countByCampaign.get(campaignId)?.n ?? 0;
    },
  };
}
