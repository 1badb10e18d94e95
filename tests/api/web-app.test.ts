import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app.ts";

const dist = mkdtempSync(join(tmpdir(), "reperes-web-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Repères</title>");
writeFileSync(join(dist, "assets", "app.js"), "console.log('app');".repeat(200));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("Serving the web app", () => {
  it("Should serve index.html, its assets, and index.html for client-side routes", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const home = await t.app.request("/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("<title>Repères</title>");
    expect(await (await t.app.request("/assets/app.js")).text()).toContain("console.log");
    const respondent = await t.app.request("/r/some-campaign-code");
    expect(respondent.status).toBe(200);
    expect(await respondent.text()).toContain("<title>Repères</title>");
  });

  it("Should send the bundles compressed to browsers that accept it", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const res = await t.app.request("/assets/app.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });

  it("Should send a strict content security policy and no referrer", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const res = await t.app.request("/r/abc");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("Should keep unknown API routes as JSON errors", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const res = await t.app.request("/api/unknown");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
