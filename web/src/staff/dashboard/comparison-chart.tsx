import { Bar, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import { useText } from "../../shared/locale.tsx";
import { words, GROUP_KEYS } from "../words.ts";
import { CHART } from "./chart-colors.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

const SHORT = {
  region: words.common.region,
  kind: words.comparisonChart.sameKind,
  setting: words.comparisonChart.sameSetting,
  national: words.comparisonChart.france,
};

/**
 * Where the structure stands in each comparison group: the box spans the middle half of the structures
 * (quartiles), the diamond is the median, the red line the structure's own value. The table beside says the same.
 */
export function ComparisonChart({ indicator }: { indicator: IndicatorReport }) {
  const t = useText();
  const rows = GROUP_KEYS.flatMap((key) => {
    const g = indicator.groups[key];
    return isShown(g) ? [{ name: t(SHORT[key]), quartiles: [g.p25, g.p75] as [number, number], median: g.median }] : [];
  });
  if (rows.length === 0) return null;
  const own = isShown(indicator.structure) ? indicator.structure.value : null;
  return (
    <>
      <p className="hint">{t(words.comparisonChart.howReadBoxSpans)}</p>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={60 + rows.length * 44}>
          <ComposedChart layout="vertical" data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
            <YAxis type="category" dataKey="name" width={92} />
            <Bar dataKey="quartiles" fill={CHART.box} stroke={CHART.boxStroke} barSize={20} isAnimationActive={false} />
            <Scatter dataKey="median" fill={CHART.median} shape="diamond" isAnimationActive={false} />
            {own !== null && (
              <ReferenceLine x={own} stroke={CHART.own} strokeWidth={3} label={{ value: "▼", position: "top", fill: CHART.own }} />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
