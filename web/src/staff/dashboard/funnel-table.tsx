import { useLocale, useText } from "../../shared/locale.tsx";
import { formatNumber } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { formatValue, unitOf } from "./format-value.ts";
import { funnelPosition, POSITION_TEXT } from "./funnel-position.ts";
import type { FunnelGroup } from "./report-api.ts";
import { words } from "../words.ts";

type ShownFunnel = Exclude<FunnelGroup, { suppressed: true }>;

/** The funnel plot's points as a table, the reader's structure first. Other structures are not named. */
export function FunnelTable({ funnel, kind, caption }: { funnel: ShownFunnel; kind: string; caption: string }) {
  const t = useText();
  const { locale } = useLocale();
  const points = [...funnel.points].sort((a, b) => Number(!!b.own) - Number(!!a.own) || a.n - b.n);
  return (
    <details>
      <summary>{t(words.funnelTable.tableChartsPoints)}</summary>
      <TableBox label={caption}>
        <table>
          <caption>
            {caption} — {t(words.funnelTable.groupValue)} {formatValue(funnel.target, kind, locale)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(words.funnelTable.structure)}</th>
              <th scope="col" className="num">
                {t(words.common.responsesTitle)}
              </th>
              <th scope="col" className="num">
                {t(words.common.value)} {unitOf(kind)}
              </th>
              <th scope="col">{t(words.funnelTable.position)}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <th scope="row">{p.own ? t(words.funnelTable.yourStructure) : t(words.funnelTable.structureNumber(i))}</th>
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
