import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useLocale, useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import type { ReportQuery } from "../dashboard/report-api.ts";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { freezeReport, listSnapshots } from "./snapshot-api.ts";
import { words } from "../words.ts";

/** Freezing the current report (kept as it is, with its method and cut-off) and the list of frozen reports. */
export function SnapshotPanel({ structureId, query, titles }: { structureId: number; query: ReportQuery; titles: Record<string, string> }) {
  const t = useText();
  const { locale } = useLocale();
  const [state, reload] = useAsync(() => listSnapshots(structureId), [structureId]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const freeze = async () => {
    setBusy(true);
    try {
      await freezeReport(structureId, query);
      setMessage({
        ok: true,
        text: t(words.snapshotPanel.reportFrozenListBelow),
      });
      reload();
    } catch (e) {
      setMessage({
        ok: false,
        text: `${t(words.snapshotPanel.reportCouldNotFrozen)} ${e instanceof RequestError ? e.message : ""}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="snapshots-title" className="no-print">
      <h2 id="snapshots-title">{t(words.snapshotPanel.frozenReports)}</h2>
      <p className="hint">{t(words.snapshotPanel.freezingReportKeepsToday)}</p>
      <button type="button" onClick={freeze} disabled={busy}>
        {t(words.snapshotPanel.freezeReport)}
      </button>
      <div role="status">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
      </div>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t(words.snapshotPanel.noFrozenReportYet)}</p>
        ) : (
          <ul>
            {state.data.map((s) => (
              <li key={s.id}>
                <Link href={`/structures/${structureId}?instantane=${s.id}`}>
                  {titles[s.questionnaire] ?? s.questionnaire} — {t(words.common.frozen)} {formatDate(s.createdAt, locale, true)}
                </Link>{" "}
                <span className="muted">
                  ({t(words.common.dataUpTo)} {formatDate(s.dataCutoff, locale)}, {t(words.common.methodLower)} {s.methodVersion},{" "}
                  {t(words.snapshotPanel.threshold)} {s.minCell})
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
