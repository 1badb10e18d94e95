import { useLocale, useText } from "../../shared/locale.tsx";
import { formatNumber } from "../format.ts";
import { GROUP_KEYS, GROUP_LABELS, suppressionText, words } from "../words.ts";
import { TableBox } from "../layout/table-box.tsx";
import { unitOf } from "./format-value.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

type ShownGroup = Extract<IndicatorReport["groups"]["region"], { structures: number }>;

function positionText(g: ShownGroup, t: ReturnType<typeof useText>, locale: "fr" | "en"): string {
  if (g.percentile !== null) return `${t(words.groupComparisonTable.percentileRank)} ${formatNumber(g.percentile, locale)}`;
  if (g.above === undefined || g.below === undefined) return "—";
  return t(words.groupComparisonTable.aboveBelow(g.above, g.below));
}

/**
 * The comparison chart's figures as a table: each group's value with its interval, its quartiles (from 10
 * structures), and the structure's position — a percentile rank from 20 structures, else how many are above
 * and below it.
 */
export function ComparisonTable({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  const { locale } = useLocale();
  const fmt = (v: number) => formatNumber(v, locale);
  const unit = unitOf(indicator.kind);
  const caption = `${t(words.groupComparisonTable.comparisonWithGroupsOf)} — ${t(indicator.label)}`;
  return (
    <TableBox label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(words.groupComparisonTable.group)}</th>
            <th scope="col" className="num">
              {t(words.groupComparisonTable.structures)}
            </th>
            <th scope="col" className="num">
              {t(words.groupComparisonTable.value95Ci)} {unit}
            </th>
            <th scope="col" className="num">
              {t(words.groupComparisonTable.quartiles1stMedian3rd)} {unit}
            </th>
            <th scope="col" className="num">
              {t(words.groupComparisonTable.yourPosition)}
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
                    <td className="num">
                      {fmt(g.value)} ({fmt(g.ci[0])}–{fmt(g.ci[1])})
                    </td>
                    <td className="num">
                      {g.p25 !== undefined && g.median !== undefined && g.p75 !== undefined
                        ? `${fmt(g.p25)} – ${fmt(g.median)} – ${fmt(g.p75)}`
                        : t(words.groupComparisonTable.fewerThan10Structures)}
                    </td>
                    <td className="num">{positionText(g, t, locale)}</td>
                  </>
                ) : (
                  <td colSpan={4}>{t(suppressionText(g.reason, threshold, g.minStructures))}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}
