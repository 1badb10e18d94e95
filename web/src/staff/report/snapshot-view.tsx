import { useLocale, useText } from "../../shared/locale.tsx";
import { ReportView } from "../dashboard/report-view.tsx";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { StructureTabs } from "../layout/structure-tabs.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { MethodSection } from "./method-section.tsx";
import { PrintHeader } from "./print-header.tsx";
import { loadSnapshot } from "./snapshot-api.ts";
import { words } from "../words.ts";

/** A frozen report, shown and printed as it was when frozen. */
export function SnapshotView({ structureId, snapshotId }: { structureId: number; snapshotId: string }) {
  const t = useText();
  const { locale } = useLocale();
  const [state] = useAsync(() => loadSnapshot(structureId, snapshotId), [structureId, snapshotId]);
  usePageTitle(t(words.snapshotView.frozenReport));
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const { content, createdAt } = state.data;
  return (
    <>
      <StructureTabs id={structureId} />
      <h1>
        {content.structure.name} — {t(words.snapshotView.frozenReportLower)}
      </h1>
      <p>
        {t(content.questionnaire.title)} · {t(words.common.frozen)} {formatDate(createdAt, locale, true)}
      </p>
      <PrintHeader threshold={content.threshold} method={content.method} horizon={content.horizon} frozenAt={createdAt} />
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t(words.common.print)}
        </button>
        <Link href={`/structures/${structureId}`}>{t(words.snapshotView.backTodaysReport)}</Link>
      </div>
      <ReportView report={content} />
      <MethodSection threshold={content.threshold} method={content.method} />
    </>
  );
}
