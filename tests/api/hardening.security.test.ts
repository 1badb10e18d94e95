import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/** A request from a given socket address, as @hono/node-server passes it to the app. */
function from(t: TestApp, address: string, path: string, init: RequestInit) {
  return t.app.request(path, init, { incoming: { socket: { remoteAddress: address } } });
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("Cross-site requests and content types", () => {
  it("Should refuse a write announced as cross-site, or from another origin", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const crossSite = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: {} }, { "sec-fetch-site": "cross-site" });
    const otherOrigin = await t.json("POST", "/api/auth/login", { email: "a@b.fr", password: "x" }, { origin: "https://evil.example" });
    for (const res of [crossSite, otherOrigin]) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("cross_origin_refused");
    }
    const sameOrigin = await t.json(
      "POST",
      `/api/campaigns/${code}/responses`,
      { answers: await validAnswers(t) },
      { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    );
    expect(sameOrigin.status).toBe(201);
  });

  it("Should answer 415 to a write whose body is not JSON", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: '{"email":"a","password":"b"}',
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  });

  it("Should refuse a body whose declared length is over the limit, and a malformed length", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const big = JSON.stringify({ answers: { comment: "x".repeat(70_000) } });
    const declared = await t.app.request(`/api/campaigns/${code}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const staff = await t.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "2000000" },
      body: "{}",
    });
    expect(staff.status).toBe(413);
    const malformed = await t.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "12abc" },
      body: "{}",
    });
    expect(malformed.status).toBe(400);
  });

  it("Should keep CORS closed", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/auth/login", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("Should send security headers: a CSP without inline scripts, no-sniff, no framing, no referrer", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/health");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const https = await t.app.request("https://reperes.example/api/health");
    expect(https.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("Should never return a stack trace or SQL in a 500", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    t.store.db.$client.exec("DROP TABLE response_scores");
    const original = console.error;
    console.error = () => {};
    try {
      const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/response_scores|sqlite|\.ts:/i);
      expect(JSON.parse(text).error.code).toBe("internal_error");
    } finally {
      console.error = original;
    }
  });
});

describe("Rate limits", () => {
  it("Should throttle one client failing on many accounts", async () => {
    const t = await createTestApp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push((await from(t, "203.0.113.9", "/api/auth/login", post({ email: `u${i}@example.org`, password: "x" }))).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await from(t, "203.0.113.10", "/api/auth/login", post({ email: "u0@example.org", password: "x" }))).status).toBe(401);
  });

  it("Should let a waiting-room tablet send one questionnaire after another, and stop a flood from one client", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    const send = (address: string) => from(t, address, `/api/campaigns/${code}/responses`, post({ answers }));
    for (let i = 0; i < 25; i++) expect((await send("192.0.2.50")).status).toBe(201);
    for (let i = 25; i < 60; i++) await send("192.0.2.50");
    const flood = await send("192.0.2.50");
    expect(flood.status).toBe(429);
    expect(flood.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await send("192.0.2.51")).status).toBe(201);
    expect((t.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n).toBe(61);
  });

  it("Should believe X-Forwarded-For only from a trusted proxy", async () => {
    const direct = await createTestApp();
    for (let i = 0; i < 30; i++)
      await from(
        direct,
        "203.0.113.7",
        "/api/auth/login",
        post({ email: `a${i}@x.fr`, password: "x" }, { "x-forwarded-for": `10.0.0.${i}` }),
      );
    // Forged forwarding headers from an untrusted peer change nothing: still one client, now over its limit.
    expect(
      (await from(direct, "203.0.113.7", "/api/auth/login", post({ email: "b@x.fr", password: "x" }, { "x-forwarded-for": "10.9.9.9" })))
        .status,
    ).toBe(429);

    const proxied = await createTestApp({ trustedProxies: ["127.0.0.1"] });
    for (let i = 0; i < 30; i++)
      await from(
        proxied,
        "127.0.0.1",
        "/api/auth/login",
        post({ email: `a${i}@x.fr`, password: "x" }, { "x-forwarded-for": "203.0.113.7" }),
      );
    expect(
      (await from(proxied, "127.0.0.1", "/api/auth/login", post({ email: "b@x.fr", password: "x" }, { "x-forwarded-for": "203.0.113.7" })))
        .status,
    ).toBe(429);
    // Behind the proxy, another real client is another key — even if it prepends a forged address.
    expect(
      (
        await from(
          proxied,
          "127.0.0.1",
          "/api/auth/login",
          post({ email: "b@x.fr", password: "x" }, { "x-forwarded-for": "203.0.113.7, 198.51.100.3" }),
        )
      ).status,
    ).toBe(401);
  });

  it("Should not limit anything with RATE_LIMITS=off", async () => {
    const t = await createTestApp({ rateLimits: false });
    for (let i = 0; i < 35; i++)
      expect((await from(t, "203.0.113.1", "/api/auth/login", post({ email: "a@x.fr", password: "x" }))).status).toBe(401);
  });
});
