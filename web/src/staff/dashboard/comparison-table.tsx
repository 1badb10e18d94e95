import { useLocale, useText } from "../../shared/locale.tsx";
import { words, GROUP_KEYS, GROUP_LABELS, suppressionText } from "../words.ts";
import { formatNumber } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { unitOf } from "./format-value.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

/** The comparison chart's figures as a table: median, quartiles and the structure's position in each group. */
export function ComparisonTable({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  const { locale } = useLocale();
  const fmt = (v: number) => formatNumber(v, locale);
  const unit = unitOf(indicator.kind);
  const caption = `${t(words.comparisonTable.comparisonGroupsStructures)} — ${t(indicator.label)}`;
  return (
    <TableBox label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(words.comparisonTable.group)}</th>
            <th scope="col" className="num">
              {t(words.common.structures)}
            </th>
            <th scope="col" className="num">
              {t(words.comparisonTable.n1stQuartile)} {unit}
            </th>
            <th scope="col" className="num">
              {t(words.comparisonTable.median)} {unit}
            </th>
            <th scope="col" className="num">
              {t(words.comparisonTable.n3rdQuartile)} {unit}
            </th>
            <th scope="col" className="num">
              {t(words.comparisonTable.percentileRank)}
            </th>
          </tr>
        </thead>
        <tbody>
          {GROUP_KEYS.map((key) => {
            const g = indicator.groups[key];
            return (
              <tr key={key}>
                <th scope="row">{t(GROUP_LABELS[key])}</th>
                {isShown(g) ? (
                  <>
                    <td className="num">{formatNumber(g.structures, locale)}</td>
                    <td className="num">{fmt(g.p25)}</td>
                    <td className="num">{fmt(g.median)}</td>
                    <td className="num">{fmt(g.p75)}</td>
                    <td className="num">{g.percentile === null ? "—" : formatNumber(g.percentile, locale)}</td>
                  </>
                ) : (
                  <td colSpan={5}>{t(suppressionText(g.reason, threshold, g.minStructures))}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}
