import { SETTINGS, STRUCTURE_KINDS, type Setting, type StructureKind } from "../structures.ts";
import { auditGroups, type AuditedGroup, type GroupDecision, type GroupPartition } from "./disclosure.ts";

/**
 * Comparison groups and which of them a reader may see.
 *
 * A structure is compared with the structures of its region, those of its region of the same kind (GEM,
 * hospital, CMP…), those of its region of the same setting (urban, intermediate, rural), and all structures
 * (national); when its own figure is suppressed, with its département (roll-up). The kind and setting
 * groups are regional, the very groups of the region's public figures: a reader then never holds two
 * versions of one group whose difference would single a structure out.
 *
 * Visibility follows disclosure rules R4–R6 (disclosure.ts), over everything the reader can put side by
 * side: the public figures of every region (decided first, for everyone, and fixed) and the reader's own
 * groups. Partitions a reader can subtract: a region = its kinds = its settings; the nation = its regions.
 */

export interface BenchmarkStructure {
  id: number;
  kind: StructureKind;
  setting: Setting;
  /** INSEE département code. */
  department: string;
  /** INSEE region code. */
  region: string;
}

export interface DecidedGroup {
  members: number[];
  decision: GroupDecision;
}

export interface PublicGroups {
  overall: DecidedGroup;
  byKind: Record<StructureKind, DecidedGroup>;
  bySetting: Record<Setting, DecidedGroup>;
}

export type ReaderGroupName = "region" | "kind" | "setting" | "national" | "department";

/**
 * The public groups of a region: decided for any reader (R4's public threshold), from the eligible
 * structures of that region only, so that one region's figures never depend on another's.
 * @example
 * publicGroups("84", eligibleStructures).byKind.gem.decision // → { visible: true }
 */
export function publicGroups(region: string, eligible: readonly BenchmarkStructure[]): PublicGroups {
  const { groups, partitions } = publicFamily(region, eligible);
  const decisions = auditGroups(groups, partitions, "public");
  const decided = (key: string): DecidedGroup => ({
    members: [...groups.find((g) => g.key === key)!.members],
    decision: decisions.get(key)!,
  });
  return {
    overall: decided(publicKey(region, "region")),
    byKind: Object.fromEntries(STRUCTURE_KINDS.map((kind) => [kind, decided(publicKey(region, `kind:${kind}`))])) as Record<
      StructureKind,
      DecidedGroup
    >,
    bySetting: Object.fromEntries(SETTINGS.map((setting) => [setting, decided(publicKey(region, `setting:${setting}`))])) as Record<
      Setting,
      DecidedGroup
    >,
  };
}

/**
 * The groups of a structure's report, decided for that reader against everything else it can read.
 * @param withDepartment include the département (asked for only as a roll-up, R7).
 * @example
 * readerGroups(viewer, eligibleStructures, false).national.decision // → { visible: false, reason: "complementary" }
 */
export function readerGroups(
  viewer: BenchmarkStructure,
  eligible: readonly BenchmarkStructure[],
  withDepartment: boolean,
): Partial<Record<ReaderGroupName, DecidedGroup>> & Record<Exclude<ReaderGroupName, "department">, DecidedGroup> {
  const groups: AuditedGroup[] = [];
  const partitions: GroupPartition[] = [];
  const regions = [...new Set([viewer.region, ...eligible.map((s) => s.region)])].sort();
  for (const region of regions) {
    const family = publicFamily(region, eligible);
    const decisions = auditGroups(family.groups, family.partitions, "public");
    groups.push(...family.groups.map((g) => ({ ...g, locked: decisions.get(g.key)! })));
  }
  const ids = (keep: (s: BenchmarkStructure) => boolean) => eligible.filter(keep).map((s) => s.id);
  const inRegion = (s: BenchmarkStructure) => s.region === viewer.region;
  const own: { name: ReaderGroupName; members: number[] }[] = [
    { name: "region", members: ids(inRegion) },
    { name: "kind", members: ids((s) => inRegion(s) && s.kind === viewer.kind) },
    { name: "setting", members: ids((s) => inRegion(s) && s.setting === viewer.setting) },
    { name: "national", members: ids(() => true) },
  ];
  if (withDepartment) own.push({ name: "department", members: ids((s) => s.department === viewer.department) });
  own.forEach((group, rank) => groups.push({ key: group.name, members: group.members, rank }));

  const region = viewer.region;
  partitions.push(
    { total: "region", parts: ["kind", ...STRUCTURE_KINDS.filter((k) => k !== viewer.kind).map((k) => publicKey(region, `kind:${k}`))] },
    { total: "region", parts: ["setting", ...SETTINGS.filter((s) => s !== viewer.setting).map((s) => publicKey(region, `setting:${s}`))] },
    { total: "national", parts: ["region", ...regions.filter((r) => r !== region).map((r) => publicKey(r, "region"))] },
  );
  const decisions = auditGroups(groups, partitions, { structureId: viewer.id });
  return Object.fromEntries(own.map((g) => [g.name, { members: g.members, decision: decisions.get(g.name)! }])) as ReturnType<
    typeof readerGroups
  >;
}

function publicFamily(region: string, eligible: readonly BenchmarkStructure[]): { groups: AuditedGroup[]; partitions: GroupPartition[] } {
  const inRegion = eligible.filter((s) => s.region === region);
  const groups: AuditedGroup[] = [
    { key: publicKey(region, "region"), members: inRegion.map((s) => s.id), rank: 0 },
    ...STRUCTURE_KINDS.map((kind) => ({
      key: publicKey(region, `kind:${kind}`),
      members: inRegion.filter((s) => s.kind === kind).map((s) => s.id),
      rank: 1,
    })),
    ...SETTINGS.map((setting) => ({
      key: publicKey(region, `setting:${setting}`),
      members: inRegion.filter((s) => s.setting === setting).map((s) => s.id),
      rank: 2,
    })),
  ];
  const partitions: GroupPartition[] = [
    { total: publicKey(region, "region"), parts: STRUCTURE_KINDS.map((kind) => publicKey(region, `kind:${kind}`)) },
    { total: publicKey(region, "region"), parts: SETTINGS.map((setting) => publicKey(region, `setting:${setting}`)) },
  ];
  return { groups, partitions };
}

function publicKey(region: string, group: string): string {
  return `public:${region}:${group}`;
}
