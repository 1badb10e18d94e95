import { createAccountsStore, type AccountsStore } from "./accounts-store.ts";
import { createAuditStore, type AuditStore } from "./audit-store.ts";
import { createCampaignsStore, type CampaignsStore } from "./campaigns-store.ts";
import { createDataUseStore, type DataUseStore } from "./data-use-store.ts";
import { createDraftApprovalsStore, type DraftApprovalsStore } from "./draft-approvals-store.ts";
import { createDraftCommentsStore, type DraftCommentsStore } from "./draft-comments-store.ts";
import { createDraftsStore, type DraftsStore } from "./drafts-store.ts";
import { createLabelStore, type LabelStore } from "./label-store.ts";
import { createJourneysStore, type JourneysStore } from "./journeys-store.ts";
import { createLedgerStore, type LedgerStore } from "./ledger-store.ts";
import { openDatabase, type Db } from "./open-database.ts";
import { createPilotResponsesStore, type PilotResponsesStore } from "./pilot-responses-store.ts";
import { createProjectsStore, type ProjectsStore } from "./projects-store.ts";
import { createQuestionnairesStore, type QuestionnairesStore } from "./questionnaires-store.ts";
import { createReportsStore, type ReportsStore } from "./reports-store.ts";
import { createResponsesStore, type ResponsesStore, type ResponsesStoreOptions } from "./responses-store.ts";
import { createStructureDataStore, type StructureDataStore } from "./structure-data-store.ts";
import { createStructuresStore, type StructuresStore } from "./structures-store.ts";
import { createTransactionGate, gated } from "./transaction-gate.ts";
import { retryUntil, STORAGE_WAIT_MS, truncateWal } from "./wal-truncation.ts";

/**
 * Everything the app may ask of the database, as plain async functions. Actions and routes see only this
 * interface: another backend (PostgreSQL) implements it without touching them.
 */
export interface Store {
  structures: StructuresStore;
  questionnaires: QuestionnairesStore;
  campaigns: CampaignsStore;
  responses: ResponsesStore;
  accounts: AccountsStore;
  audit: AuditStore;
  reports: ReportsStore;
  projects: ProjectsStore;
  drafts: DraftsStore;
  ledger: LedgerStore;
  label: LabelStore;
  draftComments: DraftCommentsStore;
  draftApprovals: DraftApprovalsStore;
  pilotResponses: PilotResponsesStore;
  structureData: StructureDataStore;
  dataUse: DataUseStore;
  /** Respondents' encrypted histories: written alone, never in a transaction with anything else. */
  journeys: JourneysStore;
  /**
   * Runs `fn` in one transaction: what it writes through `tx` commits together, or nothing does if it throws
   * — an action's change and its audit entry. `fn` does no slow work (password hashing, network, caches that
   * may read the store): that is done before. SQLite's implementation refuses a callback still waiting when
   * the event loop turns (transaction-gate.ts); PostgreSQL's would run `fn` on one client of its pool.
   * @example
   * await store.transaction(async (tx) => {
   *   const campaign = await tx.campaigns.create(input, now);
   *   await tx.audit.record({ userId, action: "campaign.create", targetId: campaign.code }, now);
   * });
   */
  transaction<T>(fn: (tx: TransactionStore) => Promise<T>): Promise<T>;
  /**
   * Empties the write-ahead log into the main file and truncates it, waiting (on a timer, as long as a
   * response batch may) for readers that hold an older snapshot: after a deletion, the zeroed pages then
   * replace the old ones on disk. Resolves false if readers kept it from completing.
   */
  truncateWal(): Promise<boolean>;
  ping(): Promise<boolean>;
  close(): void;
}

/**
 * The store inside a transaction. Responses are not part of it: their group commit acknowledges each one on a
 * later turn of the event loop, once the shared commit is on disk, and respondents' answers are never audited.
 */
export type TransactionStore = Omit<Store, "transaction" | "truncateWal" | "ping" | "close" | "responses" | "journeys">;

/**
 * @example
 * const store = createSqliteStore(":memory:"); // migrated and ready
 */
export function createSqliteStore(path: string, options: ResponsesStoreOptions = {}): Store & { db: Db } {
  const db = openDatabase(path);
  const gate = createTransactionGate(db.$client);
  const parts = {
    structures: createStructuresStore(db),
    questionnaires: createQuestionnairesStore(db),
    campaigns: createCampaignsStore(db),
    responses: createResponsesStore(db, options),
    accounts: createAccountsStore(db),
    audit: createAuditStore(db),
    reports: createReportsStore(db),
    projects: createProjectsStore(db),
    drafts: createDraftsStore(db),
    ledger: createLedgerStore(db),
    label: createLabelStore(db),
    draftComments: createDraftCommentsStore(db),
    draftApprovals: createDraftApprovalsStore(db),
    pilotResponses: createPilotResponsesStore(db),
    structureData: createStructureDataStore(db),
    dataUse: createDataUseStore(db),
    journeys: createJourneysStore(db, options.storageWaitMs),
  };
  /** Every part, its calls run through `run`: outside any transaction, or as part of one. */
  const through = (run: <R>(call: () => Promise<R>) => Promise<R>) =>
    Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, gated(part, run)])) as typeof parts;
  return {
    db,
    ...through(gate.outside),
    transaction(fn) {
      return gate.run((token) => {
        const { responses, journeys, ...tx } = through((call) => gate.inside(token, call));
        return fn(tx);
      });
    },
    truncateWal() {
      const sqlite = db.$client;
      return gate.outside(() => retryUntil(sqlite, () => truncateWal(sqlite), Date.now() + (options.storageWaitMs ?? STORAGE_WAIT_MS)));
    },
    ping() {
      return gate.outside(async () => db.$client.prepare("SELECT 1 AS ok").get() !== undefined);
    },
    close() {
      // Everything in the WAL goes into the database file, and the WAL is emptied: a stopped instance is one file.
      if (db.$client.open) db.$client.pragma("wal_checkpoint(TRUNCATE)");
      db.$client.close();
    },
  };
}
