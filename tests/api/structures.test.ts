import { describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app.ts";

const lyonGem = { name: "GEM Les Canuts", kind: "gem", department: "69", setting: "urban" };

describe("GET /api/structures", () => {
  it("Should list the public directory without authentication", async () => {
    const t = await createTestApp();
    await t.structure({ name: "CMP de Vichy", kind: "cmp", department: "03", setting: "intermediate" });
    const res = await t.app.request("/api/structures");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { structures: Record<string, unknown>[] };
    expect(body.structures).toEqual([
      { id: 1, name: "CMP de Vichy", kind: "cmp", department: "03", region: "84", setting: "intermediate", demo: false },
    ]);
  });

  it("Should filter by region", async () => {
    const t = await createTestApp();
    await t.structure({ department: "69", region: "84" });
    await t.structure({ department: "75", region: "11" });
    const res = await t.app.request("/api/structures?region=11");
    const body = (await res.json()) as { structures: { region: string }[] };
    expect(body.structures.map((s) => s.region)).toEqual(["11"]);
  });
});

describe("POST /api/structures", () => {
  it("Should let an admin create a structure and derive its region from the département", async () => {
    const t = await createTestApp();
    const { headers } = await t.signIn("admin");
    const res = await t.json("POST", "/api/structures", lyonGem, headers);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ ...lyonGem, region: "84", demo: false });
    const corsica = await t.json("POST", "/api/structures", { ...lyonGem, department: "2a" }, headers);
    expect(await corsica.json()).toMatchObject({ department: "2A", region: "94" });
  });

  it("Should let a coordinator create in their region only", async () => {
    const t = await createTestApp();
    const { headers } = await t.signIn("coordinator", { region: "84" });
    expect((await t.json("POST", "/api/structures", lyonGem, headers)).status).toBe(201);
    const paris = await t.json("POST", "/api/structures", { ...lyonGem, department: "75" }, headers);
    expect(paris.status).toBe(403);
    expect(((await paris.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("Should refuse managers, co-researchers and anonymous callers", async () => {
    const t = await createTestApp();
    expect((await t.json("POST", "/api/structures", lyonGem)).status).toBe(401);
    for (const role of ["manager", "co_researcher"] as const) {
      const { headers } = await t.signIn(role);
      expect((await t.json("POST", "/api/structures", lyonGem, headers)).status).toBe(403);
    }
    expect(await t.store.structures.list()).toEqual([]);
  });

  it.each([
    [{ ...lyonGem, kind: "clinic" }, "kind"],
    [{ ...lyonGem, department: "99" }, "department"],
    [{ ...lyonGem, department: "20" }, "department"],
    [{ ...lyonGem, setting: "suburban" }, "setting"],
    [{ ...lyonGem, name: "" }, "name"],
  ])("Should refuse %j naming the field %s", async (input, field) => {
    const t = await createTestApp();
    const { headers } = await t.signIn("admin");
    const res = await t.json("POST", "/api/structures", input, headers);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.details.map((d) => d.path)).toContain(field);
  });
});
