import { useState } from "react";
import { useText } from "../../shared/locale.tsx";
import { words, GROUP_KEYS, GROUP_LABELS, suppressionText, type GroupKey } from "../words.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { FunnelChart } from "./funnel-chart.tsx";
import { FunnelTable } from "./funnel-table.tsx";
import { isShown, loadFunnel, type Report, type RespondentRole } from "./report-api.ts";
import { Field } from "@web/shared/forms.tsx";

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
      <h2 id="funnel-title">{t(words.funnelSection.funnelPlot)}</h2>
      <p className="hint">{t(words.funnelSection.eachPointStructureValue)}</p>
      <div className="filters">
        <Field id="funnel-indicator" label={t(words.common.indicator)}>
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setIndicatorId(e.target.value)}>
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {t(i.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="funnel-group" label={t(words.funnelSection.comparisonGroup)}>
          {(control) => (
            <select {...control} value={group} onChange={(e) => setGroup(e.target.value as GroupKey)}>
              {GROUP_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(GROUP_LABELS[k])}
                </option>
              ))}
            </select>
          )}
        </Field>
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
