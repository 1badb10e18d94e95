import type { FunnelGroup } from "./report-api.ts";
import { words } from "../words.ts";
import type { Text } from "@web/shared/locale.tsx";

type ShownFunnel = Exclude<FunnelGroup, { suppressed: true }>;
export type FunnelPosition = "inside" | "above95" | "below95" | "above998" | "below998";

/**
 * Where a point falls against the funnel's control limits, read at the largest grid size not above its n
 * (limits narrow as n grows, so this errs towards "inside"). The limits themselves are the API's.
 */
export function funnelPosition(funnel: ShownFunnel, point: { n: number; value: number }): FunnelPosition {
  const limits = [...funnel.limits].reverse().find((l) => l.n <= point.n) ?? funnel.limits[0];
  if (!limits) return "inside";
  if (point.value > limits.p998[1]) return "above998";
  if (point.value < limits.p998[0]) return "below998";
  if (point.value > limits.p95[1]) return "above95";
  if (point.value < limits.p95[0]) return "below95";
  return "inside";
}

export const POSITION_TEXT: Record<FunnelPosition, Text> = {
  inside: words.funnelPosition.insideFunnelGapExplainable,
  above95: words.funnelPosition.above95Limit,
  below95: words.funnelPosition.below95Limit,
  above998: words.funnelPosition.above998Limit,
  below998: words.funnelPosition.below998Limit,
};
