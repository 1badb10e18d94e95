import { useText } from "../../shared/locale.tsx";
import { EraseDataPanel } from "../erasure/erase-data-panel.tsx";
import { CommentsSection } from "../dashboard/comments-section.tsx";
import { FunnelSection } from "../dashboard/funnel-section.tsx";
import { loadQuestionnaires, loadReport, type Questionnaire, type ReportQuery } from "../dashboard/report-api.ts";
import { ReportFilters } from "../dashboard/report-filters.tsx";
import { ReportView } from "../dashboard/report-view.tsx";
import { DownloadLinks } from "../layout/download-links.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { StructureTabs } from "../layout/structure-tabs.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { MethodSection } from "../report/method-section.tsx";
import { PrintHeader } from "../report/print-header.tsx";
import { ReportMeta } from "../report/report-meta.tsx";
import { SnapshotPanel } from "../report/snapshot-panel.tsx";
import { navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";
import { useAsync } from "../use-async.ts";
import { SnapshotView } from "../report/snapshot-view.tsx";
import { LabelSummary } from "../label/label-summary.tsx";
import { words } from "../words.ts";

/** A structure's dashboard; the report's options live in the address, so that a view can be shared or reloaded. */
export default function StructurePage({ id }: { id: number }) {
  const { search } = useLocation();
  const [questionnaires] = useAsync(loadQuestionnaires, []);
  const snapshotId = search.get("instantane");
  if (snapshotId) return <SnapshotView structureId={id} snapshotId={snapshotId} />;
  if (questionnaires.status === "loading") return <Loading />;
  if (questionnaires.status === "error") return <ErrorMessage error={questionnaires.error} />;
  const list = questionnaires.data;
  // By default, the patients' questionnaire: most answers, so most figures a manager can read at once.
  const fallback = list.find((q) => q.roles.includes("patient"))?.slug ?? list[0]?.slug ?? "";
  const slug = list.some((q) => q.slug === search.get("questionnaire")) ? search.get("questionnaire")! : fallback;
  const role = search.get("role");
  const query: ReportQuery = {
    questionnaire: slug,
    period: search.get("periode") === "quarter" ? "quarter" : "year",
    ...(role && list.find((q) => q.slug === slug)?.roles.includes(role as never) ? { role: role as NonNullable<ReportQuery["role"]> } : {}),
  };
  const change = (next: ReportQuery) => {
    const params = new URLSearchParams({
      questionnaire: next.questionnaire,
      periode: next.period,
      ...(next.role ? { role: next.role } : {}),
    });
    navigate(`/structures/${id}?${params}`, { replace: true });
  };
  return (
    <>
      <StructureTabs id={id} />
      <Dashboard id={id} query={query} questionnaires={list} onChange={change} />
    </>
  );
}

function Dashboard({
  id,
  query,
  questionnaires,
  onChange,
}: {
  id: number;
  query: ReportQuery;
  questionnaires: Questionnaire[];
  onChange: (q: ReportQuery) => void;
}) {
  const t = useText();
  const { user } = useSession();
  const [state] = useAsync(() => loadReport(id, query), [id, query.questionnaire, query.role, query.period]);
  const name = state.status === "ready" ? state.data.structure.name : t(words.common.dashboard);
  usePageTitle(name);
  const titles = Object.fromEntries(questionnaires.map((q) => [q.slug, t(q.title)]));
  return (
    <>
      <h1>{name}</h1>
      {state.status === "ready" && (
        <>
          <p className="print-only">
            {t(words.common.questionnaire)} : {t(state.data.questionnaire.title)}
          </p>
          <PrintHeader threshold={state.data.threshold} method={state.data.method} horizon={state.data.horizon} />
        </>
      )}
      <LabelSummary structureId={id} />
      <ReportFilters questionnaires={questionnaires} query={query} onChange={onChange} />
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && (
        <>
          <ReportMeta report={state.data} />
          <div className="actions no-print">
            <button type="button" onClick={() => window.print()}>
              {t(words.common.print)}
            </button>
          </div>
          <ReportView report={state.data} />
          <StructureDownloads id={id} query={query} />
          <CommentsSection structureId={id} questionnaire={query.questionnaire} {...(query.role ? { role: query.role } : {})} />
          {state.data.roles.length > 0 && <FunnelSection structureId={id} report={state.data} role={query.role} />}
          <SnapshotPanel structureId={id} query={query} titles={titles} />
          <MethodSection threshold={state.data.threshold} method={state.data.method} />
          {user?.role === "admin" && <EraseDataPanel structureId={id} name={state.data.structure.name} />}
        </>
      )}
    </>
  );
}

/** The report as files: the same figures, the same options. */
function StructureDownloads({ id, query }: { id: number; query: ReportQuery }) {
  const params = (extra: Record<string, string>) =>
    new URLSearchParams({
      questionnaire: query.questionnaire,
      period: query.period,
      ...(query.role ? { role: query.role } : {}),
      ...extra,
    });
  const href = (extra: Record<string, string>) => `/api/reports/structures/${id}/export?${params(extra)}`;
  const d = words.downloads;
  return (
    <DownloadLinks
      label={d.structureExports}
      links={[
        { href: href({ format: "xlsx" }), text: d.spreadsheet, hint: d.spreadsheetHint },
        { href: href({ format: "csv" }), text: d.csvSemicolon, hint: d.csvSemicolonHint },
        { href: href({ format: "csv", separator: "comma" }), text: d.csvComma, hint: d.csvCommaHint },
        { href: href({ format: "csv", part: "comments" }), text: words.comments.download, hint: words.comments.downloadHint },
      ]}
    />
  );
}
