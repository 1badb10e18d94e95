import { api } from "../../shared/api-client.ts";
import type { DraftContent, WordingDecision } from "@web/shared/domain.ts";
import { inPageLanguage, unwrap as call } from "../api-call.ts";

/** The co-design calls (projects, drafts, versions); their types are the API's, inferred through the typed client. */

export function listProjects() {
  return call(api.projects.$get({}, inPageLanguage())).then((b) => b.projects);
}
export function createProject(json: Parameters<typeof api.projects.$post>[0]["json"]) {
  return call(api.projects.$post({ json }, inPageLanguage()));
}
export function loadProject(id: number) {
  return call(api.projects[":id"].$get({ param: { id: String(id) } }, inPageLanguage()));
}
export type Project = Awaited<ReturnType<typeof loadProject>>;
export type ProjectMember = Project["members"][number];
export type DraftSummary = Project["drafts"][number];

export function listDataRequests(projectId: number) {
  return call(api.projects[":id"]["data-requests"].$get({ param: { id: String(projectId) } }, inPageLanguage())).then((b) => b.requests);
}
export type DataRequest = Awaited<ReturnType<typeof listDataRequests>>[number];
export function requestData(projectId: number, json: { purpose: string; people: string[]; retainUntil: string; freeText: boolean }) {
  return call(api.projects[":id"]["data-requests"].$post({ param: { id: String(projectId) }, json }, inPageLanguage()));
}

export function addMember(projectId: number, userId: number) {
  return call(api.projects[":id"].members.$post({ param: { id: String(projectId) }, json: { userId } }, inPageLanguage()));
}
export function listCoResearchers() {
  return call(api["co-researchers"].$get({}, inPageLanguage())).then((b) => b.coResearchers);
}
export type CoResearcher = Awaited<ReturnType<typeof listCoResearchers>>[number];

export function inviteCoResearcher(json: { email: string; background: CoResearcherBackground; displayName?: string }) {
  return call(api.accounts.invitations.$post({ json: { ...json, role: "co_researcher" } }, inPageLanguage()));
}
export type CoResearcherBackground = NonNullable<Parameters<typeof api.accounts.invitations.$post>[0]["json"]["background"]>;

export function createDraft(projectId: number, json: Parameters<(typeof api.projects)[":id"]["drafts"]["$post"]>[0]["json"]) {
  return call(api.projects[":id"].drafts.$post({ param: { id: String(projectId) }, json }, inPageLanguage()));
}

export function loadDraft(id: number) {
  return call(api.drafts[":id"].$get({ param: { id: String(id) } }, inPageLanguage()));
}
export type Draft = Awaited<ReturnType<typeof loadDraft>>;
export type DraftComment = Draft["comments"][number];
export type Approvals = Draft["approvals"];
export type Change = Draft["changes"][number];
export type Problem = Draft["problems"][number];

/** The draft's content as the editor knows it (the JSON the API sends is that very object). */
export function contentOf(draft: Pick<Draft, "content">): DraftContent {
  return draft.content as unknown as DraftContent;
}

/** The draft's current revision and status only: what an open editor asks every few seconds. */
export function loadRevision(id: number) {
  return call(api.drafts[":id"].revision.$get({ param: { id: String(id) } }, inPageLanguage()));
}
export type ServerRevision = Awaited<ReturnType<typeof loadRevision>>;

export function saveDraft(id: number, revision: number, content: DraftContent, decisions?: WordingDecision[]) {
  const { definition, scoring, title, description, roles } = content;
  const json = { definition, scoring, title, description, roles, revision, ...(decisions ? { decisions } : {}) };
  return call(api.drafts[":id"].$put({ param: { id: String(id) }, json }, inPageLanguage())).then((saved) => ({
    revision: saved.revision,
    merged: saved.merged,
    content: "content" in saved && saved.content ? (saved.content as unknown as DraftContent) : undefined,
    mergedWith: "mergedWith" in saved && saved.mergedWith ? saved.mergedWith : [],
    problems: saved.problems,
  }));
}

