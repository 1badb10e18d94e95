import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/domain/export/csv.ts";
import { STRUCTURE_COLUMNS } from "@/domain/export/structure-rows.ts";
import { FIXTURE_LOAD, releasedRegion, structureWithResponses, IN_Q2 } from "../support/released-structures.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

type Report = {
  method: string;
  threshold: number;
  horizon: string;
  roles: {
    role: string;
    indicators: { id: string; structure: Record<string, unknown>; groups: Record<string, Record<string, unknown>> }[];
  }[];
};

const exportPath = (id: number, query = "") => `/api/reports/structures/${id}/export?questionnaire=experience-usagers${query}`;
const reportOf = async (t: TestApp, id: number, headers: Record<string, string>) =>
  (await (await t.app.request(`/api/reports/structures/${id}?questionnaire=experience-usagers`, { headers })).json()) as Report;

/** Every number anywhere in a JSON value. */
function numbersIn(value: unknown, into = new Set<number>()): Set<number> {
  if (typeof value === "number") into.add(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) numbersIn(v, into);
  return into;
}

describe("GET /api/reports/structures/:id/export", () => {
  it("Should serve a UTF-8 CSV with a byte-order mark and `;` separators whose rows read back as the report's figures", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await releasedRegion(t);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const res = await t.app.request(exportPath(viewer.id), { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="reperes-experience-usagers-structure-\d+-2026-03-31\.csv"$/,
    );
    // The bytes as served: EF BB BF first, then the header.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, rows } = parseCsv(new TextDecoder().decode(bytes), ";");
    expect(header).toEqual([...STRUCTURE_COLUMNS]);
    const report = await reportOf(t, viewer.id, headers);
    const col = (row: string[], name: string) => row[header.indexOf(name)]!;
    let checked = 0;
    for (const { role, indicators } of report.roles)
      for (const indicator of indicators) {
        const mine = rows.filter((r) => col(r, "role") === role && col(r, "indicator") === indicator.id);
        const own = mine.find((r) => col(r, "group") === "structure" && col(r, "period") === "all")!;
        const s = indicator.structure as { n?: number; value?: number; ci?: number[]; suppressed?: boolean };
        if (s.suppressed) expect(col(own, "suppressed")).toBe("true");
        else {
          expect([col(own, "respondents"), col(own, "value"), col(own, "ci_low"), col(own, "ci_high")].map(Number)).toEqual([
            s.n,
            s.value,
            ...s.ci!,
          ]);
          checked++;
        }
        for (const group of ["region", "kind", "setting", "national"]) {
          const g = indicator.groups[group]!;
          const row = mine.find((r) => col(r, "group") === group)!;
          if (g.suppressed) expect([col(row, "suppressed"), col(row, "reason")]).toEqual(["true", g.reason]);
          else
            expect([col(row, "structures"), col(row, "respondents"), col(row, "value")].map(Number)).toEqual([
              g.structures,
              g.respondents,
              g.value,
            ]);
        }
        expect(col(own, "method")).toBe(report.method);
        expect(col(own, "cutoff")).toBe("2026-03-31");
      }
    expect(checked).toBeGreaterThan(3);
  });

  it("Should give the `,` variant on request, same rows", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await releasedRegion(t);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const semi = parseCsv(await (await t.app.request(exportPath(viewer.id), { headers })).text(), ";");
    const res = await t.app.request(exportPath(viewer.id, "&separator=comma"), { headers });
    const comma = parseCsv(await res.text(), ",");
    expect(comma).toEqual(semi);
  });

  it("Should serve a workbook with one sheet per role whose cells equal the CSV's", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await releasedRegion(t);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const res = await t.app.request(exportPath(viewer.id, "&format=xlsx"), { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(["patient", "comments", "about"]);
    const csv = parseCsv(await (await t.app.request(exportPath(viewer.id), { headers })).text(), ";");
    const sheet = book.getWorksheet("patient")!;
    const cells: string[][] = [];
    sheet.eachRow((row) => cells.push(STRUCTURE_COLUMNS.map((_, i) => (row.getCell(i + 1).value ?? "").toString())));
    expect(cells[0]).toEqual(csv.header);
    expect(cells.slice(1)).toEqual(csv.rows);
  });

  it("Should show nothing the report does not: every number of the file is one of the report's", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await releasedRegion(t);
    await structureWithResponses(t, 10, 3); // under the threshold: in no figure
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const allowed = numbersIn(await reportOf(t, viewer.id, headers));
    const { header, rows } = parseCsv(await (await t.app.request(exportPath(viewer.id), { headers })).text(), ";");
    const numeric = header.filter(
      (h) => !["role", "indicator", "label_fr", "label_en", "kind", "group", "period", "reason", "n_below", "cutoff", "method"].includes(h),
    );
    for (const row of rows)
      for (const name of numeric) {
        const cell = row[header.indexOf(name)]!;
        if (cell === "" || cell === "true" || cell === "false") continue;
        expect(allowed, `${name}=${cell}`).toContain(Number(cell));
      }
  });

  it("Should suppress a structure under the threshold in the file as in the report, without its n", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const small = await structureWithResponses(t, 10, 5);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [small.id] });
    const text = await (await t.app.request(exportPath(small.id), { headers })).text();
    const { header, rows } = parseCsv(text, ";");
    const own = rows.filter((r) => r[header.indexOf("group")] === "structure");
    expect(own.length).toBeGreaterThan(0);
    for (const row of own) {
      expect(row[header.indexOf("suppressed")]).toBe("true");
      expect(row[header.indexOf("respondents")]).toBe("");
    }
    expect(rows.every((r) => r[header.indexOf("respondents")] !== "10")).toBe(true);
    expect(rows.find((r) => r[header.indexOf("group")] === "structure")![header.indexOf("n_below")]).toBe("< 11");
  });

  it("Should refuse the anonymous, a manager of another structure, and an unknown format; audit the export without its content", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await releasedRegion(t);
    const other = await t.structure({ name: "Autre" });
    expect((await t.app.request(exportPath(viewer.id))).status).toBe(401);
    const stranger = await t.signIn("manager", { structureIds: [other.id] });
    const refused = await t.app.request(exportPath(viewer.id), { headers: stranger.headers });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const coordinatorElsewhere = await t.signIn("coordinator", { region: "11" });
    expect((await t.app.request(exportPath(viewer.id), { headers: coordinatorElsewhere.headers })).status).toBe(403);
    const { headers, user } = await t.signIn("manager", { structureIds: [viewer.id] });
    const bad = await t.app.request(exportPath(viewer.id, "&format=pdf"), { headers });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    expect((await t.app.request(exportPath(viewer.id, "&format=xlsx"), { headers })).status).toBe(200);
    const entries = (await t.store.audit.list({ limit: 20 })).filter((e) => e.action === "report.export");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      userId: user.id,
      targetType: "structure",
      targetId: String(viewer.id),
      details: { format: "xlsx" },
    });
    expect(JSON.stringify(entries[0])).not.toMatch(/respondents|"value"/);
  });
});
