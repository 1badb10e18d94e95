import { randomInt } from "node:crypto";
import type { Db } from "./open-database.ts";
import { retryUntil, STORAGE_WAIT_MS, truncateWal } from "./wal-truncation.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { NewResponse } from "../domain/responses.ts";

export interface ResponsesStore {
  /**
   * Stores a response and its dimension scores, after consuming its invitation (if any) in an earlier commit
   * (see below). Resolves only once the response is durable on disk. Rejects with a DomainError:
   * `invitation_used`, `invitation_required` for a token the campaign never issued, or `storage_busy` when the
   * database could not be written without leaving a trace in time.
   */
  submit(response: NewResponse): Promise<void>;
  countByCampaign(campaignId: number): Promise<number>;
}

interface Pending {
  response: NewResponse;
  resolve: () => void;
  reject: (error: unknown) => void;
  /** Set once its invitation is flagged used: what to give back if its response is not stored after all. */
  tokenUsed?: boolean;
  /** Set when refused: by its invitation, by its own insert, or with its whole batch. */
  error?: unknown;
}

export interface ResponsesStoreOptions {
  /**
   * How long a batch may wait for the write-ahead log to be emptied (another process holding a read
   * transaction keeps it from being truncated) before it is refused with `storage_busy`. 30 s by default.
   */
  storageWaitMs?: number;
}

/**
 * Group commit, written so that the files on disk never tie an invitation to the response it let in, nor
 * order responses in time.
 *
 * - Group commit: with `synchronous = FULL` every commit costs an fsync, which caps autocommit inserts at a
 *   few thousand per second. Submissions that arrive while a batch is being written are queued and written
 *   together as the next batch; each is acknowledged only once its batch is durable.
 * - Two commits per batch, never in the write-ahead log together. In one transaction, a response and the
 *   flag of the invitation it used would be one commit of the WAL: replaying the WAL commit by commit (a
 *   copy of the files is enough) pairs them, and gives the order of arrival besides. So a batch first flags
 *   its invitations used (refusing reused and unknown ones) in a commit of its own; the WAL is then emptied
 *   into the main file and truncated (wal-truncation.ts); only then are the accepted responses stored, in a
 *   second commit, in shuffled order with their report cells summed, and the WAL truncated again. Before
 *   the first commit the WAL is emptied too. A copy of the files taken at any moment thus holds at most one
 *   commit in its WAL — tokens alone, or responses alone — and the main file, where rows are kept in the
 *   order of their keys (random ids, hashes), not of their arrival. `secure_delete` (open-database.ts)
 *   zeroes what rows leave behind.
 * - The WAL cannot be emptied while another process reads an older snapshot (a backup): the batch waits on
 *   a timer, never blocking the event loop, for up to `storageWaitMs`. Responses are never written into a WAL
 *   that still holds the batch's token commit: past the wait, the batch is refused (`storage_busy`, 503) and
 *   its invitations given back. Once stored, responses are acknowledged after the final truncation, or
 *   after the wait if the WAL still could not be emptied: they are durable, and the next batch waits for the
 *   WAL to be empty before it writes anything.
 * - The cost: a crash between the two commits leaves invitations used whose responses were never stored
 *   (nor acknowledged: their respondents saw an error). Used invitations minus responses, per campaign,
 *   counts them.
 */
