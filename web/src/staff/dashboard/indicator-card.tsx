import { useText } from "../../shared/locale.tsx";
import { ComparisonChart } from "./comparison-chart.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { PositionWords } from "./position-words.tsx";
import type { IndicatorReport } from "./report-api.ts";
import { StructureValue } from "./structure-value.tsx";
import { TrendChart } from "./trend-chart.tsx";
import { TrendTable } from "./trend-table.tsx";
import { words } from "../words.ts";

/** One indicator: the structure's value, its place among comparable structures, its trend. */
export function IndicatorCard({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  return (
    <article className="indicator">
      <h3>{t(indicator.label)}</h3>
      <p className="hint">
        {indicator.higherIsBetter ? t(words.indicatorCard.higherValueBetter) : t(words.indicatorCard.lowerValueBetter)}
      </p>
      <StructureValue indicator={indicator} threshold={threshold} />
      <h4>{t(words.indicatorCard.comparison)}</h4>
      <PositionWords indicator={indicator} />
      <ComparisonChart indicator={indicator} />
      <ComparisonTable indicator={indicator} threshold={threshold} />
      {indicator.trend.length > 0 && (
        <>
          <h4>{t(words.indicatorCard.trend)}</h4>
          <TrendChart trend={indicator.trend} />
          <TrendTable indicator={indicator} threshold={threshold} />
        </>
      )}
    </article>
  );
}
