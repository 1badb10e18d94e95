import type { FunnelGroup } from "./report-api.ts";

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

export const POSITION_TEXT: Record<FunnelPosition, { fr: string; en: string }> = {
  inside: { fr: "dans l'entonnoir (écart explicable par le hasard)", en: "inside the funnel (gap explainable by chance)" },
  above95: { fr: "au-dessus de la limite à 95 %", en: "above the 95% limit" },
  below95: { fr: "en dessous de la limite à 95 %", en: "below the 95% limit" },
  above998: { fr: "au-dessus de la limite à 99,8 %", en: "above the 99.8% limit" },
  below998: { fr: "en dessous de la limite à 99,8 %", en: "below the 99.8% limit" },
};
