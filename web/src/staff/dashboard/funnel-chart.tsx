import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import { CHART } from "./chart-colors.ts";
import type { FunnelGroup } from "./report-api.ts";

type ShownFunnel = Exclude<FunnelGroup, { suppressed: true }>;

/**
 * The funnel plot: each structure's value against its number of responses, with the group's value and its
 * 95 % and 99.8 % control limits, which narrow as n grows. The reader's structure is the large red point.
 */
export function FunnelChart({ funnel }: { funnel: ShownFunnel }) {
  const limits = funnel.limits.map((l) => ({ n: l.n, lo95: l.p95[0], hi95: l.p95[1], lo998: l.p998[0], hi998: l.p998[1] }));
  const others = funnel.points.filter((p) => !p.own);
  const own = funnel.points.filter((p) => p.own);
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="n" scale="log" domain={["dataMin", "dataMax"]} allowDataOverflow tickCount={6} />
          <YAxis type="number" domain={["auto", "auto"]} width={40} />
          <ReferenceLine y={funnel.target} stroke={CHART.median} strokeWidth={2} />
          {(["lo95", "hi95"] as const).map((key) => (
            <Line
              key={key}
              data={limits}
              dataKey={key}
              stroke={CHART.limit95}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {(["lo998", "hi998"] as const).map((key) => (
            <Line key={key} data={limits} dataKey={key} stroke={CHART.limit998} dot={false} isAnimationActive={false} />
          ))}
          <Scatter data={others} dataKey="value" fill={CHART.point} isAnimationActive={false} />
          <Scatter data={own} dataKey="value" fill={CHART.own} shape="star" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
