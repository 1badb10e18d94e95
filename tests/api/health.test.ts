import { describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app.ts";

describe("GET /api/health", () => {
  it("Should answer ok when the database answers", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("Should answer 503 in the one error shape when the database is gone", async () => {
    const t = await createTestApp();
    t.store.close();
    const res = await t.app.request("/api/health", { headers: { "accept-language": "en" } });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toBe("Service temporarily unavailable.");
    expect(body.error.requestId).toMatch(/.+/);
  });
});

describe("Unknown routes", () => {
  it("Should return not_found in the error shape, with a French message by default", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/nothing-here");
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error).toMatchObject({ code: "not_found", message: "Ressource introuvable." });
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
  });
});
