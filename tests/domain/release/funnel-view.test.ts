import { describe, expect, it } from "vitest";
import type { RespondentRole } from "../../../src/domain/questionnaire/types.ts";
import { buildRelease } from "../../../src/domain/release/build-release.ts";
import { releaseRules } from "../../../src/domain/release/rules.ts";
import { funnelView } from "../../../src/domain/release/views/funnel-view.ts";

const hope = { id: "hope", kind: "score", dimension: "hope", title: { fr: "Espoir", en: "Hope" } } as const;
const structures = [1, 2, 3, 4].map((id) => ({ id, kind: "gem" as const, setting: "urban" as const, department: "69", region: "84" }));
const cells = structures.flatMap(({ id }) =>
  (["patient", "peer_worker"] as RespondentRole[]).map((role) => ({
    structureId: id,
    role,
    period: "2026-Q1",
    indicatorId: "hope",
    n: 5 + id,
    sum: 60 * (5 + id),
    sumSquares: 3700 * (5 + id),
  })),
);
const figures = buildRelease({ quarter: "2026-Q1", earlier: [], structures, indicators: [hope], cells, rules: releaseRules(5) });
const ledger = { rows: figures.map((f) => ({ ...f, cutoff: "2026-03-31" })), cutoff: "2026-03-31" };
const frameOf = (role: RespondentRole) =>
  funnelView({ ledger, structure: structures[0]!, indicators: [hope], role, minCell: 5 }).roles[0]!.indicators[0]!.groups.region;

describe("funnelView", () => {
  it("Should show the reader's own point exactly and the others rounded", () => {
    const frame = frameOf("patient");
    // Rounded n: 7 → 5, 8 and 9 → 10.
    expect("points" in frame && frame.points).toEqual([
      { n: 5, value: 60 },
      { n: 6, value: 60, own: true },
      { n: 10, value: 60 },
      { n: 10, value: 60 },
    ]);
  });

  it("Should show no structure's point for peer workers, the reader's own included, only the region's value and limits", () => {
    const frame = frameOf("peer_worker");
    expect(frame).toMatchObject({ target: 60, points: [] });
    expect("limits" in frame && frame.limits.length).toBeGreaterThan(0);
  });
});
