import { useText } from "../../shared/locale.tsx";
import { ComparisonChart } from "./comparison-chart.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { PositionWords } from "./position-words.tsx";
import type { IndicatorReport } from "./report-api.ts";
import { StructureValue } from "./structure-value.tsx";
import { TrendChart } from "./trend-chart.tsx";
import { TrendTable } from "./trend-table.tsx";

/** One indicator: the structure's value, its place among comparable structures, its trend. */
export function IndicatorCard({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  return (
    <article className="indicator">
      <h3>{t(indicator.label)}</h3>
      <p className="hint">
        {indicator.higherIsBetter
          ? t({ fr: "Une valeur plus haute est plus favorable.", en: "A higher value is better." })
          : t({ fr: "Une valeur plus basse est plus favorable.", en: "A lower value is better." })}
      </p>
      <StructureValue indicator={indicator} threshold={threshold} />
      <h4>{t({ fr: "Comparaison", en: "Comparison" })}</h4>
      <PositionWords indicator={indicator} />
      <ComparisonChart indicator={indicator} />
      <ComparisonTable indicator={indicator} threshold={threshold} />
      {indicator.trend.length > 0 && (
        <>
          <h4>{t({ fr: "Évolution", en: "Trend" })}</h4>
          <TrendChart trend={indicator.trend} />
          <TrendTable indicator={indicator} threshold={threshold} />
        </>
      )}
    </article>
  );
}
