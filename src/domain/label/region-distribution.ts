import { SETTINGS, STRUCTURE_KINDS, type Setting, type StructureKind } from "../structures.ts";
import { auditRegion, type AuditedGroup, type AuditedStructure } from "../release/audit-release.ts";
import { MAX_DOMINANCE, MIN_STRUCTURES } from "../release/rules.ts";
import { CRITERION_LEVELS, type CriterionLevel } from "./criteria.ts";
import { LABEL_LEVELS, type LabelLevel } from "./profile.ts";

/**
 * A region's label distribution: how many structures meet each criterion and hold each label level, for the
 * region and by kind and setting, public. A structure's self-assessment is its own, so the region's figures
 * follow the rules of the release ledger (release/rules.ts), as released figures:
 *
 * - Released, not live. Figures are computed as of the end of each closed quarter, from the assessment each
 *   structure had agreed by then: a new self-assessment changes nothing until its quarter is over, so reading
 *   the distribution before and after it tells nothing.
 * - Units. A group holds at least MIN_STRUCTURES structures (3 besides any reader).
 * - Differences. The groups of every quarter pass the release auditor (audit-release.ts): no combination of
 *   groups and quarters isolates fewer than MIN_STRUCTURES structures. A structure "enters" at each quarter
 *   its agreed answers changed.
 * - Dominance. A count of structures is the mirror of a sum of respondents: a distribution where one level holds
 *   more than MAX_DOMINANCE of the group would tell almost every member's level, so it is withheld.
 */

export interface RegionMember {
  id: number;
  kind: StructureKind;
  setting: Setting;
}

/** A structure's agreed profile as of one quarter's end. */
export interface MemberProfile {
  level: LabelLevel;
  criteria: Record<string, CriterionLevel>;
}

export type Counts<K extends string> = Record<K, number>;
export type Withheld = { suppressed: true; reason: "dominance" };

export interface ShownDistribution {
  structures: number;
  /** Present when the group was held back at the newest quarter: the quarter of the figures shown instead. */
  asOf?: string;
  label: Counts<LabelLevel> | Withheld;
  criteria: Record<string, Counts<CriterionLevel> | Withheld>;
}

export type GroupDistribution =
  ShownDistribution | { suppressed: true; reason: "too_few_structures" | "differencing"; minStructures: number };

export interface RegionDistribution {
  /** The quarter released, e.g. "2026-Q3"; null before any quarter has a self-assessment. */
  quarter: string | null;
  overall: GroupDistribution;
  byKind: Record<StructureKind, GroupDistribution>;
  bySetting: Record<Setting, GroupDistribution>;
}

export interface DistributionInput {
  members: readonly RegionMember[];
  /** Closed quarters, oldest first. */
  quarters: readonly string[];
  /** Each member's agreed profile at the end of each quarter (absent: none yet). */
  profileAt: (memberId: number, quarter: string) => MemberProfile | null;
  criteria: readonly string[];
}

interface Group {
  key: string;
  cells: Set<string>;
  keep: (m: RegionMember) => boolean;
}

const cellOf = (m: Pick<RegionMember, "kind" | "setting">) => `${m.kind}/${m.setting}`;
const ALL_CELLS = STRUCTURE_KINDS.flatMap((kind) => SETTINGS.map((setting) => cellOf({ kind, setting })));

const GROUPS: Group[] = [
  { key: "region", cells: new Set(ALL_CELLS), keep: () => true },
  ...STRUCTURE_KINDS.map((kind) => ({
    key: `kind:${kind}`,
    cells: new Set(ALL_CELLS.filter((c) => c.startsWith(`${kind}/`))),
    keep: (m: RegionMember) => m.kind === kind,
  })),
  ...SETTINGS.map((setting) => ({
    key: `setting:${setting}`,
    cells: new Set(ALL_CELLS.filter((c) => c.endsWith(`/${setting}`))),
    keep: (m: RegionMember) => m.setting === setting,
  })),
];

/**
 * @example
 * regionDistribution({ members, quarters: ["2026-Q2", "2026-Q3"], profileAt, criteria: ["training", …] }).overall
 * // → { structures: 5, label: { granted: 1, partial: 2, not_yet: 2 }, criteria: { training: { met: 3, partly_met: 1, not_met: 1 }, … } }
 */
