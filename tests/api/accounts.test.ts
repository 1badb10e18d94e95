import { describe, expect, it } from "vitest";
import { createTestApp, FIXED_NOW, TEST_PASSWORD } from "../support/test-app.ts";

const NEW_PASSWORD = "a brand new passphrase";

type ErrorBody = { error: { code: string } };

describe("Staff invitations", () => {
  it("Should let an admin invite a coordinator, who accepts with a password of their own and is signed in", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const res = await t.json(
      "POST",
      "/api/accounts/invitations",
      { email: "Obs@Example.org", role: "coordinator", region: "84" },
      admin.headers,
    );
    expect(res.status).toBe(201);
    const { token, expiresAt } = (await res.json()) as { token: string; expiresAt: string };
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(expiresAt).toBe(new Date(FIXED_NOW.getTime() + 7 * 24 * 3600_000).toISOString());
    const stored = t.store.db.$client.prepare("SELECT token_hash FROM staff_invitations").all() as { token_hash: string }[];
    expect(JSON.stringify(stored)).not.toContain(token);

    const accepted = await t.json("POST", "/api/accounts/accept", { token, password: NEW_PASSWORD });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { user: unknown }).user).toMatchObject({
      email: "obs@example.org",
      role: "coordinator",
      region: "84",
    });
    const cookie = accepted.headers.get("set-cookie")!.split(";")[0]!;
    expect((await t.app.request("/api/auth/me", { headers: { cookie } })).status).toBe(200);
    expect((await t.json("POST", "/api/auth/login", { email: "obs@example.org", password: NEW_PASSWORD })).status).toBe(200);
  });

  it("Should accept an invitation once only", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const { token } = (await (
      await t.json(
        "POST",
        "/api/accounts/invitations",
        { email: "a@example.org", role: "co_researcher", background: "researcher" },
        admin.headers,
      )
    ).json()) as { token: string };
    expect((await t.json("POST", "/api/accounts/accept", { token, password: NEW_PASSWORD })).status).toBe(200);
    const again = await t.json("POST", "/api/accounts/accept", { token, password: "another passphrase" });
    expect(again.status).toBe(400);
    expect(((await again.json()) as ErrorBody).error.code).toBe("staff_invitation_invalid");
  });

  it("Should refuse an expired invitation", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const { token } = (await (
      await t.json(
        "POST",
        "/api/accounts/invitations",
        { email: "late@example.org", role: "co_researcher", background: "researcher" },
        admin.headers,
      )
    ).json()) as { token: string };
    t.setNow(new Date(FIXED_NOW.getTime() + 8 * 24 * 3600_000));
    expect((await t.json("POST", "/api/accounts/accept", { token, password: NEW_PASSWORD })).status).toBe(400);
    expect(await t.store.accounts.findCredentials("late@example.org")).toBeUndefined();
  });

  it("Should refuse a password shorter than 12 characters and a made-up token", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const { token } = (await (
      await t.json(
        "POST",
        "/api/accounts/invitations",
        { email: "p@example.org", role: "co_researcher", background: "researcher" },
        admin.headers,
      )
    ).json()) as { token: string };
    expect((await t.json("POST", "/api/accounts/accept", { token, password: "short" })).status).toBe(400);
    expect((await t.json("POST", "/api/accounts/accept", { token: "made-up", password: NEW_PASSWORD })).status).toBe(400);
  });

  it("Should refuse to invite an e-mail that already has an account", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const res = await t.json(
      "POST",
      "/api/accounts/invitations",
      { email: admin.user.email, role: "co_researcher", background: "researcher" },
      admin.headers,
    );
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.code).toBe("account_exists");
  });

  it("Should let a coordinator invite managers of their region's structures only", async () => {
    const t = await createTestApp();
    const lyon = await t.structure({ department: "69", region: "84" });
    const paris = await t.structure({ department: "75", region: "11" });
    const { headers } = await t.signIn("coordinator", { region: "84" });
    const invite = (body: object) => t.json("POST", "/api/accounts/invitations", body, headers);
    expect((await invite({ email: "m1@example.org", role: "manager", structureIds: [lyon.id] })).status).toBe(201);
    expect((await invite({ email: "m2@example.org", role: "manager", structureIds: [paris.id] })).status).toBe(403);
    expect((await invite({ email: "m3@example.org", role: "manager", structureIds: [lyon.id, paris.id] })).status).toBe(403);
    expect((await invite({ email: "c@example.org", role: "coordinator", region: "84" })).status).toBe(403);
    expect((await invite({ email: "a@example.org", role: "admin" })).status).toBe(403);
  });

  it("Should let a manager invite co-managers of their own structures only", async () => {
    const t = await createTestApp();
    const mine = await t.structure({ name: "Mine" });
    const other = await t.structure({ name: "Other" });
    const { headers } = await t.signIn("manager", { structureIds: [mine.id] });
    const invite = (body: object) => t.json("POST", "/api/accounts/invitations", body, headers);
    expect((await invite({ email: "co@example.org", role: "manager", structureIds: [mine.id] })).status).toBe(201);
    expect((await invite({ email: "x@example.org", role: "manager", structureIds: [other.id] })).status).toBe(403);
    expect((await invite({ email: "y@example.org", role: "co_researcher", background: "researcher" })).status).toBe(403);
  });

  it("Should give the invited manager exactly the structures of the invitation", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const admin = await t.signIn("admin");
    const { token } = (await (
      await t.json("POST", "/api/accounts/invitations", { email: "m@example.org", role: "manager", structureIds: [s.id] }, admin.headers)
    ).json()) as { token: string };
    const res = await t.json("POST", "/api/accounts/accept", { token, password: NEW_PASSWORD });
    expect(((await res.json()) as { user: { structureIds: number[] } }).user.structureIds).toEqual([s.id]);
  });

  it.each([
    [{ email: "x@example.org", role: "manager" }, "structureIds"],
    [{ email: "x@example.org", role: "coordinator" }, "region"],
    [{ email: "x@example.org", role: "coordinator", region: "99" }, "region"],
    [{ email: "not-an-email", role: "co_researcher", background: "researcher" }, "email"],
    [{ email: "x@example.org", role: "superuser" }, "role"],
    [{ email: "x@example.org", role: "co_researcher", password: "chosen-by-someone-else" }, ""],
  ])("Should refuse the invitation %j (field %s)", async (body, field) => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const res = await t.json("POST", "/api/accounts/invitations", body, admin.headers);
    expect(res.status).toBe(400);
    const details = ((await res.json()) as { error: { details: { path: string }[] } }).error.details;
    expect(details.map((d) => d.path)).toContain(field);
  });
});

