import { suppressedCell } from "../../benchmark/disclosure.ts";
import { indicatorHeader, indicatorValue, round1, type IndicatorHeader, type ShownCell } from "../../benchmark/figures.ts";
import type { Granularity } from "../../benchmark/periods.ts";
import { buildTrend, type TrendPoint } from "../../benchmark/trend.ts";
import type { Dimension, Indicator, RespondentRole } from "../../questionnaire/types.ts";
import { percentileRank } from "../../statistics/percentile-rank.ts";
import type { OwnSuppression, ShownGroupFigure, SuppressedGroupFigure } from "../build-release.ts";
import { MIN_STRUCTURES_FOR_PERCENTILES } from "../rules.ts";
import { pickGroup, pickOwn, rolesOf, type LedgerRows, type PickedGroup } from "./ledger-rows.ts";

/**
 * A structure's report, read from the ledger: for each respondent role and indicator, the structure's own
 * released figure and trend beside its comparison groups — its region, the region's structures of its kind
 * and of its setting (the very groups of the public figures), and the nation.
 */

export interface ReaderGroupFigure extends ShownGroupFigure {
  /** The reader's percentile rank among the members (from 20 structures); null otherwise. */
  percentile: number | null;
  /** Below 20 structures: how many members' values are above and below the reader's. */
  above?: number;
  below?: number;
  /** Present when the group was held back in the newest release: the cut-off of the figure shown. */
  cutoff?: string;
}

export type ReaderGroup = ReaderGroupFigure | SuppressedGroupFigure;

export interface IndicatorView extends IndicatorHeader {
  structure: ShownCell | OwnSuppression;
  groups: { region: ReaderGroup; kind: ReaderGroup; setting: ReaderGroup; national: ReaderGroup };
  /** Only when the structure's own figure is suppressed: the region's figure, if shown. */
  rollUp?: { region?: ReaderGroupFigure };
  trend: TrendPoint[];
  cutoff: string | null;
}

export interface StructureView {
  minCell: number;
  granularity: Granularity;
  horizon: string;
  roles: { role: RespondentRole; indicators: IndicatorView[] }[];
}

export interface StructureViewInput {
  ledger: LedgerRows;
  structure: { id: number; region: string; kind: string; setting: string };
  indicators: readonly Indicator[];
  dimensions?: readonly Pick<Dimension, "id" | "higherIsBetter">[];
  role?: RespondentRole;
  granularity: Granularity;
  minCell: number;
}

/** The ledger scopes a structure's report reads. */
export function structureScopes(structure: StructureViewInput["structure"]): string[] {
  const region = `group:${structure.region}`;
  return [
    `structure:${structure.id}`,
    `${region}:region`,
    `${region}:kind:${structure.kind}`,
    `${region}:setting:${structure.setting}`,
    "national",
  ];
}

/**
 * @example
 * structureView({ ledger, structure, indicators, granularity: "year", minCell: 11 }).roles[0].indicators[0].groups.region
 * // → { structures: 12, respondents: 340, value: 68.4, ci: [66.1, 70.7], median: 69.0, p25: 61.2, p75: 74.9, percentile: null, above: 4, below: 7 }
 */
export function structureView(input: StructureViewInput): StructureView {
  const roles = input.role ? [input.role] : rolesOf(input.ledger);
  const [, region, kind, setting, national] = structureScopes(input.structure) as [string, string, string, string, string];
  return {
    minCell: input.minCell,
    granularity: input.granularity,
    horizon: input.ledger.cutoff,
    roles: roles.map((role) => ({
      role,
      indicators: input.indicators.map((indicator): IndicatorView => {
        const own = pickOwn(input.ledger, input.structure.id, role, indicator.id);
        const series = own?.detail.kind === "structure" ? own.detail.series : null;
        const ownValue = series && series.total.n > 0 ? indicatorValue(indicator.kind, series.total) : null;
        const group = (scope: string) => readerGroup(pickGroup(input.ledger, scope, role, indicator.id), input, ownValue, indicator.kind);
        const view: IndicatorView = {
          ...indicatorHeader(indicator, input.dimensions),
          structure: own?.figure ?? suppressedCell(input.minCell),
          groups: { region: group(region), kind: group(kind), setting: group(setting), national: group(national) },
          trend: series ? buildTrend(series, input.granularity, indicator.kind, input.minCell) : [],
          cutoff: series?.cutoff ?? null,
        };
        if ("suppressed" in view.structure) view.rollUp = "suppressed" in view.groups.region ? {} : { region: view.groups.region };
        return view;
      }),
    })),
  };
}

function readerGroup(
  picked: PickedGroup | undefined,
  input: StructureViewInput,
  ownValue: number | null,
  kind: Indicator["kind"],
): ReaderGroup {
  if (!picked) return { suppressed: true, reason: "too_few_structures", minStructures: 4 };
  if (!("detail" in picked)) return picked.figure;
  const figure: ReaderGroupFigure = { ...picked.figure, percentile: null };
  if (picked.cutoff !== input.ledger.cutoff) figure.cutoff = picked.cutoff;
  const me = picked.detail.members.find((m) => m.id === input.structure.id);
  if (me && ownValue !== null) {
    const values = picked.detail.members.map((m) => round1(indicatorValue(kind, m.stats)));
    const mine = round1(indicatorValue(kind, me.stats));
    if (values.length >= MIN_STRUCTURES_FOR_PERCENTILES) figure.percentile = round1(percentileRank(values, mine));
    else {
      figure.above = values.filter((v) => v > mine).length;
      figure.below = values.filter((v) => v < mine).length;
    }
  }
  return figure;
}
