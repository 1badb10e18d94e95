import { createAccountsStore, type AccountsStore } from "./accounts-store.ts";
import { createAuditStore, type AuditStore } from "./audit-store.ts";
import { createCampaignsStore, type CampaignsStore } from "./campaigns-store.ts";
import { createDraftApprovalsStore, type DraftApprovalsStore } from "./draft-approvals-store.ts";
import { createDraftCommentsStore, type DraftCommentsStore } from "./draft-comments-store.ts";
import { createDraftsStore, type DraftsStore } from "./drafts-store.ts";
import { openDatabase, type Db } from "./open-database.ts";
import { createPilotResponsesStore, type PilotResponsesStore } from "./pilot-responses-store.ts";
import { createProjectsStore, type ProjectsStore } from "./projects-store.ts";
import { createQuestionnairesStore, type QuestionnairesStore } from "./questionnaires-store.ts";
import { createReportsStore, type ReportsStore } from "./reports-store.ts";
import { createResponsesStore, type ResponsesStore } from "./responses-store.ts";
import { createStructuresStore, type StructuresStore } from "./structures-store.ts";

/**
 * Everything the routes may ask of the database, as plain async functions. Routes and domain code see only
 * this interface: another backend (PostgreSQL) implements it without touching them.
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
  draftComments: DraftCommentsStore;
  draftApprovals: DraftApprovalsStore;
  pilotResponses: PilotResponsesStore;
  ping(): Promise<boolean>;
  close(): void;
}

/**
 * @example
 * const store = createSqliteStore(":memory:"); // migrated and ready
 */
export function createSqliteStore(path: string): Store & { db: Db } {
  const db = openDatabase(path);
  return {
    db,
    structures: createStructuresStore(db),
    questionnaires: createQuestionnairesStore(db),
    campaigns: createCampaignsStore(db),
    responses: createResponsesStore(db),
    accounts: createAccountsStore(db),
    audit: createAuditStore(db),
    reports: createReportsStore(db),
    projects: createProjectsStore(db),
    drafts: createDraftsStore(db),
    draftComments: createDraftCommentsStore(db),
    draftApprovals: createDraftApprovalsStore(db),
    pilotResponses: createPilotResponsesStore(db),
    async ping() {
      return db.$client.prepare("SELECT 1 AS ok").get() !== undefined;
    },
    close() {
      db.$client.close();
    },
  };
}
