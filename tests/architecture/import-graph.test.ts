import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The layering of src/, read from the import statements themselves: the domain is pure and owns its
 * vocabulary, storage depends on the domain and never the reverse, routes stay thin, and no module waits on
 * itself through a loop of imports.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");

interface Edge {
  to: string;
  typeOnly: boolean;
}

/** Every .ts file under src/, as a path relative to the repository ("src/db/store.ts"). */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [relative(ROOT, path)] : [];
  });
}

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, with whether they bring types only. */
const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The src/ files a file imports (packages and files outside src/ left out). */
function importsOf(file: string, source: string): Edge[] {
  const edges: Edge[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4]!;
    const target = specifier.startsWith("@/")
      ? join("src", specifier.slice(2))
      : specifier.startsWith(".")
        ? relative(ROOT, resolve(ROOT, dirname(file), specifier))
        : undefined;
    if (target?.startsWith("src/") && target.endsWith(".ts")) edges.push({ to: target, typeOnly: match[2] !== undefined });
  }
  return edges;
}

const graph = new Map(sourceFiles().map((file) => [file, importsOf(file, readFileSync(join(ROOT, file), "utf8"))]));

const layer = (file: string) => file.split("/")[1]!;
const edgesWhere = (from: (file: string) => boolean, to: (edge: Edge, file: string) => boolean) =>
  [...graph].flatMap(([file, edges]) => (from(file) ? edges.filter((edge) => to(edge, file)).map((edge) => `${file} → ${edge.to}`) : []));

/** Each import loop once, as the files along it; found by depth-first search (grey = on the current path). */
function cycles(): string[][] {
  const state = new Map<string, "grey" | "black">();
  const path: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, "grey");
    path.push(file);
    for (const { to } of graph.get(file) ?? []) {
      if (state.get(to) === "grey") found.push([...path.slice(path.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(file, "black");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("the import graph of src/", () => {
  it("Should be read from real files (the parser finds the imports it is meant to check)", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("src/db/store.ts")!.map((e) => e.to)).toContain("src/db/accounts-store.ts");
    expect(graph.get("src/http/context.ts")!.some((e) => e.to === "src/db/store.ts" && e.typeOnly)).toBe(true);
  });

  it("Should keep the domain pure: nothing in src/domain imports storage, HTTP, routes, caches or actions", () => {
    expect(
      edgesWhere(
        (f) => layer(f) === "domain",
        (e) => layer(e.to) !== "domain",
      ),
    ).toEqual([]);
  });

  it("Should not let a route file import another route file", () => {
    expect(
      edgesWhere(
        (f) => layer(f) === "routes",
        (e) => layer(e.to) === "routes",
      ),
    ).toEqual([]);
  });

  it("Should not let routes reach the database but for its types: they go through actions", () => {
    expect(
      edgesWhere(
        (f) => layer(f) === "routes",
        (e) => layer(e.to) === "db" && !e.typeOnly,
      ),
    ).toEqual([]);
  });

  it("Should keep actions free of HTTP: they take a context and a user, and throw DomainError", () => {
    expect(
      edgesWhere(
        (f) => layer(f) === "actions",
        (e) => ["http", "routes"].includes(layer(e.to)),
      ),
    ).toEqual([]);
  });

  it("Should keep storage below everything but the domain", () => {
    expect(
      edgesWhere(
        (f) => layer(f) === "db",
        (e) => ["actions", "caches", "http", "routes"].includes(layer(e.to)),
      ),
    ).toEqual([]);
  });

  it("Should have no import cycle", () => {
    expect(cycles()).toEqual([]);
  });

  it("Should find a cycle when there is one (the search itself is checked)", () => {
    graph.set("src/__a.ts", [{ to: "src/__b.ts", typeOnly: true }]);
    graph.set("src/__b.ts", [{ to: "src/__a.ts", typeOnly: false }]);
    try {
      expect(cycles()).toEqual([["src/__a.ts", "src/__b.ts", "src/__a.ts"]]);
    } finally {
      graph.delete("src/__a.ts");
      graph.delete("src/__b.ts");
    }
  });
});
