import { Bar, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import { useText } from "../../shared/locale.tsx";
import { GROUP_KEYS, words } from "../words.ts";
import { CHART } from "./chart-colors.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

const SHORT = {
  region: { fr: "Région", en: "Region" },
  kind: { fr: "Même type", en: "Same kind" },
  setting: { fr: "Même milieu", en: "Same setting" },
  national: { fr: "France", en: "France" },
};

/**
 * Where the structure stands in each comparison group: the box spans the 95 % interval of the group's value,
 * the diamond is the group's value, the red line the structure's own. The table beside says the same. (Quartiles
 * are given only for groups of 10 structures or more, in the table: drawing them for some groups only would
 * make the boxes mean different things.)
 */
export function ComparisonChart({ indicator }: { indicator: IndicatorReport }) {
  const t = useText();
  const rows = GROUP_KEYS.flatMap((key) => {
    const g = indicator.groups[key];
    return isShown(g) ? [{ name: t(SHORT[key]), interval: g.ci, value: g.value }] : [];
  });
  if (rows.length === 0) return null;
  const own = isShown(indicator.structure) ? indicator.structure.value : null;
  return (
    <>
      <p className="hint">{t(words.groupComparisonChart.howToReadThe)}</p>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={60 + rows.length * 44}>
          <ComposedChart layout="vertical" data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
            <YAxis type="category" dataKey="name" width={92} />
            <Bar dataKey="interval" fill={CHART.box} stroke={CHART.boxStroke} barSize={20} isAnimationActive={false} />
            <Scatter dataKey="value" fill={CHART.median} shape="diamond" isAnimationActive={false} />
            {own !== null && (
              <ReferenceLine x={own} stroke={CHART.own} strokeWidth={3} label={{ value: "▼", position: "top", fill: CHART.own }} />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
