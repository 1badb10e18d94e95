import { useText } from "../../shared/locale.tsx";
import { labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import type { Questionnaire, ReportQuery } from "./report-api.ts";

/** Questionnaire, respondent role and period of the report; every change reloads it. */
export function ReportFilters({
  questionnaires,
  query,
  onChange,
}: {
  questionnaires: Questionnaire[];
  query: ReportQuery;
  onChange: (next: ReportQuery) => void;
}) {
  const t = useText();
  const roles = questionnaires.find((q) => q.slug === query.questionnaire)?.roles ?? [];
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t({ fr: "Choix du rapport", en: "Report options" })}>
      <div className="field">
        <label htmlFor="questionnaire">{t({ fr: "Questionnaire", en: "Questionnaire" })}</label>
        <select
          id="questionnaire"
          value={query.questionnaire}
          onChange={(e) => onChange({ questionnaire: e.target.value, period: query.period })}
        >
          {questionnaires.map((q) => (
            <option key={q.slug} value={q.slug}>
              {t(q.title)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="role">{t({ fr: "Répondant·es", en: "Respondents" })}</label>
        <select
          id="role"
          value={query.role ?? ""}
          onChange={(e) => onChange({ ...query, role: (e.target.value || undefined) as ReportQuery["role"] })}
        >
          <option value="">{t({ fr: "Tous les points de vue, côte à côte", en: "All viewpoints, side by side" })}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(labelOf(RESPONDENT_ROLE_LABELS, r))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="period">{t({ fr: "Évolution par", en: "Trend by" })}</label>
        <select
          id="period"
          value={query.period}
          onChange={(e) => onChange({ ...query, period: e.target.value === "quarter" ? "quarter" : "year" })}
        >
          <option value="year">{t({ fr: "Année", en: "Year" })}</option>
          <option value="quarter">{t({ fr: "Trimestre", en: "Quarter" })}</option>
        </select>
      </div>
    </form>
  );
}
