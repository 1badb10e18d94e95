import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/config.ts";

describe("parseConfig", () => {
  it("Should default to port 3000, the embedded database, demo data on and MIN_CELL 11", () => {
    expect(parseConfig({})).toEqual({
      port: 3000,
      databasePath: "./data/reperes.db",
      demoData: true,
      minCell: 11,
      rateLimits: true,
      trustedProxies: [],
      surveysDir: "./surveys",
      webDistDir: "./web/dist",
      journeyRetentionDays: 730,
    });
  });

  it("Should turn demo data off by default when DATABASE_PATH is set (production)", () => {
    expect(parseConfig({ DATABASE_PATH: "/var/lib/reperes/prod.db" }).demoData).toBe(false);
    expect(parseConfig({ DATABASE_PATH: "/var/lib/reperes/prod.db", DEMO_DATA: "true" }).demoData).toBe(true);
  });

  it("Should read trusted proxies and the switch for rate limits", () => {
    const config = parseConfig({ TRUSTED_PROXIES: "10.0.0.1, ::1", RATE_LIMITS: "off" });
    expect(config.trustedProxies).toEqual(["10.0.0.1", "::1"]);
    expect(config.rateLimits).toBe(false);
  });

  it("Should read trusted proxies given as IPv4 and IPv6 addresses and CIDR ranges", () => {
    const config = parseConfig({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8, ::1, fd00::/8" });
    expect(config.trustedProxies).toEqual(["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"]);
  });

  it("Should read the first admin from ADMIN_EMAIL and ADMIN_PASSWORD", () => {
    const config = parseConfig({ ADMIN_EMAIL: "dpo@example.org", ADMIN_PASSWORD: "a long enough secret" });
    expect(config.admin).toEqual({ email: "dpo@example.org", password: "a long enough secret" });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ MIN_CELL: "3" }, "MIN_CELL"],
    [{ DEMO_DATA: "yes" }, "DEMO_DATA"],
    [{ ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "a long enough secret" }, "ADMIN_EMAIL"],
    [{ ADMIN_EMAIL: "dpo@example.org" }, "ADMIN_PASSWORD"],
    [{ ADMIN_EMAIL: "dpo@example.org", ADMIN_PASSWORD: "short" }, "ADMIN_PASSWORD"],
    [{ RATE_LIMITS: "maybe" }, "RATE_LIMITS"],
    [{ TRUSTED_PROXIES: "10.0.0.1,not-an-ip" }, "TRUSTED_PROXIES"],
    [{ TRUSTED_PROXIES: "10.0.0.0/33" }, "TRUSTED_PROXIES"],
    [{ TRUSTED_PROXIES: "fd00::/129" }, "TRUSTED_PROXIES"],
    [{ TRUSTED_PROXIES: "10.0.0.0/" }, "TRUSTED_PROXIES"],
    [{ CONTACT_EMAIL: "nobody" }, "CONTACT_EMAIL"],
  ])("Should refuse %j with a message naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^[\\s\\S]*${name}:`));
  });
});
