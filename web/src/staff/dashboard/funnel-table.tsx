import { useLocale, useText } from "../../shared/locale.tsx";
import { formatNumber } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { formatValue, unitOf } from "./format-value.ts";
import { funnelPosition, POSITION_TEXT } from "./funnel-position.ts";
import type { FunnelGroup } from "./report-api.ts";

type ShownFunnel = Exclude<FunnelGroup, { suppressed: true }>;

/** The funnel plot's points as a table, the reader's structure first. Other structures are not named. */
export function FunnelTable({ funnel, kind, caption }: { funnel: ShownFunnel; kind: string; caption: string }) {
  const t = useText();
  const { locale } = useLocale();
  const points = [...funnel.points].sort((a, b) => Number(!!b.own) - Number(!!a.own) || a.n - b.n);
  return (
    <details>
      <summary>{t({ fr: "Tableau des points du graphique", en: "Table of the chart's points" })}</summary>
      <TableBox label={caption}>
        <table>
          <caption>
            {caption} — {t({ fr: "valeur du groupe", en: "group value" })} {formatValue(funnel.target, kind, locale)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t({ fr: "Structure", en: "Structure" })}</th>
              <th scope="col" className="num">
                {t({ fr: "Réponses", en: "Responses" })}
              </th>
              <th scope="col" className="num">
                {t({ fr: "Valeur", en: "Value" })} {unitOf(kind)}
              </th>
              <th scope="col">{t({ fr: "Position", en: "Position" })}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <th scope="row">
                  {p.own ? t({ fr: "Votre structure", en: "Your structure" }) : t({ fr: `Structure ${i}`, en: `Structure ${i}` })}
                </th>
                <td className="num">{formatNumber(p.n, locale)}</td>
                <td className="num">{formatNumber(p.value, locale)}</td>
                <td>{t(POSITION_TEXT[funnelPosition(funnel, p)])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </details>
  );
}
