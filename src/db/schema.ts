import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { BACKGROUNDS, STAFF_ROLES } from "../domain/accounts.ts";
import { CAMPAIGN_STATUSES } from "../domain/campaigns.ts";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";
import { SETTINGS, STRUCTURE_KINDS } from "../domain/structures.ts";

/*
 * The whole data model. Column names are written once, in camelCase; drizzle's `casing: "snake_case"` maps
 * them to snake_case in SQL. Only staff data carries exact timestamps: anything written by a respondent
 * carries the day at most (see `responses`).
 */

export const structures = sqliteTable(
  "structures",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    kind: text({ enum: STRUCTURE_KINDS }).notNull(),
    /** INSEE département code: "01"…"95", "2A", "2B", "971"… */
    department: text().notNull(),
    /** INSEE region code, derived from the département ("84" for Auvergne-Rhône-Alpes). */
    region: text().notNull(),
    setting: text({ enum: SETTINGS }).notNull(),
    isDemo: integer({ mode: "boolean" }).notNull().default(false),
    createdAt: text().notNull(),
  },
  (t) => [index("structures_region_idx").on(t.region)],
);

export const questionnaires = sqliteTable("questionnaires", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  /** Slug of the questionnaire this one rewords (an easy-to-read FALC wording); answers to both pool together. */
  variantOf: text(),
  /** The research project that wrote it; null for the library's own questionnaires (surveys/). */
  projectId: integer().references((): AnySQLiteColumn => researchProjects.id),
  createdAt: text().notNull(),
});

/**
 * A published version is frozen: triggers in the migrations refuse any change to its definition, scoring,
 * hash, number or status, and its deletion.
 */
export const questionnaireVersions = sqliteTable(
  "questionnaire_versions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    questionnaireId: integer()
      .notNull()
      .references(() => questionnaires.id),
    version: integer().notNull(),
    status: text({ enum: ["draft", "published"] }).notNull(),
    /** JSON: { fr, en } */
    title: text().notNull(),
    /** JSON: { fr, en } */
    description: text().notNull(),
    /** JSON array of the respondent roles this version is written for. */
    roles: text().notNull(),
    /** JSON: the SurveyJS definition. */
    definition: text().notNull(),
    /** JSON: dimensions, items, reverse items, scale. */
    scoring: text().notNull(),
    /** SHA-256 of the canonical JSON of { definition, scoring }: the identity of a version's content. */
    contentHash: text().notNull(),
    sourceFile: text(),
    publishedAt: text(),
    createdAt: text().notNull(),
  },
  (t) => [
    uniqueIndex("questionnaire_versions_number_uq").on(t.questionnaireId, t.version),
    uniqueIndex("questionnaire_versions_hash_uq").on(t.questionnaireId, t.contentHash),
  ],
);

export const users = sqliteTable("users", {
  id: integer().primaryKey({ autoIncrement: true }),
  /** Stored lower-cased so that login is case-insensitive and unique. */
  email: text().notNull().unique(),
  passwordHash: text().notNull(),
  role: text({ enum: STAFF_ROLES }).notNull(),
  /** A coordinator's region (INSEE code). */
  region: text(),
  displayName: text(),
  /** A co-researcher's background (peer worker, researcher…), shown on their approvals. */
  background: text({ enum: BACKGROUNDS }),
  /**
   * Who vouched for `background`: an admin, or the coordinator of the account's region. Null while it is
   * only what the person or whoever proposed them declared: such a background counts in no approval.
   */
  backgroundAttestedBy: integer().references((): AnySQLiteColumn => users.id),
  backgroundAttestedAt: text(),
  isDemo: integer({ mode: "boolean" }).notNull().default(false),
  createdAt: text().notNull(),
  passwordChangedAt: text().notNull(),
});

export const userStructures = sqliteTable(
  "user_structures",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    structureId: integer()
      .notNull()
      .references(() => structures.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.structureId] })],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the session token: a stolen database does not yield usable cookies. */
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text().notNull(),
    expiresAt: text().notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Staff accounts are created only by invitation: a single-use, expiring link whose token is kept hashed.
 * The invited person chooses their own password when accepting.
 */
export const staffInvitations = sqliteTable(
  "staff_invitations",
  {
    tokenHash: text().primaryKey(),
    email: text().notNull(),
    role: text({ enum: STAFF_ROLES }).notNull(),
    region: text(),
    /** JSON array of structure ids the account will manage. */
    structureIds: text().notNull().default("[]"),
    background: text({ enum: BACKGROUNDS }),
    displayName: text(),
    /** The research project a co-researcher is proposed to: they join it on accepting. */
    projectId: integer().references((): AnySQLiteColumn => researchProjects.id),
    invitedBy: integer().references(() => users.id),
    expiresAt: text().notNull(),
    acceptedAt: text(),
    createdAt: text().notNull(),
  },
  (t) => [index("staff_invitations_email_idx").on(t.email)],
);

