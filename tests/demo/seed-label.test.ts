import { describe, expect, it } from "vitest";
import { seedDemo } from "@/demo/seed-demo.ts";
import { createTestApp } from "../support/test-app.ts";

describe("Demo data for the label", () => {
  it("Should hold structures at each label level, and a region distribution the observatory can show", async () => {
    const t = await createTestApp();
    await seedDemo(t.store, new Date());
    t.setNow(new Date());
    const admin = await t.signIn("admin");
    const levels = new Set<string>();
    for (const s of (await t.store.structures.list()).filter((s) => s.region === "84")) {
      const res = await t.json("GET", `/api/structures/${s.id}/label`, undefined, admin.headers);
      const body = (await res.json()) as { profile: { level: string } | null };
      if (body.profile) levels.add(body.profile.level);
    }
    expect(levels).toEqual(new Set(["granted", "partial", "not_yet"]));
    const region = (await (await t.json("GET", "/api/reports/regions/84/label")).json()) as {
      overall: { structures?: number; label?: Record<string, number> };
    };
    expect(region.overall.structures).toBeGreaterThanOrEqual(20);
    expect(region.overall.label).toMatchObject({ granted: expect.any(Number), partial: expect.any(Number), not_yet: expect.any(Number) });
  });
});
