import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPagePath, PAGE_PATHS } from "@/domain/page-paths.ts";

// The server answers 404 for any address that is not in PAGE_PATHS: a page the app routes to but the list
// forgets would be unreachable by its address (a bookmark, a reload, a link in an e-mail).
const routed = (file: string) => {
  const source = readFileSync(new URL(`../../web/src/staff/${file}`, import.meta.url), "utf8");
  const patterns = [...source.matchAll(/matchPath\("([^"]+)"/g), ...source.matchAll(/path === "([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(patterns)];
};

describe("The web app's page addresses", () => {
  it("Should list every address the staff app routes to, so that none answers 404 on reload", () => {
    const patterns = routed("staff-app.tsx");
    expect(patterns.length).toBeGreaterThan(8);
    for (const pattern of patterns) expect(PAGE_PATHS, pattern).toContain(pattern);
  });

  it("Should tell a page from an address that is none", () => {
    expect(isPagePath("/structures/12/label")).toBe(true);
    expect(isPagePath("/structures/12/label/extra")).toBe(false);
    expect(isPagePath("/wp-admin")).toBe(false);
  });
});