export const campaigns = sqliteTable(
  "campaigns",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Unguessable public code (≥ 100 bits of randomness): the campaign link. */
    code: text().notNull().unique(),
    structureId: integer()
      .notNull()
      .references(() => structures.id),
    versionId: integer()
      .notNull()
      .references(() => questionnaireVersions.id),
    role: text({ enum: RESPONDENT_ROLES }).notNull(),
    opensAt: text().notNull(),
    closesAt: text(),
    status: text({ enum: CAMPAIGN_STATUSES }).notNull().default("active"),
    requiresInvitation: integer({ mode: "boolean" }).notNull().default(false),
    isDemo: integer({ mode: "boolean" }).notNull().default(false),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
  },
  (t) => [index("campaigns_structure_idx").on(t.structureId)],
);

/**
 * Single-use respondent invitations. Only the hash is kept, and "used" is a bare flag: no time and no link
 * to the response it let in, so a used token cannot be tied back to an answer.
 */
export const invitationTokens = sqliteTable(
  "invitation_tokens",
  {
    tokenHash: text().primaryKey(),
    campaignId: integer()
      .notNull()
      .references(() => campaigns.id),
    used: integer({ mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("invitation_tokens_campaign_idx").on(t.campaignId)],
);

/**
 * One anonymous answer set. Holds no IP address, user agent, cookie or session, and no time finer than the
 * day; the id is random, and the table is WITHOUT ROWID (migration 0004), so nothing records the order of
 * arrival. The same holds for `response_scores`.
 */
export const responses = sqliteTable(
  "responses",
  {
    id: text().primaryKey(),
    campaignId: integer()
      .notNull()
      .references(() => campaigns.id),
    /** Denormalised from the campaign so that reports read one table. */
    structureId: integer()
      .notNull()
      .references(() => structures.id),
    versionId: integer()
      .notNull()
      .references(() => questionnaireVersions.id),
    role: text({ enum: RESPONDENT_ROLES }).notNull(),
    /** JSON: the answers, exactly as checked against the version. */
    answers: text().notNull(),
    locale: text({ enum: ["fr", "en"] }).notNull(),
    /** YYYY-MM-DD, the finest time kept. */
    submittedOn: text().notNull(),
    isDemo: integer({ mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("responses_structure_version_idx").on(t.structureId, t.versionId), index("responses_campaign_idx").on(t.campaignId)],
);

export const responseScores = sqliteTable(
  "response_scores",
  {
    responseId: text()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    dimension: text().notNull(),
    /** 0–100; null when too few of the dimension's items were answered to score it. */
    score: real(),
    answered: integer().notNull(),
    items: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.dimension] })],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer().references(() => users.id),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    /** JSON */
    details: text(),
    /** Region of the structure concerned, so that a coordinator reads the log of their region only. */
    region: text(),
    at: text()
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_region_idx").on(t.region)],
);

/**
 * The report aggregate, kept incrementally at submission in the same transaction as the response: one row
 * per version, structure, respondent role, calendar quarter and indicator, holding the sufficient statistics
 * (n, Σv, Σv²) of the indicator's values. Reports read these rows, never the responses themselves.
 */
export const indicatorCells = sqliteTable(
  "indicator_cells",
  {
    versionId: integer()
      .notNull()
      .references(() => questionnaireVersions.id),
    structureId: integer()
      .notNull()
      .references(() => structures.id),
    role: text({ enum: RESPONDENT_ROLES }).notNull(),
    /** Calendar quarter, e.g. "2026-Q2". */
    period: text().notNull(),
    indicatorId: text().notNull(),
    n: integer().notNull(),
    sum: real().notNull(),
    sumSquares: real().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.structureId, t.role, t.period, t.indicatorId] })],
);

/**
 * A report frozen as it was read, so that a label committee can cite exactly what it saw: the content, the
 * method version and the data cut-off. Snapshots are never changed (a trigger refuses it).
 */
export const reportSnapshots = sqliteTable(
  "report_snapshots",
  {
    id: text().primaryKey(),
    structureId: integer()
      .notNull()
      .references(() => structures.id),
    questionnaire: text().notNull(),
    methodVersion: text().notNull(),
    /** Last day of the data the report could hold (the end of the last completed quarter). */
    dataCutoff: text().notNull(),
    minCell: integer().notNull(),
    /** JSON: the report exactly as served. */
    content: text().notNull(),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
  },
  (t) => [index("report_snapshots_structure_idx").on(t.structureId)],
);

