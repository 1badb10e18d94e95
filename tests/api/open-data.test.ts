import { describe, expect, it } from "vitest";
import { parseCsv } from "@/domain/export/csv.ts";
import { FIXTURE_LOAD, IN_Q2, releasedRegion, structureWithResponses } from "../support/released-structures.ts";
import { createTestApp } from "../support/test-app.ts";

const path = (code: string, query = "") => `/api/open-data/regions/${code}?questionnaire=experience-usagers${query}`;

type Group = { structures?: number; respondents?: number; value?: number; ci?: number[]; suppressed?: boolean; reason?: string };
type RegionReport = {
  roles: { role: string; indicators: { id: string; overall: Group; byKind: Record<string, Group>; bySetting: Record<string, Group> }[] }[];
};

function numbersIn(value: unknown, into = new Set<number>()): Set<number> {
  if (typeof value === "number") into.add(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) numbersIn(v, into);
  return into;
}

const TABLE_SCHEMA_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
];

/**
 * Table Schema (Frictionless Data, v1), checked here from the specification's text rather than with the code
 * that writes the package: a descriptor's shape, then every cell of the data against its field.
 */
function tableSchemaProblems(
  schema: { fields: { name: string; type?: string; constraints?: { enum?: string[] } }[]; missingValues?: string[]; primaryKey?: string[] },
  table: { header: string[]; rows: string[][] },
): string[] {
  const problems: string[] = [];
  const names = schema.fields.map((f) => f.name);
  if (new Set(names).size !== names.length) problems.push("field names are not unique");
  for (const f of schema.fields) if (f.type && !TABLE_SCHEMA_TYPES.includes(f.type)) problems.push(`${f.name}: unknown type ${f.type}`);
  for (const key of schema.primaryKey ?? []) if (!names.includes(key)) problems.push(`primary key ${key} is not a field`);
  if (JSON.stringify(table.header) !== JSON.stringify(names)) problems.push("header differs from the fields");
  const missing = schema.missingValues ?? [""];
  const casts: Record<string, (v: string) => boolean> = {
    string: () => true,
    integer: (v) => /^[-+]?\d+$/.test(v),
    number: (v) => /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v) || ["NaN", "INF", "-INF"].includes(v),
    boolean: (v) => ["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"].includes(v),
    date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  };
  const keys = new Set<string>();
  table.rows.forEach((row, r) => {
    if (row.length !== names.length) problems.push(`row ${r}: ${row.length} cells`);
    schema.fields.forEach((f, i) => {
      const cell = row[i] ?? "";
      if (missing.includes(cell)) return;
      if (!(casts[f.type ?? "string"] ?? (() => false))(cell)) problems.push(`row ${r} ${f.name}: "${cell}" is not a ${f.type}`);
      if (f.constraints?.enum && !f.constraints.enum.includes(cell)) problems.push(`row ${r} ${f.name}: "${cell}" not allowed`);
    });
    const key = (schema.primaryKey ?? []).map((k) => row[names.indexOf(k)]).join("|");
    if (schema.primaryKey && keys.has(key)) problems.push(`row ${r}: duplicate key ${key}`);
    keys.add(key);
  });
  return problems;
}

