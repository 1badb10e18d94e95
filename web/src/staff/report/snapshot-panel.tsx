import { useState } from "react";
import { useLocale, useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import type { ReportQuery } from "../dashboard/report-api.ts";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { freezeReport, listSnapshots } from "./snapshot-api.ts";

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
        text: t({ fr: "Rapport figé. Il figure dans la liste ci-dessous.", en: "Report frozen. It is in the list below." }),
      });
      reload();
    } catch (e) {
      setMessage({
        ok: false,
        text: `${t({ fr: "Le rapport n'a pas pu être figé.", en: "The report could not be frozen." })} ${e instanceof RequestError ? e.message : ""}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="snapshots-title" className="no-print">
      <h2 id="snapshots-title">{t({ fr: "Rapports figés", en: "Frozen reports" })}</h2>
      <p className="hint">
        {t({
          fr: "Figer un rapport le conserve tel qu'il est aujourd'hui (chiffres, méthode, date des données), pour le citer plus tard.",
          en: "Freezing a report keeps it as it is today (figures, method, data date), to cite it later.",
        })}
      </p>
      <button type="button" onClick={freeze} disabled={busy}>
        {t({ fr: "Figer ce rapport", en: "Freeze this report" })}
      </button>
      <div role="status">{message && <p className={message.ok ? "success" : "error"}>{message.text}</p>}</div>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t({ fr: "Aucun rapport figé pour l'instant.", en: "No frozen report yet." })}</p>
        ) : (
          <ul>
            {state.data.map((s) => (
              <li key={s.id}>
                <Link href={`/structures/${structureId}?instantane=${s.id}`}>
                  {titles[s.questionnaire] ?? s.questionnaire} — {t({ fr: "figé le", en: "frozen on" })}{" "}
                  {formatDate(s.createdAt, locale, true)}
                </Link>{" "}
                <span className="muted">
                  ({t({ fr: "données jusqu'au", en: "data up to" })} {formatDate(s.dataCutoff, locale)},{" "}
                  {t({ fr: "méthode", en: "method" })} {s.methodVersion}, {t({ fr: "seuil", en: "threshold" })} {s.minCell})
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
