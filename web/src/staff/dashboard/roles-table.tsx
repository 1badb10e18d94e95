import { useLocale, useText } from "../../shared/locale.tsx";
import { words, labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import { TableBox } from "../layout/table-box.tsx";
import { formatValue } from "./format-value.ts";
import { isShown, type Report } from "./report-api.ts";

/** Every role's value side by side, indicator by indicator: roles are never pooled, each keeps its own n. */
export function RolesTable({ report }: { report: Report }) {
  const t = useText();
  const { locale } = useLocale();
  const first = report.roles[0];
  if (!first || report.roles.length < 2) return null;
  return (
    <TableBox label={t(words.rolesTable.viewpointsSideSide)}>
      <table>
        <caption>{t(words.rolesTable.viewpointsSideSide)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(words.common.indicator)}</th>
            {report.roles.map((r) => (
              <th scope="col" className="num" key={r.role}>
                {t(labelOf(RESPONDENT_ROLE_LABELS, r.role))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{t(indicator.label)}</th>
              {report.roles.map((r) => {
                const cell = r.indicators.find((i) => i.id === indicator.id)?.structure;
                return (
                  <td className="num" key={r.role}>
                    {cell && isShown(cell)
                      ? `${formatValue(cell.value, indicator.kind, locale)} (n = ${cell.n})`
                      : t(words.rolesTable.hidden)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