export function addComment(draftId: number, json: { body: string; question?: string; falcReview?: boolean; parentId?: number }) {
  return call(api.drafts[":id"].comments.$post({ param: { id: String(draftId) }, json }, inPageLanguage()));
}
export function setCommentStatus(draftId: number, commentId: number, status: "open" | "resolved") {
  const param = { id: String(draftId), commentId: String(commentId) };
  return call(api.drafts[":id"].comments[":commentId"].$patch({ param, json: { status } }, inPageLanguage()));
}

export function submitDraft(id: number) {
  return call(api.drafts[":id"].submit.$post({ param: { id: String(id) } }, inPageLanguage()));
}
export function approveDraft(id: number, revision: number) {
  return call(api.drafts[":id"].approvals.$post({ param: { id: String(id) }, json: { revision } }, inPageLanguage()));
}
/** What publishing would do now, and the comment threads still open. */
export function previewPublication(id: number) {
  return call(api.drafts[":id"].publication.$get({ param: { id: String(id) } }, inPageLanguage()));
}
export type Publication = Awaited<ReturnType<typeof previewPublication>>;

/** `confirmation`: the key of the effect read; `leftOpen`: the open threads left open, each with its reason. */
export function publishDraft(id: number, revision: number, confirmation?: string, leftOpen: { commentId: number; reason: string }[] = []) {
  const json = { revision, leftOpen, ...(confirmation ? { confirmation } : {}) };
  return call(api.drafts[":id"].publish.$post({ param: { id: String(id) }, json }, inPageLanguage()));
}

/** Admins and coordinators: co-researchers whose background awaits their attestation. */
export function listPendingAttestations() {
  return call(api.accounts.attestations.$get({}, inPageLanguage())).then((b) => b.pending);
}
export type PendingAttestation = Awaited<ReturnType<typeof listPendingAttestations>>[number];
export function attestBackground(userId: number, background: CoResearcherBackground) {
  return call(api.accounts[":id"].background.$put({ param: { id: String(userId) }, json: { background } }, inPageLanguage()));
}
export function sendPilot(id: number, answers: Record<string, unknown>) {
  return call(api.drafts[":id"].pilot.$post({ param: { id: String(id) }, json: { answers } }, inPageLanguage()));
}

export function listQuestionnaires() {
  return call(api.questionnaires.$get({}, inPageLanguage())).then((b) => b.questionnaires);
}
export type LibraryQuestionnaire = Awaited<ReturnType<typeof listQuestionnaires>>[number];

export function loadQuestionnaire(slug: string) {
  return call(api.questionnaires[":slug"].$get({ param: { slug } }, inPageLanguage()));
}
export function loadDiff(slug: string, from: number, to: number) {
  return call(api.questionnaires[":slug"].diff.$get({ param: { slug }, query: { from: String(from), to: String(to) } }, inPageLanguage()));
}
export type VersionDiff = Awaited<ReturnType<typeof loadDiff>>;

/** A published version as respondents get it: its texts, questions and scoring. */
export function loadVersion(slug: string, version: number) {
  return call(api.questionnaires[":slug"].versions[":version"].$get({ param: { slug, version: String(version) } }, inPageLanguage()));
}

export function loadVersionHistory(slug: string, version: number) {
  return call(
    api.questionnaires[":slug"].versions[":version"].history.$get({ param: { slug, version: String(version) } }, inPageLanguage()),
  );
}
export type VersionHistory = Awaited<ReturnType<typeof loadVersionHistory>>;
export function updateProject(id: number, json: Parameters<(typeof api.projects)[":id"]["$patch"]>[0]["json"]) {
  return call(api.projects[":id"].$patch({ param: { id: String(id) }, json }, inPageLanguage()));
}
