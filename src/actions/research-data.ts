import { randomInt } from "node:crypto";
import type { UserRecord } from "../domain/accounts.ts";
import { maskForRelease } from "../domain/anonymity/mask-names-addresses.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { DomainError } from "../domain/domain-error.ts";
import { codebook, type Codebook } from "../domain/export/codebook.ts";
import { COMMENT_COLUMNS, commentRows } from "../domain/export/comment-rows.ts";
import { toCsv, type CsvSeparator } from "../domain/export/csv.ts";
import { microdataRow } from "../domain/export/microdata-columns.ts";
import { usable, type DataUseRequest } from "../domain/release/data-use.ts";
import { protectMicrodata, type MicrodataRecord, type MicrodataVariables } from "../domain/release/microdata-disclosure.ts";
import { releaseComments } from "../domain/release/released-comments.ts";
import type { ActionContext } from "./context.ts";
import { CSV_TYPE, fileSlug, type ExportFile } from "./exports.ts";
import { memberIdsOf, projectOfMember } from "./projects.ts";
import { permit } from "./permit.ts";

/**
 * Response-level data for a research project: asked for by a member (purpose, people, retention), decided by
 * an admin or a coordinator, each step audited with its change in one transaction; then taken out by the
 * project's members under disclosure control (microdata-disclosure.ts), each export audited (never its content).
 */

type Ctx = Pick<ActionContext, "store" | "clock" | "config">;

export interface DataUseInput {
  purpose: string;
  people: string[];
  retainUntil: string;
  freeText: boolean;
}

export async function requestDataUse({ store, clock }: Ctx, user: UserRecord, projectId: number, input: DataUseInput) {
  const now = clock();
  return store.transaction(async (tx) => {
    const project = await projectOfMember(tx, user, projectId);
    permit(user, { action: "microdata.export", project: memberIdsOf(project) });
    const request = await tx.dataUse.create({ projectId, requestedBy: user.id, ...input }, now);
    await tx.audit.record(
      {
        userId: user.id,
        action: "data_use.request",
        targetType: "project",
        targetId: projectId,
        details: { request: request.id, ...input },
      },
      now,
    );
    return request;
  });
}

/** A project's requests: for its members, and for those who decide on them. */
export async function listDataUse({ store }: Ctx, user: UserRecord, projectId: number) {
  const project = await store.projects.get(projectId);
  if (!project) throw new DomainError("project_not_found");
  if (!project.members.some((m) => m.id === user.id)) permit(user, { action: "data_use.decide" });
  return store.dataUse.list(projectId);
}

/** An admin or a coordinator approves or refuses a pending request; no one decides on their own request. */
export async function decideDataUse({ store, clock }: Ctx, user: UserRecord, projectId: number, requestId: number, approve: boolean) {
  permit(user, { action: "data_use.decide" });
  const now = clock();
  return store.transaction(async (tx) => {
    const request = await tx.dataUse.get(requestId);
    if (!request || request.projectId !== projectId) throw new DomainError("data_use_request_not_found");
    if (request.requestedBy === user.id) throw new DomainError("forbidden");
    const status = approve ? "approved" : "refused";
    if (!(await tx.dataUse.decide(requestId, { status, decidedBy: user.id }, now))) throw new DomainError("data_use_decided");
    await tx.audit.record(
      {
        userId: user.id,
        action: `data_use.${approve ? "approve" : "refuse"}`,
        targetType: "project",
        targetId: projectId,
        details: { request: requestId },
      },
      now,
    );
    return (await tx.dataUse.get(requestId))!;
  });
}

export interface MicrodataQuery {
  format: "csv";
  separator: CsvSeparator;
  part: "responses" | "comments" | "disclosure";
  request?: number | undefined;
  questionnaire?: string | undefined;
  version?: number | undefined;
}

/** Names of categorical questions that describe the person rather than their experience: ages and durations. */
const IDENTIFYING_NAME = /(^|_)(age|ages|duration|duree|anciennete|seniority)(_|$)/;

function variablesOf(book: Codebook): MicrodataVariables & { text: string[] } {
  const text = book.variables.filter((v) => v.type === "text").map((v) => v.name);
  const all = book.variables.filter((v) => v.type !== "text").map((v) => v.name);
  const banded = book.variables.filter((v) => v.type === "integer" || v.type === "number").map((v) => v.name);
  const identifying = book.variables.filter((v) => v.type === "categorical" && IDENTIFYING_NAME.test(v.question)).map((v) => v.name);
  const sensitive = book.variables
    .filter((v) => v.dimension === null && v.type !== "text" && !banded.includes(v.name) && !identifying.includes(v.name))
    .map((v) => v.name);
  return { all, banded, identifying, sensitive, text };
}

