import { beforeEach, describe, expect, it } from "vitest";
import { acceptInvitation, inviteStaff } from "@/actions/accounts.ts";
import { changePassword, signIn } from "@/actions/sessions.ts";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});

describe("acceptInvitation", () => {
  it("Should create no account when its audit entry cannot be written, and leave the invitation usable", async () => {
    const admin = await t.user("admin");
    const { token } = await inviteStaff(t.actions, admin, { email: "nouvelle@example.org", role: "admin" });
    const restore = t.failAuditWrites();
    await expect(acceptInvitation(t.actions, token, "a long enough password")).rejects.toThrow("audit log unavailable");
    expect(await t.store.accounts.findCredentials("nouvelle@example.org")).toBeUndefined();

    restore();
    const user = await acceptInvitation(t.actions, token, "a long enough password");
    expect(user).toMatchObject({ email: "nouvelle@example.org", role: "admin" });
    await expect(acceptInvitation(t.actions, token, "a long enough password")).rejects.toMatchObject({ code: "staff_invitation_invalid" });
  });
});

describe("changePassword", () => {
  it("Should keep the old password and the sessions when its audit entry cannot be written", async () => {
    const { user } = await t.signIn("manager");
    const sessions = () => (t.store.db.$client.prepare("SELECT count(*) AS n FROM sessions").get() as { n: number }).n;
    expect(sessions()).toBe(1);
    t.failAuditWrites();
    await expect(changePassword(t.actions, user, TEST_PASSWORD, "another long password")).rejects.toThrow("audit log unavailable");
    expect(sessions()).toBe(1);
    await expect(signIn(t.actions, user.email, "another long password")).rejects.toMatchObject({ code: "invalid_credentials" });
  });
});
