import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { openCampaign } from "../support/answers.ts";
import { createTestApp } from "../support/test-app.ts";

const dist = mkdtempSync(join(tmpdir(), "reperes-web-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><html><head><title>Repères</title></head><body></body></html>");
writeFileSync(join(dist, "assets", "app.js"), "console.log('app');".repeat(200));
// As the build's precompressing step leaves them: a brotli and a gzip copy beside the file.
writeFileSync(join(dist, "assets", "big.js"), "console.log('big');".repeat(200));
writeFileSync(join(dist, "assets", "big.js.br"), "brotli bytes");
writeFileSync(join(dist, "assets", "big.js.gz"), "gzip bytes");
mkdirSync(join(dist, ".vite"));
writeFileSync(
  join(dist, ".vite", "manifest.json"),
  JSON.stringify({
    "src/main.tsx": { file: "assets/app.js", isEntry: true },
    "src/respondent/respondent-app.tsx": { file: "assets/respondent.js", imports: ["_shared"], css: ["assets/respondent.css"] },
    _shared: { file: "assets/shared.js" },
  }),
);
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

  it("Should send the build's brotli copy to browsers that accept it, and its gzip copy to the others", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const br = await t.app.request("/assets/big.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toContain("Accept-Encoding");
    expect(br.headers.get("content-type")).toContain("javascript");
    expect(await br.text()).toBe("brotli bytes");
    const gz = await t.app.request("/assets/big.js", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(await gz.text()).toBe("gzip bytes");
    const plain = await t.app.request("/assets/big.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toContain("Accept-Encoding");
    expect(await plain.text()).toContain("console.log('big')");
  });

  it("Should cache hashed assets for good and never cache the page that names them", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const asset = await t.app.request("/assets/big.js", { headers: { "accept-encoding": "br" } });
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const page = await t.app.request("/r/abc");
    expect(page.headers.get("cache-control")).toBe("no-cache");
  });

  it("Should send the pages compressed, brotli first", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const res = await t.app.request("/connexion", { headers: { "accept-encoding": "gzip, br" } });
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain("<title>Repères</title>");
  });

  it("Should preload a respondent link's campaign and respondent scripts", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const html = await (await t.app.request("/r/abc%22def")).text();
    expect(html).toContain('<link rel="preload" href="/api/campaigns/abc%22def" as="fetch" crossorigin="anonymous">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/respondent.js">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/shared.js">');
    expect(html).toContain('<link rel="preload" href="/assets/respondent.css" as="style" crossorigin>');
    expect(await (await t.app.request("/connexion")).text()).not.toContain("preload");
    expect((await t.app.request("/r/%E0%A4%A")).status).toBe(200);
  });

  it("Should answer an address that is no page of the app with a 404 and the app's page", async () => {
    const t = await createTestApp({ webDistDir: dist });
    for (const path of ["/wp-admin", "/r", "/r/abc/extra", "/structures/1/unknown"]) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("<title>Repères</title>");
    }
    for (const path of ["/", "/connexion", "/observatoire/84", "/structures/3/enquetes", "/questionnaires/x/comparer"])
      expect((await t.app.request(path)).status, path).toBe(200);
  });

  it("Should send the API's JSON compressed, brotli where accepted", async () => {
    const t = await createTestApp({ webDistDir: dist });
    const { code } = await openCampaign(t);
    const plain = await t.app.request(`/api/campaigns/${code}`);
    const expected = await plain.json();
    const br = await t.app.request(`/api/campaigns/${code}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toContain("Accept-Encoding");
    const bytes = Buffer.from(await br.arrayBuffer());
    expect(JSON.parse(brotliDecompressSync(bytes).toString())).toEqual(expected);
    expect(bytes.length).toBeLessThan(JSON.stringify(expected).length / 3);
    const gz = await t.app.request(`/api/campaigns/${code}`, { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString())).toEqual(expected);
  });
});
