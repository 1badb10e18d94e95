import { api } from "../../shared/api-client.ts";
import { unwrap } from "../api-call.ts";

/** The report calls of the dashboard; their types are the API's, inferred through the typed client. */

export type ReportQuery = { questionnaire: string; role?: RespondentRole; period: "quarter" | "year" };

export function loadReport(structureId: number, query: ReportQuery) {
  return unwrap(api.reports.structures[":id"].$get({ param: { id: String(structureId) }, query }));
}

export function loadFunnel(structureId: number, query: { questionnaire: string; indicator: string; role?: RespondentRole }) {
  return unwrap(api.reports.structures[":id"].funnel.$get({ param: { id: String(structureId) }, query }));
}

export function loadComments(structureId: number, query: { questionnaire: string; role?: RespondentRole }) {
  return unwrap(api.reports.structures[":id"].comments.$get({ param: { id: String(structureId) }, query }));
}

export type Comments = Awaited<ReturnType<typeof loadComments>>;

export function loadQuestionnaires() {
  return unwrap(api.questionnaires.$get()).then((body) => body.questionnaires);
}

export type Report = Awaited<ReturnType<typeof loadReport>>;
export type RespondentRole = NonNullable<Parameters<(typeof api.reports.structures)[":id"]["$get"]>[0]["query"]["role"]>;
export type RoleReport = Report["roles"][number];
export type IndicatorReport = RoleReport["indicators"][number];
export type GroupFigure = IndicatorReport["groups"]["region"];
export type ShownGroup = Exclude<GroupFigure, { suppressed: true }>;
export type ShownCell = Exclude<IndicatorReport["structure"], { suppressed: true }>;
export type TrendPoint = IndicatorReport["trend"][number];
export type Funnel = Awaited<ReturnType<typeof loadFunnel>>;
export type FunnelGroup = Funnel["roles"][number]["indicators"][number]["groups"]["region"];
export type Questionnaire = Awaited<ReturnType<typeof loadQuestionnaires>>[number];

/** Whether a figure is shown, or withheld by disclosure control (every withheld figure carries `suppressed`). */
export function isShown<F extends object>(figure: F): figure is Exclude<F, { suppressed: true }> {
  return !("suppressed" in figure);
}
