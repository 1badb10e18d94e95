import { describe, expect, it } from "vitest";
import { hashPassword } from "@/auth/passwords.ts";
import { createTestApp, FIXED_NOW, TEST_PASSWORD } from "../support/test-app.ts";

describe("POST /api/auth/login", () => {
  it("Should open a session in an HttpOnly, SameSite cookie and report the user on /me", async () => {
    const t = await createTestApp();
    await t.store.accounts.createUser(
      { email: "Manager@Example.org", passwordHash: await hashPassword(TEST_PASSWORD), role: "manager" },
      FIXED_NOW,
    );
    const res = await t.json("POST", "/api/auth/login", { email: "manager@example.ORG", password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^reperes_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.app.request("/api/auth/me", { headers: { cookie: cookie.split(";")[0]! } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string; role: string } }).user).toMatchObject({
      email: "manager@example.org",
      role: "manager",
    });
  });

  it("Should store only the hash of the session token", async () => {
    const t = await createTestApp();
    const { cookie } = await t.signIn("manager");
    const token = cookie.split("=")[1]!;
    const ids = t.store.db.$client.prepare("SELECT id FROM sessions").all() as { id: string }[];
    expect(ids).toHaveLength(1);
    expect(ids[0]!.id).not.toContain(token);
    expect(ids[0]!.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("Should give the same generic error for a wrong password and an unknown e-mail", async () => {
    const t = await createTestApp();
    const { user } = await t.signIn("manager");
    const wrong = await t.json("POST", "/api/auth/login", { email: user.email, password: "not the password" });
    const unknown = await t.json("POST", "/api/auth/login", { email: "nobody@example.org", password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = (await wrong.json()) as { error: { code: string; message: string } };
    const b = (await unknown.json()) as { error: { code: string; message: string } };
    expect(a.error.code).toBe("invalid_credentials");
    expect({ code: b.error.code, message: b.error.message }).toEqual({ code: a.error.code, message: a.error.message });
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("Should refuse a malformed body with invalid_request and the faulty fields", async () => {
    const t = await createTestApp();
    const res = await t.json("POST", "/api/auth/login", { email: "" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.details.map((d) => d.path).sort()).toEqual(["email", "password"]);
  });

  it("Should refuse a body that is not JSON with invalid_json", async () => {
    const t = await createTestApp();
    const res = await t.json("POST", "/api/auth/login", "{not json");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
  });
});

describe("POST /api/auth/logout and session expiry", () => {
  it("Should revoke the session at logout", async () => {
    const t = await createTestApp();
    const { headers } = await t.signIn("admin");
    expect((await t.app.request("/api/auth/me", { headers })).status).toBe(200);
    expect((await t.app.request("/api/auth/logout", { method: "POST", headers })).status).toBe(200);
    const after = await t.app.request("/api/auth/me", { headers });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });

  it("Should refuse a session past its expiry", async () => {
    const t = await createTestApp();
    const { headers } = await t.signIn("admin");
    t.setNow(new Date(FIXED_NOW.getTime() + 9 * 60 * 60 * 1000));
    expect((await t.app.request("/api/auth/me", { headers })).status).toBe(401);
  });

  it("Should rotate the session at every login", async () => {
    const t = await createTestApp();
    const { user, cookie } = await t.signIn("admin");
    const again = await t.json("POST", "/api/auth/login", { email: user.email, password: TEST_PASSWORD });
    expect(again.headers.get("set-cookie")!.split(";")[0]).not.toBe(cookie);
  });
});
