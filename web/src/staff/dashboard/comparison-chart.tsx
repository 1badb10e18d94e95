import { Bar, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import { useText } from "../../shared/locale.tsx";
import { GROUP_KEYS } from "../words.ts";
import { CHART } from "./chart-colors.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

const SHORT = {
  region: { fr: "Région", en: "Region" },
  kind: { fr: "Même type", en: "Same kind" },
  setting: { fr: "Même milieu", en: "Same setting" },
  national: { fr: "France", en: "France" },
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
      <p className="hint">
        {t({
          fr: "Lecture : la boîte couvre la moitié centrale des structures (du 1er au 3e quartile), le losange marque la médiane, la ligne rouge la valeur de votre structure.",
          en: "How to read: the box spans the middle half of the structures (1st to 3rd quartile), the diamond marks the median, the red line your structure's value.",
        })}
      </p>
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
