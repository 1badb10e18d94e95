import { SETTINGS, STRUCTURE_KINDS, type Setting, type StructureKind } from "../../structures.ts";
import { indicatorHeader, type IndicatorHeader } from "../../benchmark/figures.ts";
import type { Dimension, Indicator, RespondentRole } from "../../questionnaire/types.ts";
import type { ShownGroupFigure, SuppressedGroupFigure } from "../build-release.ts";
import { pickGroup, rolesOf, type LedgerRows } from "./ledger-rows.ts";

/**
 * A region's open figures, read from the ledger: per role and indicator, the region as a whole, by kind of
 * structure and by setting — the groups every structure of the region is compared with, public, no structure
 * named and no structure's own figure.
 */

export type PublicGroup = (ShownGroupFigure & { percentile: null; cutoff?: string }) | SuppressedGroupFigure;

export interface RegionIndicatorView extends IndicatorHeader {
  overall: PublicGroup;
  byKind: Record<StructureKind, PublicGroup>;
  bySetting: Record<Setting, PublicGroup>;
}

export interface RegionView {
  region: string;
  minCell: number;
  horizon: string;
  roles: { role: RespondentRole; indicators: RegionIndicatorView[] }[];
}

/** The ledger scopes of a region's public figures. */
export function regionScopes(region: string): string[] {
  const scope = `group:${region}`;
  return [`${scope}:region`, ...STRUCTURE_KINDS.map((k) => `${scope}:kind:${k}`), ...SETTINGS.map((s) => `${scope}:setting:${s}`)];
}

/**
 * @example
 * regionView({ ledger, region: "84", indicators, minCell: 11 }).roles[0].indicators[0].byKind.gem
 * // → { structures: 6, respondents: 180, value: 71.0, ci: [68.2, 73.8], percentile: null }
 */
export function regionView(input: {
  ledger: LedgerRows;
  region: string;
  indicators: readonly Indicator[];
  dimensions?: readonly Pick<Dimension, "id" | "higherIsBetter">[];
  role?: RespondentRole;
  minCell: number;
}): RegionView {
  const roles = input.role ? [input.role] : rolesOf(input.ledger);
  const scope = `group:${input.region}`;
  return {
    region: input.region,
    minCell: input.minCell,
    horizon: input.ledger.cutoff,
    roles: roles.map((role) => ({
      role,
      indicators: input.indicators.map((indicator) => {
        const group = (name: string): PublicGroup => {
          const picked = pickGroup(input.ledger, `${scope}:${name}`, role, indicator.id);
          if (!picked) return { suppressed: true, reason: "too_few_structures", minStructures: 4 };
          if (!("detail" in picked)) return picked.figure;
          return { ...picked.figure, percentile: null, ...(picked.cutoff !== input.ledger.cutoff ? { cutoff: picked.cutoff } : {}) };
        };
        return {
          ...indicatorHeader(indicator, input.dimensions),
          overall: group("region"),
          byKind: Object.fromEntries(STRUCTURE_KINDS.map((k) => [k, group(`kind:${k}`)])) as Record<StructureKind, PublicGroup>,
          bySetting: Object.fromEntries(SETTINGS.map((s) => [s, group(`setting:${s}`)])) as Record<Setting, PublicGroup>,
        };
      }),
    })),
  };
}
