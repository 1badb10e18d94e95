import { useText } from "../../shared/locale.tsx";
import { words, labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import type { Questionnaire, ReportQuery } from "./report-api.ts";
import { Field } from "@web/shared/forms.tsx";

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
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t(words.reportFilters.reportOptions)}>
      <Field id="questionnaire" label={t(words.common.questionnaire)}>
        {(control) => (
          <select
            {...control}
            value={query.questionnaire}
            onChange={(e) => onChange({ questionnaire: e.target.value, period: query.period })}
          >
            {questionnaires.map((q) => (
              <option key={q.slug} value={q.slug}>
                {t(q.title)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="role" label={t(words.common.respondents)}>
        {(control) => (
          <select
            {...control}
            value={query.role ?? ""}
            onChange={(e) => onChange({ ...query, role: (e.target.value || undefined) as ReportQuery["role"] })}
          >
            <option value="">{t(words.reportFilters.allViewpointsSideSide)}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(labelOf(RESPONDENT_ROLE_LABELS, r))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="period" label={t(words.reportFilters.trend)}>
        {(control) => (
          <select
            {...control}
            value={query.period}
            onChange={(e) => onChange({ ...query, period: e.target.value === "quarter" ? "quarter" : "year" })}
          >
            <option value="year">{t(words.reportFilters.year)}</option>
            <option value="quarter">{t(words.reportFilters.quarter)}</option>
          </select>
        )}
      </Field>
    </form>
  );
}
