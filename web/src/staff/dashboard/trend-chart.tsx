import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { CHART } from "./chart-colors.ts";
import { isShown, type TrendPoint } from "./report-api.ts";

/** The structure's value period by period with its 95 % interval as a band; hidden periods leave a gap. */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const rows = trend.map((p) =>
    isShown(p) ? { period: p.period, value: p.value, ci: p.ci } : { period: p.period, value: null, ci: null },
  );
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={40} />
          <Area dataKey="ci" fill={CHART.band} stroke="none" isAnimationActive={false} />
          <Line dataKey="value" stroke={CHART.line} strokeWidth={2} dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