describe("GET /api/open-data/regions/:code", () => {
  it("Should serve, without sign-in, the region's public figures as tidy CSV rows equal to its public report", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    await releasedRegion(t);
    const report = (await (await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).json()) as RegionReport;
    const res = await t.app.request(path("84", "&format=csv"));
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, rows } = parseCsv(new TextDecoder().decode(bytes), ";");
    const col = (row: string[], name: string) => row[header.indexOf(name)]!;
    let shown = 0;
    for (const { role, indicators } of report.roles)
      for (const indicator of indicators) {
        const groups: [string, string, Group][] = [
          ["region", "all", indicator.overall],
          ...Object.entries(indicator.byKind).map(([k, g]) => ["kind", k, g] as [string, string, Group]),
          ...Object.entries(indicator.bySetting).map(([k, g]) => ["setting", k, g] as [string, string, Group]),
        ];
        for (const [type, name, g] of groups) {
          const row = rows.find(
            (r) =>
              col(r, "role") === role && col(r, "indicator") === indicator.id && col(r, "group_type") === type && col(r, "group") === name,
          )!;
          if (g.suppressed) expect([col(row, "suppressed"), col(row, "reason"), col(row, "value")]).toEqual(["true", g.reason, ""]);
          else {
            expect(
              [col(row, "structures"), col(row, "respondents"), col(row, "value"), col(row, "ci_low"), col(row, "ci_high")].map(Number),
            ).toEqual([g.structures, g.respondents, g.value, ...g.ci!]);
            shown++;
          }
        }
      }
    expect(shown).toBeGreaterThan(3);
    const json = (await (await t.app.request(path("84"))).json()) as { rows: Record<string, unknown>[]; licence: { name: string } };
    expect(json.rows).toHaveLength(rows.length);
    expect(json.licence.name).toBe("etalab-2.0");
  });

  it("Should show nothing but the threshold's rule in a region below the units rule", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    await structureWithResponses(t, 30, 4, { department: "75" });
    await structureWithResponses(t, 25, 2, { department: "75" });
    t.setNow(IN_Q2);
    const { header, rows } = parseCsv(await (await t.app.request(path("11", "&format=csv"))).text(), ";");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[header.indexOf("suppressed")]).toBe("true");
      for (const column of ["structures", "respondents", "value", "ci_low", "ci_high", "median"])
        expect(row[header.indexOf(column)]).toBe("");
    }
  });

  it("Should show no number the public report does not", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    await releasedRegion(t);
    await structureWithResponses(t, 10, 2, { kind: "cmp" });
    t.setNow(IN_Q2);
    const allowed = numbersIn(await (await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).json());
    const json = (await (await t.app.request(path("84"))).json()) as { rows: Record<string, unknown>[] };
    for (const row of json.rows)
      for (const [k, v] of Object.entries(row)) if (typeof v === "number" && k !== "threshold") expect(allowed, `${k}=${v}`).toContain(v);
  });

  it("Should describe its CSV with a Frictionless data package whose Table Schema the served CSV meets, under Licence Ouverte 2.0", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    await releasedRegion(t);
    const res = await t.app.request("http://reperes.example/api/open-data/regions/84/datapackage.json?questionnaire=experience-usagers");
    expect(res.status).toBe(200);
    const pkg = (await res.json()) as {
      profile: string;
      name: string;
      licenses: { name: string; path: string }[];
      method: string;
      resources: {
        name: string;
        path: string;
        profile: string;
        dialect: { delimiter: string };
        schema: Parameters<typeof tableSchemaProblems>[0];
      }[];
    };
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: "etalab-2.0" })]);
    expect(pkg.method).toEqual(expect.any(String));
    const [resource] = pkg.resources;
    expect(resource!.profile).toBe("tabular-data-resource");
    const url = new URL(resource!.path);
    expect(url.origin).toBe("http://reperes.example");
    const csv = await t.app.request(url.pathname + url.search);
    expect(csv.status).toBe(200);
    const table = parseCsv(await csv.text(), resource!.dialect.delimiter);
    expect(table.rows.length).toBeGreaterThan(10);
    expect(tableSchemaProblems(resource!.schema, table)).toEqual([]);
    // The checker finds a fault when there is one.
    expect(tableSchemaProblems(resource!.schema, { ...table, rows: [table.rows[0]!.map((c, i) => (i === 10 ? "x" : c))] })).not.toEqual([]);
  });

  it("Should audit each export, anonymous or not, and refuse an unknown region or format", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    expect((await t.app.request(path("84", "&format=csv"))).status).toBe(200);
    const entries = (await t.store.audit.list({ limit: 10 })).filter((e) => e.action === "open_data.export");
    expect(entries).toMatchObject([{ userId: null, targetType: "region", targetId: "84", details: { format: "csv" } }]);
    const bad = await t.app.request(path("99"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    expect((await t.app.request(path("84", "&format=xml"))).status).toBe(400);
    const unknown = await t.app.request("/api/open-data/regions/84?questionnaire=nope");
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("questionnaire_not_found");
  });
});