describe("POST /api/auth/password", () => {
  it("Should change the password, end every other session and renew this one", async () => {
    const t = await createTestApp();
    const first = await t.signIn("manager", { email: "me@example.org" });
    const second = await t.json("POST", "/api/auth/login", { email: "me@example.org", password: TEST_PASSWORD });
    const otherDevice = { cookie: second.headers.get("set-cookie")!.split(";")[0]! };
    const res = await t.json("POST", "/api/auth/password", { current: TEST_PASSWORD, next: NEW_PASSWORD }, first.headers);
    expect(res.status).toBe(200);
    const renewed = { cookie: res.headers.get("set-cookie")!.split(";")[0]! };
    expect((await t.app.request("/api/auth/me", { headers: otherDevice })).status).toBe(401);
    expect((await t.app.request("/api/auth/me", { headers: first.headers })).status).toBe(401);
    expect((await t.app.request("/api/auth/me", { headers: renewed })).status).toBe(200);
    expect((await t.json("POST", "/api/auth/login", { email: "me@example.org", password: TEST_PASSWORD })).status).toBe(401);
    expect((await t.json("POST", "/api/auth/login", { email: "me@example.org", password: NEW_PASSWORD })).status).toBe(200);
  });

  it("Should refuse a wrong current password and a weak new one", async () => {
    const t = await createTestApp();
    const { headers } = await t.signIn("manager");
    const wrong = await t.json("POST", "/api/auth/password", { current: "not it at all", next: NEW_PASSWORD }, headers);
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as ErrorBody).error.code).toBe("wrong_password");
    expect((await t.json("POST", "/api/auth/password", { current: TEST_PASSWORD, next: "short" }, headers)).status).toBe(400);
    expect((await t.app.request("/api/auth/me", { headers })).status).toBe(200);
  });
});

describe("GET /api/audit", () => {
  it("Should show admins every staff action, and coordinators only their region's", async () => {
    const t = await createTestApp();
    const lyon = await t.structure({ department: "69", region: "84" });
    const paris = await t.structure({ department: "75", region: "11" });
    const admin = await t.signIn("admin");
    for (const s of [lyon, paris]) {
      await t.json(
        "POST",
        "/api/campaigns",
        { structureId: s.id, questionnaire: "experience-usagers", version: 1, role: "patient" },
        admin.headers,
      );
    }
    const all = (await (await t.app.request("/api/audit", { headers: admin.headers })).json()) as {
      entries: { action: string; region: string | null; at: string; userId: number }[];
    };
    expect(
      all.entries
        .filter((e) => e.action === "campaign.create")
        .map((e) => e.region)
        .sort(),
    ).toEqual(["11", "84"]);
    expect(all.entries[0]).toMatchObject({ userId: admin.user.id, at: FIXED_NOW.toISOString() });

    const coordinator = await t.signIn("coordinator", { region: "84" });
    const mine = (await (await t.app.request("/api/audit", { headers: coordinator.headers })).json()) as {
      entries: { region: string | null }[];
    };
    expect(mine.entries.length).toBeGreaterThan(0);
    expect(mine.entries.every((e) => e.region === "84")).toBe(true);
  });

  it("Should refuse managers and co-researchers", async () => {
    const t = await createTestApp();
    for (const role of ["manager", "co_researcher"] as const) {
      const { headers } = await t.signIn(role);
      expect((await t.app.request("/api/audit", { headers })).status).toBe(403);
    }
  });
});
