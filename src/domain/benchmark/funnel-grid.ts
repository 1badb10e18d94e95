/** Sizes at which funnel limits are given: every n up to this many values, else as many spread evenly in log n. */
export const FUNNEL_GRID_POINTS = 40;

/**
 * Sizes from `from` to `to` (both included) at which to draw the limits.
 * @example
 * funnelGrid(11, 15) // → [11, 12, 13, 14, 15]
 */
export function funnelGrid(from: number, to: number, points = FUNNEL_GRID_POINTS): number[] {
  if (to < from) return [from];
  if (to - from + 1 <= points) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const ratio = to / from;
  return [...new Set(Array.from({ length: points }, (_, i) => Math.round(from * ratio ** (i / (points - 1)))))];
}
