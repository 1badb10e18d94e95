import { describe, expect, it } from "vitest";
import { AURA_REGION, regionOfDepartment } from "@/domain/territory.ts";

describe("regionOfDepartment", () => {
  it("Should place the 12 départements of Auvergne-Rhône-Alpes in region 84", () => {
    for (const d of ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"])
      expect(regionOfDepartment(d)).toBe(AURA_REGION);
  });

  it("Should know other regions, Corsica and overseas", () => {
    expect(regionOfDepartment("75")).toBe("11");
    expect(regionOfDepartment("2a")).toBe("94");
    expect(regionOfDepartment("2B")).toBe("94");
    expect(regionOfDepartment("974")).toBe("04");
  });

  it("Should know nothing of codes that are not départements", () => {
    for (const d of ["20", "00", "96", "99", "975", "", "6"]) expect(regionOfDepartment(d)).toBeUndefined();
  });
});
