/**
 * The structures that run campaigns: peer-support groups (GEM), hospitals, CMPs… Their kind and setting
 * are the comparison groups of the regional benchmarks (benchmark/comparison-groups.ts).
 */

export const STRUCTURE_KINDS = ["gem", "hospital", "cmp", "association", "medico_social", "other"] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];
export const SETTINGS = ["urban", "intermediate", "rural"] as const;
export type Setting = (typeof SETTINGS)[number];

export interface StructureRecord {
  id: number;
  name: string;
  kind: StructureKind;
  department: string;
  region: string;
  setting: Setting;
  isDemo: boolean;
}
