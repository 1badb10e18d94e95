import { useLocale, useText } from "../../shared/locale.tsx";
import { GROUP_KEYS, GROUP_LABELS, suppressionText } from "../words.ts";
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
  const caption = `${t({ fr: "Comparaison avec les groupes de structures", en: "Comparison with groups of structures" })} — ${t(indicator.label)}`;
  return (
    <TableBox label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ fr: "Groupe", en: "Group" })}</th>
            <th scope="col" className="num">
              {t({ fr: "Structures", en: "Structures" })}
            </th>
            <th scope="col" className="num">
              {t({ fr: "1er quartile", en: "1st quartile" })} {unit}
            </th>
            <th scope="col" className="num">
              {t({ fr: "Médiane", en: "Median" })} {unit}
            </th>
            <th scope="col" className="num">
              {t({ fr: "3e quartile", en: "3rd quartile" })} {unit}
            </th>
            <th scope="col" className="num">
              {t({ fr: "Rang centile", en: "Percentile rank" })}
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
