import { useLocale, useText } from "../../shared/locale.tsx";
import { suppressionText } from "../words.ts";
import { formatNumber } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { formatInterval, unitOf } from "./format-value.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

export function TrendTable({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  const { locale } = useLocale();
  const caption = `${t({ fr: "Évolution par période", en: "Trend by period" })} — ${t(indicator.label)}`;
  return (
    <TableBox label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ fr: "Période", en: "Period" })}</th>
            <th scope="col" className="num">
              {t({ fr: "Valeur", en: "Value" })} {unitOf(indicator.kind)}
            </th>
            <th scope="col" className="num">
              {t({ fr: "Intervalle à 95 %", en: "95% interval" })}
            </th>
            <th scope="col" className="num">
              {t({ fr: "Réponses", en: "Responses" })}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicator.trend.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.period}</th>
              {isShown(p) ? (
                <>
                  <td className="num">{formatNumber(p.value, locale)}</td>
                  <td className="num">{formatInterval(p.ci, locale)}</td>
                  <td className="num">{formatNumber(p.n, locale)}</td>
                </>
              ) : (
                <td colSpan={3}>{t(suppressionText(p.reason, threshold))}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