/**
 * Co-design. A research project gathers co-researchers (peer workers, researchers, professionals…) who write
 * questionnaires together: drafts change, published versions do not.
 */
export const researchProjects = sqliteTable("research_projects", {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  description: text().notNull(),
  /** JSON { fr, en } or null: the ethics and consent information shown to respondents of its questionnaires. */
  ethics: text(),
  createdBy: integer().references(() => users.id),
  createdAt: text().notNull(),
});

export const projectMembers = sqliteTable(
  "project_members",
  {
    projectId: integer()
      .notNull()
      .references(() => researchProjects.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedBy: integer().references(() => users.id),
    addedAt: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] })],
);

/**
 * A research project's request to take response-level data out: what for, who will read it, until when. A
 * member asks; an admin or a coordinator decides. The export reads only under an approved, unexpired request.
 */
export const dataUseRequests = sqliteTable(
  "data_use_requests",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    projectId: integer()
      .notNull()
      .references(() => researchProjects.id, { onDelete: "cascade" }),
    requestedBy: integer().references(() => users.id),
    purpose: text().notNull(),
    /** JSON array of the people who will read the data (names and affiliations, as written). */
    people: text().notNull(),
    /** YYYY-MM-DD: the data are deleted by then. */
    retainUntil: text().notNull(),
    /** Whether free-text answers are asked for (masked, and detached from the other answers). */
    freeText: integer({ mode: "boolean" }).notNull().default(false),
    status: text({ enum: ["pending", "approved", "refused"] })
      .notNull()
      .default("pending"),
    decidedBy: integer().references(() => users.id),
    decidedAt: text(),
    createdAt: text().notNull(),
  },
  (t) => [index("data_use_requests_project_idx").on(t.projectId)],
);

/**
 * A questionnaire being written: the only thing that changes. Every save makes a new revision (kept in
 * `draft_revisions`, so that concurrent edits can be merged against the revision each editor started from).
 * Publishing freezes the content as the next version of `slug`.
 */
export const drafts = sqliteTable(
  "drafts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    projectId: integer()
      .notNull()
      .references(() => researchProjects.id),
    /** The questionnaire the draft will be a version of (existing or new). */
    slug: text().notNull(),
    /** The published version it started from, if any. */
    baseVersionId: integer().references(() => questionnaireVersions.id),
    status: text({ enum: ["editing", "in_review", "published"] }).notNull(),
    revision: integer().notNull(),
    /** JSON DraftContent: title, description, roles, definition, scoring. */
    content: text().notNull(),
    /** JSON WordingDecision[]: whether results stay comparable across each wording change. */
    decisions: text().notNull().default("[]"),
    publishedVersionId: integer().references(() => questionnaireVersions.id),
    /** Who last submitted it for review: they cannot be the only approver of their side (approval-rule.ts). */
    submittedBy: integer().references(() => users.id),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    updatedBy: integer().references(() => users.id),
    updatedAt: text().notNull(),
  },
  (t) => [index("drafts_project_idx").on(t.projectId)],
);

export const draftRevisions = sqliteTable(
  "draft_revisions",
  {
    draftId: integer()
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    content: text().notNull(),
    decisions: text().notNull(),
    authorId: integer().references(() => users.id),
    createdAt: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.revision] })],
);

export const draftComments = sqliteTable(
  "draft_comments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    draftId: integer()
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    /** The thread this comment answers; null for a thread's first comment. */
    parentId: integer().references((): AnySQLiteColumn => draftComments.id),
    /** The question it is about; null for the whole draft. */
    question: text(),
    body: text().notNull(),
    /** Asks for an easy-to-read (FALC) review of the question. */
    falcReview: integer({ mode: "boolean" }).notNull().default(false),
    status: text({ enum: ["open", "resolved"] })
      .notNull()
      .default("open"),
    authorId: integer().references(() => users.id),
    createdAt: text().notNull(),
    resolvedBy: integer().references(() => users.id),
    resolvedAt: text(),
  },
  (t) => [index("draft_comments_draft_idx").on(t.draftId)],
);

/**
 * An approval counts only for the revision it was given on: any later edit leaves it in the history but
 * no longer counts. Approvals are never deleted, so a version's history shows who approved what.
 */
