import { describe, expect, it } from "vitest";
import { hashPassword } from "../../src/auth/passwords.ts";
import { errorCode, from, post } from "../support/from-address.ts";
import { createTestApp, FIXED_NOW, TEST_PASSWORD, type TestApp } from "../support/test-app.ts";

const login = (t: TestApp, address: string, email: string, password: string) =>
  from(t, address, "/api/auth/login", post({ email, password }));

const after = (seconds: number) => new Date(FIXED_NOW.getTime() + seconds * 1000);

/**
 * Sign-in limits stop password guessing without handing an attacker a way to lock staff out: the delay grows
 * for one account from one client, a ceiling per account only a distributed attack reaches spares the
 * addresses its owner signed in from, and a successful sign-in never counts.
 */
describe("Sign-in limits", () => {
  it("Should let the owner sign in after an attacker's failures from another address", async () => {
    const t = await createTestApp();
    const { user } = await t.signIn("manager");
    expect((await login(t, "192.0.2.10", user.email, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 12; i++) await login(t, "198.51.100.7", user.email, "wrong password");
    expect((await login(t, "192.0.2.10", user.email, TEST_PASSWORD)).status).toBe(200);
    // An address the owner never used is not blocked either: one attacker alone is far from the account's ceiling.
    expect((await login(t, "203.0.113.5", user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("Should slow one client down on one account with a growing delay, and forget it on success", async () => {
    const t = await createTestApp();
    const { user } = await t.signIn("manager");
    const attacker = "198.51.100.7";
    for (let i = 0; i < 5; i++) expect((await login(t, attacker, user.email, "wrong password")).status).toBe(401);
    const delays: string[] = [];
    let elapsed = 0;
    for (let i = 0; i < 4; i++) {
      const refused = await login(t, attacker, user.email, "wrong password");
      expect(refused.status).toBe(429);
      expect(await errorCode(refused)).toBe("too_many_requests");
      const wait = refused.headers.get("retry-after")!;
      delays.push(wait);
      elapsed += Number(wait);
      t.setNow(after(elapsed));
      expect((await login(t, attacker, user.email, "wrong password")).status).toBe(401);
    }
    expect(delays).toEqual(["1", "2", "4", "8"]);
    // While the delay runs, even the right password is not tried: the answer tells nothing.
    expect((await login(t, attacker, user.email, TEST_PASSWORD)).status).toBe(429);
    t.setNow(after(elapsed + 16));
    expect((await login(t, attacker, user.email, TEST_PASSWORD)).status).toBe(200);
    // The success wiped the slate: a typo right after is an ordinary failure.
    expect((await login(t, attacker, user.email, "wrong password")).status).toBe(401);
    expect((await login(t, attacker, user.email, "wrong password")).status).toBe(401);
  });

  it("Should stop a distributed attack at a ceiling per account, and still let the owner in from an address that signed in before", async () => {
    const t = await createTestApp();
    const { user } = await t.signIn("manager");
    expect((await login(t, "192.0.2.10", user.email, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 50; i++) expect((await login(t, `198.51.100.${i}`, user.email, "wrong password")).status).toBe(401);
    const refused = await login(t, "198.51.100.200", user.email, "wrong password");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // From an address never used for this account, even the right password waits out the window...
    expect((await login(t, "203.0.113.5", user.email, TEST_PASSWORD)).status).toBe(429);
    // ...but the owner's usual address gets in at once.
    expect((await login(t, "192.0.2.10", user.email, TEST_PASSWORD)).status).toBe(200);
    // Other accounts are untouched.
    const other = await t.signIn("manager");
    expect((await login(t, "203.0.113.5", other.user.email, TEST_PASSWORD)).status).toBe(200);
    t.setNow(after(15 * 60));
    expect((await login(t, "203.0.113.5", user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("Should never count a successful sign-in: forty colleagues behind one hospital address sign in", async () => {
    const t = await createTestApp();
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const emails: string[] = [];
    for (let i = 0; i < 40; i++) {
      const email = `soignant-${i}@chu.example.org`;
      await t.store.accounts.createUser(
        { email, passwordHash, role: "manager", region: null, structureIds: [], background: null, displayName: null },
        FIXED_NOW,
      );
      emails.push(email);
    }
    for (const email of emails) expect((await login(t, "192.0.2.77", email, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 40; i++) expect((await login(t, "192.0.2.77", emails[0]!, TEST_PASSWORD)).status).toBe(200);
  });

  it("Should count the addresses of one IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 address", async () => {
    const t = await createTestApp();
    for (let i = 0; i < 30; i++)
      expect((await login(t, `2001:db8:aa:1::${(i + 1).toString(16)}`, `u${i}@example.org`, "x")).status).toBe(401);
    expect((await login(t, "2001:db8:aa:1:ffff:ffff:ffff:9", "v@example.org", "x")).status).toBe(429);
    expect((await login(t, "2001:db8:aa:2::1", "v@example.org", "x")).status).toBe(401);

    for (let i = 0; i < 30; i++) expect((await login(t, "::ffff:203.0.113.9", `w${i}@example.org`, "x")).status).toBe(401);
    expect((await login(t, "203.0.113.9", "v@example.org", "x")).status).toBe(429);
  });

  it("Should slow down guesses of the current password on the password change form", async () => {
    const t = await createTestApp();
    const { headers } = await t.signIn("manager");
    const change = (current: string) => t.json("POST", "/api/auth/password", { current, next: "a brand new passphrase" }, headers);
    for (let i = 0; i < 5; i++) expect((await change("wrong password")).status).toBe(403);
    expect((await change("wrong password")).status).toBe(429);
    expect((await change(TEST_PASSWORD)).status).toBe(429);
    t.setNow(after(1));
    expect((await change(TEST_PASSWORD)).status).toBe(200);
  });
});