export function regionDistribution(input: DistributionInput): RegionDistribution {
  const quarters = input.quarters.filter((q) => input.members.some((m) => input.profileAt(m.id, q) !== null));
  const shownBefore = new Map<number, AuditedGroup[]>();
  let decided = new Map<string, GroupDistribution>();
  // A group refused at a quarter keeps showing what it last showed, with that quarter (as the ledger's views do).
  const lastShown = new Map<string, ShownDistribution>();
  quarters.forEach((quarter, index) => {
    const present = input.members.filter((m) => input.profileAt(m.id, quarters[index]!) !== null);
    const structures: AuditedStructure[] = present.map((m) => ({
      id: m.id,
      cell: cellOf(m),
      entries: entriesOf(input, m.id, quarters, index),
    }));
    decided = new Map();
    const candidates: AuditedGroup[] = [];
    for (const group of GROUPS) {
      if (present.filter(group.keep).length < MIN_STRUCTURES)
        decided.set(group.key, { suppressed: true, reason: "too_few_structures", minStructures: MIN_STRUCTURES });
      else candidates.push({ key: group.key, cells: group.cells });
    }
    const refused = auditRegion({ structures, current: index, shownBefore, candidates, minStructures: MIN_STRUCTURES });
    const shown: AuditedGroup[] = [];
    for (const candidate of candidates) {
      const group = GROUPS.find((g) => g.key === candidate.key)!;
      if (refused.has(candidate.key)) {
        const earlier = lastShown.get(candidate.key);
        decided.set(candidate.key, earlier ?? { suppressed: true, reason: "differencing", minStructures: MIN_STRUCTURES });
        continue;
      }
      shown.push(candidate);
      const profiles = present.filter(group.keep).map((m) => input.profileAt(m.id, quarter)!);
      const distribution = distributionOf(profiles, input.criteria);
      decided.set(candidate.key, distribution);
      lastShown.set(candidate.key, { ...distribution, asOf: quarter });
    }
    shownBefore.set(index, shown);
  });
  const pick = (key: string): GroupDistribution =>
    decided.get(key) ?? { suppressed: true, reason: "too_few_structures", minStructures: MIN_STRUCTURES };
  return {
    quarter: quarters[quarters.length - 1] ?? null,
    overall: pick("region"),
    byKind: Object.fromEntries(STRUCTURE_KINDS.map((k) => [k, pick(`kind:${k}`)])) as Record<StructureKind, GroupDistribution>,
    bySetting: Object.fromEntries(SETTINGS.map((s) => [s, pick(`setting:${s}`)])) as Record<Setting, GroupDistribution>,
  };
}

/** The quarters (indices, up to `upTo`) at which a member's agreed profile first appeared or changed. */
function entriesOf(input: DistributionInput, id: number, quarters: readonly string[], upTo: number): number[] {
  const entries: number[] = [];
  let previous: string | null = null;
  for (let i = 0; i <= upTo; i++) {
    const profile = input.profileAt(id, quarters[i]!);
    const key = profile ? JSON.stringify(profile) : null;
    if (key !== null && key !== previous) entries.push(i);
    previous = key;
  }
  return entries;
}

function distributionOf(profiles: readonly MemberProfile[], criteria: readonly string[]): ShownDistribution {
  return {
    structures: profiles.length,
    label: withheldIfDominant(
      countOf(
        LABEL_LEVELS,
        profiles.map((p) => p.level),
      ),
    ),
    criteria: Object.fromEntries(
      criteria.map((id) => [
        id,
        withheldIfDominant(
          countOf(
            CRITERION_LEVELS,
            profiles.map((p) => p.criteria[id] ?? "not_met"),
          ),
        ),
      ]),
    ),
  };
}

function countOf<K extends string>(keys: readonly K[], values: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Counts<K>;
}

function withheldIfDominant<K extends string>(counts: Counts<K>): Counts<K> | Withheld {
  const values = Object.values(counts) as number[];
  const total = values.reduce((a, b) => a + b, 0);
  return Math.max(...values) > MAX_DOMINANCE * total ? { suppressed: true, reason: "dominance" } : counts;
}
