import { describe, expect, it } from "vitest";
import { from, post } from "../support/from-address.ts";
import { createTestApp, TEST_PASSWORD } from "../support/test-app.ts";

/**
 * The usual deployment: a reverse proxy ends TLS and talks plain HTTP to Repères on the same machine. What it
 * says about the client (X-Forwarded-For) and the protocol (X-Forwarded-Proto) is believed from it alone.
 */
describe("Behind a TLS reverse proxy", () => {
  it("Should set a Secure session cookie and send HSTS when a trusted proxy says the request came over HTTPS", async () => {
    const t = await createTestApp({ trustedProxies: ["127.0.0.1"] });
    const { user } = await t.signIn("manager");
    // Node reports a loopback peer on a dual-stack socket as an IPv4-mapped IPv6 address.
    const res = await from(
      t,
      "::ffff:127.0.0.1",
      "http://reperes.example/api/auth/login",
      post(
        { email: user.email, password: TEST_PASSWORD },
        {
          "x-forwarded-proto": "https",
          "x-forwarded-for": "203.0.113.4",
          origin: "https://reperes.example",
          "sec-fetch-site": "same-origin",
        },
      ),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");

    // From anyone else the header is ignored: no Secure cookie, no HSTS, and an HTTPS origin is another origin.
    const direct = (origin: string) =>
      from(
        t,
        "203.0.113.50",
        "http://reperes.example/api/auth/login",
        post({ email: user.email, password: TEST_PASSWORD }, { "x-forwarded-proto": "https", origin }),
      );
    const plain = await direct("http://reperes.example");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("set-cookie")).not.toMatch(/Secure/i);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect((await direct("https://reperes.example")).status).toBe(403);
  });

  it("Should trust proxies given as CIDR ranges, IPv4 or IPv6, and match IPv4-mapped peers", async () => {
    const t = await createTestApp({ trustedProxies: ["10.0.0.0/8", "fd00::/8"] });
    const fail = (peer: string, client: string, i: number) =>
      from(t, peer, "/api/auth/login", post({ email: `a${i}@x.fr`, password: "x" }, { "x-forwarded-for": client }));
    for (let i = 0; i < 15; i++) expect((await fail("::ffff:10.1.2.3", "203.0.113.7", i)).status).toBe(401);
    for (let i = 15; i < 30; i++) expect((await fail("fd12::1", "203.0.113.7", i)).status).toBe(401);
    // Both proxies spoke for the same client, which is now over its limit; another client behind them is not.
    expect((await fail("10.200.0.1", "203.0.113.7", 30)).status).toBe(429);
    expect((await fail("10.200.0.1", "203.0.113.8", 31)).status).toBe(401);
    // A peer outside the ranges is its own client, whatever it forwards.
    expect((await fail("11.0.0.1", "203.0.113.7", 32)).status).toBe(401);
  });
});