/**
 * A project's responses to one of its questionnaire versions (default: the newest), for its members, under an
 * approved request in force: the rows (`responses`), the free text apart (`comments`, if the request asked for
 * it), or what disclosure control did (`disclosure`, JSON).
 */
export async function exportProjectResponses(
  { store, clock, config }: Ctx,
  user: UserRecord,
  projectId: number,
  query: MicrodataQuery,
): Promise<ExportFile> {
  const project = await store.projects.get(projectId);
  if (!project) throw new DomainError("project_not_found");
  permit(user, { action: "microdata.export", project: memberIdsOf(project) });
  const today = dayOf(clock());
  const request = await requestInForce(store, projectId, query.request, today);

  const versions = await store.dataUse.projectVersions(projectId);
  const chosen = versions.find(
    (v) => (!query.questionnaire || v.slug === query.questionnaire) && (!query.version || v.version === query.version),
  );
  if (!chosen) throw new DomainError("version_not_found");
  const record = (await store.questionnaires.getVersionById(chosen.id))!;
  const book = codebook(record);
  const variables = variablesOf(book);
  const structures = new Map((await store.structures.list()).map((s) => [s.id, s]));
  const responses = await store.dataUse.responsesOf(chosen.id);
  const name = `reperes-projet-${projectId}-${fileSlug(chosen.slug)}-v${chosen.version}`;

  let file: ExportFile;
  let details: Record<string, unknown>;
  if (query.part === "comments") {
    if (!request.freeText) throw new DomainError("free_text_not_requested");
    const questions = book.variables.filter((v) => v.type === "text");
    const out = questions.flatMap((q) =>
      [...new Set(responses.map((r) => r.role))].map((role) =>
        releaseComments(
          { role, question: q.name, label: q.label },
          [
            {
              cutoff: today,
              texts: responses
                .filter(
                  (r) => r.role === role && typeof r.answers[q.question] === "string" && (r.answers[q.question] as string).trim() !== "",
                )
                .map((r) => r.answers[q.question] as string),
            },
          ],
          { minCell: config.minCell, mask: maskForRelease, pick: randomInt },
        ),
      ),
    );
    // The release's day means nothing here: the comments are the project's, as of the export.
    const rows = commentRows(out).map((row) => row.map((v, i) => (COMMENT_COLUMNS[i] === "cutoff" ? null : v)));
    file = { body: toCsv(COMMENT_COLUMNS, rows, query.separator), contentType: CSV_TYPE, filename: `${name}-comments.csv` };
    details = { part: "comments" };
  } else {
    const records: MicrodataRecord[] = responses.map((r) => {
      const s = structures.get(r.structureId)!;
      const cells = microdataRow(book, r.answers);
      const values = Object.fromEntries(
        book.variables.map((v, i) => [v.name, cells[i]]).filter(([n]) => !variables.text.includes(n as string)),
      );
      return { role: r.role, kind: s.kind, department: s.department, region: s.region, day: r.submittedOn, values };
    });
    const protectedData = protectMicrodata(records, variables, config.minCell);
    const report = {
      ...protectedData.report,
      request: request.id,
      questionnaire: chosen.slug,
      version: chosen.version,
      freeText: request.freeText ? "apart" : "left_out",
    };
    if (query.part === "disclosure")
      file = { body: JSON.stringify(report, null, 2), contentType: "application/json; charset=utf-8", filename: `${name}-disclosure.json` };
    else
      file = {
        body: toCsv(protectedData.header, protectedData.rows, query.separator),
        contentType: CSV_TYPE,
        filename: `${name}-microdata.csv`,
      };
    details = { part: query.part, rows: report.rows, suppressedRows: report.suppressedRows };
  }
  await store.audit.record(
    {
      userId: user.id,
      action: "project.responses.export",
      targetType: "project",
      targetId: projectId,
      details: { request: request.id, questionnaire: chosen.slug, version: chosen.version, ...details },
    },
    clock(),
  );
  return file;
}

async function requestInForce(store: Ctx["store"], projectId: number, id: number | undefined, today: string): Promise<DataUseRequest> {
  if (id !== undefined) {
    const request = await store.dataUse.get(id);
    if (!request || request.projectId !== projectId) throw new DomainError("data_use_request_not_found");
    if (!usable(request, today)) throw new DomainError("data_use_not_approved");
    return request;
  }
  const request = (await store.dataUse.list(projectId)).find((r) => usable(r, today));
  if (!request) throw new DomainError("data_use_not_approved");
  return request;
}