export const draftApprovals = sqliteTable(
  "draft_approvals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    draftId: integer()
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** The approver's background when they approved. */
    background: text({ enum: BACKGROUNDS }).notNull(),
    createdAt: text().notNull(),
  },
  (t) => [uniqueIndex("draft_approvals_uq").on(t.draftId, t.revision, t.userId)],
);

/** Answers given by the team while trying a draft: apart from `responses`, never counted, deleted at publication. */
export const pilotResponses = sqliteTable(
  "pilot_responses",
  {
    id: text().primaryKey(),
    draftId: integer()
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    answers: text().notNull(),
    submittedOn: text().notNull(),
  },
  (t) => [index("pilot_responses_draft_idx").on(t.draftId)],
);

/**
 * What the co-researchers recorded, at publication, about each wording change from the previous version:
 * whether results stay comparable. Benchmarks read it to decide which versions pool; a trigger freezes it.
 */
export const versionDecisions = sqliteTable(
  "version_decisions",
  {
    versionId: integer()
      .notNull()
      .references(() => questionnaireVersions.id),
    key: text().notNull(),
    comparable: integer({ mode: "boolean" }).notNull(),
    note: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.key] })],
);

/**
 * The release ledger. Figures are released, not computed on request: once per closed quarter and series of
 * comparable versions, one release step computes every figure of every view and writes it here, with its
 * method version and data cut-off. Every view reads these rows only. Neither table can be changed or deleted
 * (triggers): a figure once shown stays what it was.
 */
export const releases = sqliteTable(
  "releases",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The series: the questionnaire family's root slug and the first version of the comparable run, e.g. "experience-usagers@1". */
    series: text().notNull(),
    /** The closed quarter released, e.g. "2026-Q1". */
    quarter: text().notNull(),
    /** Last day of the data the release holds (the quarter's end). */
    cutoff: text().notNull(),
    methodVersion: text().notNull(),
    minCell: integer().notNull(),
    /** JSON: the versions pooled, [{ questionnaire, version }]. */
    versions: text().notNull(),
    /** The day the release was made. */
    releasedOn: text().notNull(),
  },
  (t) => [uniqueIndex("releases_series_quarter_idx").on(t.series, t.quarter)],
);

export const releasedFigures = sqliteTable(
  "released_figures",
  {
    releaseId: integer()
      .notNull()
      .references(() => releases.id),
    role: text({ enum: ["patient", "peer_worker", "professional", "institution"] }).notNull(),
    indicatorId: text().notNull(),
    /** Whose figure: `structure:<id>`, `group:<region>:<group>` or `national`. */
    scope: text().notNull(),
    /** JSON: the figure as views show it, or its suppression and reason. */
    figure: text().notNull(),
    /** JSON: what views derive from beyond the figure (a structure's released steps, a group's members). Never served as such. */
    detail: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.scope, t.role, t.indicatorId] })],
);

/**
 * The regional label. A structure's self-assessment is one of its responses (role `institution`); the manager
 * marks the submission that speaks for the structure, the latest mark winning. Marks are only ever added.
 */
export const labelFinalMarks = sqliteTable(
  "label_final_marks",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    structureId: integer()
      .notNull()
      .references(() => structures.id),
    responseId: text()
      .notNull()
      .references(() => responses.id),
    markedBy: integer().references(() => users.id),
    markedAt: text().notNull(),
  },
  (t) => [index("label_final_marks_structure_idx").on(t.structureId)],
);

/** A label profile frozen on a date, with the versions of its criteria and method and its data cut-off. Never changed. */
export const labelCertificates = sqliteTable(
  "label_certificates",
  {
    id: text().primaryKey(),
    structureId: integer()
      .notNull()
      .references(() => structures.id),
    criteriaVersion: integer().notNull(),
    criteriaHash: text().notNull(),
    methodVersion: text().notNull(),
    /** Last day of the released figures of the cross-check. */
    dataCutoff: text().notNull(),
    /** Day of the self-assessment the profile was read from. */
    assessedOn: text().notNull(),
    level: text().notNull(),
    /** JSON: the profile exactly as served. */
    content: text().notNull(),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
  },
  (t) => [index("label_certificates_structure_idx").on(t.structureId)],
);

/**
 * Respondents' own histories, encrypted in their browsers under a key derived from a personal code that only
 * they hold. A row is the opaque blob, the look-up key derived (differently) from the same code, and the day
 * it was last stored — to delete histories nobody has used for `journeyRetentionDays`. No reference to any
 * other table, no time of day, nothing written in the same request as a response.
 */
export const journeys = sqliteTable("journeys", {
  lookupKey: text().primaryKey(),
  sealed: blob({ mode: "buffer" }).notNull(),
  storedOn: text().notNull(),
});
