import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app.ts";

const t = await createTestApp();

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; security?: unknown[]; requestBody?: unknown }>>;
};

/** Every `METHOD /api/…` the README names, its query left out and its parameters as placeholders. */
function readmeRoutes(): { method: string; path: string }[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  return [...readme.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/api\/[^`?\s]*)/g)].map((m) => ({ method: m[1]!.toLowerCase(), path: m[2]! }));
}

describe("GET /api/openapi.json", () => {
  it("Should be a valid OpenAPI 3.1 document", async () => {
    const res = await t.app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("Should list every route of the README, with the method it names", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as Doc;
    const templates = Object.keys(doc.paths).map((p) => ({ path: p, pattern: new RegExp(`^${p.replace(/\{\w+\}/g, "[^/]+")}$`) }));
    const routes = readmeRoutes();
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      const concrete = route.path.replace(/:\w+/g, "x");
      const found = templates.filter((tpl) => tpl.pattern.test(concrete)).some((tpl) => route.method in doc.paths[tpl.path]!);
      expect(found, `${route.method.toUpperCase()} ${route.path}`).toBe(true);
    }
  });

  it("Should describe parameters, bodies and sign-in from the routes' own schemas", async () => {
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as Doc;
    const exportOp = doc.paths["/api/reports/structures/{id}/export"]!.get!;
    expect(exportOp.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(["path:id", "query:questionnaire", "query:format", "query:separator"]),
    );
    expect(exportOp.security).toEqual([{ session: [] }]);
    expect(doc.paths["/api/open-data/regions/{code}"]!.get!.security).toBeUndefined();
    expect(doc.paths["/api/auth/login"]!.post!.requestBody).toMatchObject({
      content: { "application/json": { schema: { properties: { email: expect.anything(), password: expect.anything() } } } },
    });
  });
});

describe("GET /api/docs", () => {
  it("Should serve a readable reference page that loads nothing from elsewhere", async () => {
    const res = await t.app.request("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain("GET /api/reports/structures/{id}/export");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.)/);
  });
});
