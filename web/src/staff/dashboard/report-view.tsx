import { useText } from "../../shared/locale.tsx";
import { words, labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import { IndicatorCard } from "./indicator-card.tsx";
import type { Report } from "./report-api.ts";
import { RolesTable } from "./roles-table.tsx";

/** A report's body: respondent roles side by side (columns on wide screens), indicators in each. */
export function ReportView({ report }: { report: Report }) {
  const t = useText();
  if (report.roles.length === 0) {
    return <p className="suppressed">{t(words.reportView.noFiguresCanPublished(report.threshold))}</p>;
  }
  return (
    <>
      <RolesTable report={report} />
      <div className="roles">
        {report.roles.map((r) => (
          <section key={r.role} aria-labelledby={`role-${r.role}`}>
            <h2 id={`role-${r.role}`}>
              {t(words.reportView.viewpoint)}
              {t(labelOf(RESPONDENT_ROLE_LABELS, r.role))}
            </h2>
            {r.indicators.map((indicator) => (
              <IndicatorCard key={indicator.id} indicator={indicator} threshold={report.threshold} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