export function createResponsesStore(db: Db, { storageWaitMs = STORAGE_WAIT_MS }: ResponsesStoreOptions = {}): ResponsesStore {
  const sqlite = db.$client;
  const findToken = sqlite.prepare<[string, number], { used: number }>(
    "SELECT used FROM invitation_tokens WHERE token_hash = ? AND campaign_id = ?",
  );
  const useToken = sqlite.prepare<[string]>("UPDATE invitation_tokens SET used = 1 WHERE token_hash = ? AND used = 0");
  const giveBackToken = sqlite.prepare<[string]>("UPDATE invitation_tokens SET used = 0 WHERE token_hash = ?");
  const insertResponse = sqlite.prepare(
    `INSERT INTO responses (id, campaign_id, structure_id, version_id, role, answers, locale, submitted_on, is_demo)
     VALUES (@id, @campaignId, @structureId, @versionId, @role, @answers, @locale, @submittedOn, @isDemo)`,
  );
  // All of a response's dimension scores in one statement (a JSON array unpacked by SQLite).
  const insertScores = sqlite.prepare<[string, string]>(
    `INSERT INTO response_scores (response_id, dimension, score, answered, items)
     SELECT ?, value ->> 'dimension', value ->> 'score', value ->> 'answered', value ->> 'items' FROM json_each(?)`,
  );
  // The report aggregate grows in the same transaction as the responses: reports never lag, never recount.
  const addToCell = sqlite.prepare(
    `INSERT INTO indicator_cells (version_id, structure_id, role, period, indicator_id, n, sum, sum_squares)
     VALUES (@versionId, @structureId, @role, @period, @indicatorId, @n, @sum, @sumSquares)
     ON CONFLICT DO UPDATE SET n = n + excluded.n, sum = sum + excluded.sum, sum_squares = sum_squares + excluded.sum_squares`,
  );
  const countByCampaign = sqlite.prepare<[number], { n: number }>("SELECT count(*) AS n FROM responses WHERE campaign_id = ?");

  /** A submission's invitation, flagged used; refused if the campaign never issued it or it already served. */
  const useInvitation = (r: NewResponse) => {
    if (r.invitationHash === undefined) return;
    const token = findToken.get(r.invitationHash, r.campaignId);
    if (!token) throw new DomainError("invitation_required");
    if (token.used || useToken.run(r.invitationHash).changes === 0) throw new DomainError("invitation_used");
  };

  /** One response and its scores, in a savepoint of the batch's transaction: a failure takes only its own rows. */
  const insertOne = sqlite.transaction((r: NewResponse) => {
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
      } else
        into.set(key, {
          versionId: r.versionId,
          structureId: r.structureId,
          role: r.role,
          ...cell,
        });
    }
  };

  /** First commit: the batch's invitations, flagged used. A refused one refuses its submission only. */
  const writeInvitations = sqlite.transaction((batch: Pending[]) => {
    for (const pending of batch) {
      if (pending.response.invitationHash === undefined) continue;
      try {
        useInvitation(pending.response);
        pending.tokenUsed = true;
      } catch (error) {
        // A full disk or an I/O error makes SQLite roll back the whole transaction, not just this savepoint: the
        // rest of the batch would then commit on its own, one statement at a time. Fail the whole commit instead.
        if (!sqlite.inTransaction) throw error;
        pending.error = error;
      }
    }
  });

  /** Second commit: the accepted responses, in random order, and the report cells they add to. */
  const writeResponses = sqlite.transaction((accepted: Pending[]) => {
    const cells = new Map<string, CellRow>();
    for (const pending of shuffled(accepted)) {
      try {
        insertOne(pending.response);
        collectCells(cells, pending.response);
      } catch (error) {
        // A full disk or an I/O error makes SQLite roll back the whole transaction, not just this savepoint: the
        // rest of the batch would then commit on its own, one statement at a time. Fail the whole commit instead.
        if (!sqlite.inTransaction) throw error;
        pending.error = error ?? new Error("write failed");
      }
    }
    for (const cell of cells.values()) addToCell.run(cell);
  });

  /** The invitations of submissions that were refused after all, usable again (their responses are not stored). */
  const giveBack = sqlite.transaction((refused: Pending[]) => {
    for (const pending of refused) if (pending.tokenUsed) giveBackToken.run(pending.response.invitationHash!);
  });

  const refuseAll = (batch: Pending[], error: unknown) => {
    for (const pending of batch) pending.error ??= error;
  };

  /** Writes a batch as the two commits described above; sets `error` on every submission it refuses. */
  const writeBatch = async (batch: Pending[]) => {
    const deadline = Date.now() + storageWaitMs;
    const busy = new DomainError("storage_busy");
    /** A commit made once the WAL is empty, retried until the deadline; false if the WAL never emptied. */
    const written = (write: () => void) => retryUntil(sqlite, () => truncateWal(sqlite) && (write(), true), deadline);
    try {
      const invited = batch.some((p) => p.response.invitationHash !== undefined);
      if (invited && !(await written(() => writeInvitations(batch)))) return refuseAll(batch, busy);
      const accepted = batch.filter((p) => p.error === undefined);
      if (accepted.length > 0 && !(await written(() => writeResponses(accepted)))) refuseAll(batch, busy);
    } catch (error) {
      // A commit failed (disk full, I/O error): that commit wrote nothing, so its submissions are all refused.
      refuseAll(batch, error);
    }
    const refused = batch.filter((p) => p.error !== undefined && p.tokenUsed);
    if (refused.length > 0) {
      try {
        await retryUntil(sqlite, () => (giveBack(refused), true), Date.now() + storageWaitMs);
      } catch {
        // Left used: counted as used invitations without a response, like a crash between the two commits.
      }
    }
    try {
      await retryUntil(sqlite, () => truncateWal(sqlite), deadline);
    } catch {
      // The responses are durable in the WAL; the next batch empties it before writing anything.
    }
  };

  let queue: Pending[] = [];
  let writing = false;

  /** Writes batch after batch while submissions keep arriving; those arriving meanwhile form the next batch. */
  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      // writeBatch settles every submission it refuses; a throw here would be a fault of its own.
      await writeBatch(batch).catch((error: unknown) => refuseAll(batch, error));
      for (const pending of batch) {
        if (pending.error === undefined) pending.resolve();
        else pending.reject(pending.error);
      }
    }
    writing = false;
  };

  return {
    submit(response) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ response, resolve, reject });
        if (!writing) {
          writing = true;
          // At the next turn of the loop, so that the submissions of this turn share the batch.
          setImmediate(() => void drain());
        }
      });
    },
    async countByCampaign(campaignId) {
      return countByCampaign.get(campaignId)?.n ?? 0;
    },
  };
}

/** A Fisher–Yates shuffle with a cryptographic source: the order of a batch says nothing of arrival. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
