import { useLocale, useText } from "../../shared/locale.tsx";
import { words, suppressionText } from "../words.ts";
import { formatNumber } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { formatInterval, unitOf } from "./format-value.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

export function TrendTable({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  const { locale } = useLocale();
  const caption = `${t(words.trendTable.trendPeriod)} — ${t(indicator.label)}`;
  return (
    <TableBox label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(words.trendTable.period)}</th>
            <th scope="col" className="num">
              {t(words.common.value)} {unitOf(indicator.kind)}
            </th>
            <th scope="col" className="num">
              {t(words.trendTable.n95Interval)}
            </th>
            <th scope="col" className="num">
              {t(words.common.responsesTitle)}
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
