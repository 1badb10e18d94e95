import type { Db } from "./open-database.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { NewResponse } from "../domain/responses.ts";

export interface ResponsesStore {
  /**
   * Stores a response, its dimension scores and (if any) consumes its invitation, atomically. Resolves only
   * once the commit is durable on disk. Rejects with a DomainError: `invitation_used`, or
   * `invitation_required` for a token the campaign never issued.
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
  // All of a response's dimension scores in one statement (a JSON array unpacked by SQLite).
  const insertScores = sqlite.prepare<[string, string]>(
    `INSERT INTO response_scores (response_id, dimension, score, answered, items)
     SELECT ?, value ->> 'dimension', value ->> 'score', value ->> 'answered', value ->> 'items' FROM json_each(?)`,
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
      if (!token) throw new DomainError("invitation_required");
      if (token.used || useToken.run(r.invitationHash).changes === 0) throw new DomainError("invitation_used");
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
    if (r.scores.length > 0) insertScores.run(r.id, JSON.stringify(r.scores));
  });

  type CellRow = {
    versionId: number;
    structureId: number;
    role: string;
    period: string;
    indicatorId: string;
    n: number;
    sum: number;
    sumSquares: number;
  };
  /** The cells of a batch's stored responses, summed in memory: one upsert per cell rather than per response. */
  const collectCells = (into: Map<string, CellRow>, r: NewResponse) => {
    for (const cell of r.cells) {
      const key = `${r.versionId}|${r.structureId}|${r.role}|${cell.period}|${cell.indicatorId}`;
      const row = into.get(key);
      if (row) {
        row.n += cell.n;
        row.sum += cell.sum;
        row.sumSquares += cell.sumSquares;
      } else into.set(key, { versionId: r.versionId, structureId: r.structureId, role: r.role, ...cell });
    }
  };

  let queue: Pending[] = [];
  let scheduled = false;

  const flush = () => {
    // Never inside another writer's transaction (transaction-gate.ts): its rollback would take these along.
    if (sqlite.inTransaction) {
      setImmediate(flush);
      return;
    }
    scheduled = false;
    const batch = queue;
    queue = [];
    const outcomes: unknown[] = [];
    try {
      sqlite.transaction(() => {
        const cells = new Map<string, CellRow>();
        for (const pending of batch) {
          try {
            writeOne(pending.response);
            collectCells(cells, pending.response);
            outcomes.push(undefined);
          } catch (error) {
            // A full disk or an I/O error makes SQLite roll back the whole transaction, not just this savepoint:
            // the rest of the batch would then commit on its own, without its cells. Fail the batch instead.
            if (!sqlite.inTransaction) throw error;
            outcomes.push(error ?? new Error("write failed"));
          }
        }
        for (const cell of cells.values()) addToCell.run(cell);
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
