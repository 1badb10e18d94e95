import { useState } from "react";
import { useText } from "../../shared/locale.tsx";
import { GROUP_KEYS, GROUP_LABELS, suppressionText, type GroupKey } from "../words.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { FunnelChart } from "./funnel-chart.tsx";
import { FunnelTable } from "./funnel-table.tsx";
import { isShown, loadFunnel, type Report, type RespondentRole } from "./report-api.ts";

/** The funnel plot of one indicator, for a comparison group chosen by the reader. */
export function FunnelSection({ structureId, report, role }: { structureId: number; report: Report; role: RespondentRole | undefined }) {
  const t = useText();
  const indicators = report.roles[0]?.indicators ?? [];
  const [indicatorId, setIndicatorId] = useState(indicators[0]?.id ?? "");
  const [group, setGroup] = useState<GroupKey>("region");
  const chosen = indicators.some((i) => i.id === indicatorId) ? indicatorId : (indicators[0]?.id ?? "");
  const [state] = useAsync(
    () => loadFunnel(structureId, { questionnaire: report.questionnaire.slug, indicator: chosen, ...(role ? { role } : {}) }),
    [structureId, report.questionnaire.slug, chosen, role],
  );
  if (!chosen) return null;
  return (
    <section aria-labelledby="funnel-title" className="funnel">
      <h2 id="funnel-title">{t({ fr: "Graphique en entonnoir", en: "Funnel plot" })}</h2>
      <p className="hint">
        {t({
          fr: "Chaque point est une structure : sa valeur selon son nombre de réponses. Les courbes sont les limites à 95 % (tirets) et 99,8 % (trait plein) autour de la valeur du groupe : un point hors de l'entonnoir s'écarte plus que le hasard ne l'explique.",
          en: "Each point is a structure: its value by its number of responses. The curves are the 95% (dashed) and 99.8% (solid) limits around the group value: a point outside the funnel departs more than chance explains.",
        })}
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor="funnel-indicator">{t({ fr: "Indicateur", en: "Indicator" })}</label>
          <select id="funnel-indicator" value={chosen} onChange={(e) => setIndicatorId(e.target.value)}>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {t(i.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="funnel-group">{t({ fr: "Groupe de comparaison", en: "Comparison group" })}</label>
          <select id="funnel-group" value={group} onChange={(e) => setGroup(e.target.value as GroupKey)}>
            {GROUP_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(GROUP_LABELS[k])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        state.data.roles.map((r) => {
          const indicator = r.indicators[0];
          if (!indicator) return null;
          const funnel = indicator.groups[group];
          return (
            <div key={r.role}>
              {isShown(funnel) ? (
                <>
                  <FunnelChart funnel={funnel} />
                  <FunnelTable funnel={funnel} kind={indicator.kind} caption={`${t(indicator.label)} — ${t(GROUP_LABELS[group])}`} />
                </>
              ) : (
                <p className="suppressed">{t(suppressionText(funnel.reason, report.threshold, funnel.minStructures))}</p>
              )}
            </div>
          );
        })}
    </section>
  );
}
