import { describe, expect, it } from "vitest";
import { auditRegion, type AuditedGroup } from "../../../src/domain/release/audit-release.ts";
import { RowSpace } from "../../../src/domain/release/row-space.ts";

const group = (key: string, ...cells: string[]): AuditedGroup => ({ key, cells: new Set(cells) });

describe("RowSpace", () => {
  it("Should find a quantity that follows from the difference of two sums, and none from one sum", () => {
    const space = new RowSpace(3);
    space.add([0, 1, 2]);
    expect(space.discloses([2])).toBe(false);
    space.add([0, 1]);
    expect(space.discloses([2])).toBe(true);
    expect(space.discloses([0])).toBe(false);
    expect(space.discloses([0, 1])).toBe(true);
  });

  it("Should follow longer chains: (a+b) − (b+c) + (c) gives a", () => {
    const space = new RowSpace(3);
    space.add([0, 1]);
    space.add([1, 2]);
    expect(space.discloses([0])).toBe(false);
    space.add([2]);
    expect(space.discloses([0])).toBe(true);
  });

  it("Should require a set disclosed anew by a row to hold, for each column of the reduced row, it or a row pivoted there", () => {
    const space = new RowSpace(4);
    space.add([0, 1]);
    expect(space.requirements([0, 1, 2])).toEqual([[2]]);
    // a + b + c + d, less a + b, is c + d: a set it discloses anew holds both c and d (no row is nonzero there).
    expect(space.requirements([0, 1, 2, 3])).toEqual([[2], [3]]);
    space.add([2, 3]);
    // c, given c + d, discloses d: a set holding d, or c (where the row c + d is pivoted).
    expect(space.requirements([2])).toEqual([[3, 2]]);
    expect(space.requirements([0, 1, 2, 3])).toEqual([]);
  });
});

describe("auditRegion", () => {
  const fourGems = [1, 2, 3, 4].map((id) => ({ id, cell: "gem/urban", entries: [0] }));

  it("Should refuse a kind that differs from the region by one structure", () => {
    const structures = [...fourGems, { id: 5, cell: "hospital/rural", entries: [0] }];
    const refused = auditRegion({
      structures,
      current: 0,
      shownBefore: new Map(),
      candidates: [group("region", "gem/urban", "hospital/rural"), group("kind:gem", "gem/urban")],
      minStructures: 4,
    });
    expect([...refused]).toEqual(["kind:gem"]);
  });

  it("Should refuse the release in which one new structure enters a group shown before", () => {
    const structures = [...fourGems, { id: 5, cell: "gem/rural", entries: [1] }];
    const region = group("region", "gem/urban", "gem/rural");
    const refused = auditRegion({ structures, current: 1, shownBefore: new Map([[0, [region]]]), candidates: [region], minStructures: 4 });
    expect([...refused]).toEqual(["region"]);
  });

  it("Should accept the next release when four structures' new data enter together", () => {
    const structures = [1, 2, 3, 4].map((id) => ({ id, cell: "gem/urban", entries: [0, 1] }));
    const region = group("region", "gem/urban");
    const refused = auditRegion({ structures, current: 1, shownBefore: new Map([[0, [region]]]), candidates: [region], minStructures: 4 });
    expect(refused.size).toBe(0);
  });

  it("Should refuse a release where only one structure has new data", () => {
    const structures = [...[1, 2, 3].map((id) => ({ id, cell: "gem/urban", entries: [0] })), { id: 4, cell: "gem/urban", entries: [0, 1] }];
    const region = group("region", "gem/urban");
    const refused = auditRegion({ structures, current: 1, shownBefore: new Map([[0, [region]]]), candidates: [region], minStructures: 4 });
    expect([...refused]).toEqual(["region"]);
  });
});
