import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { copyDatabaseFiles, occurrences } from "../support/disk-forensics.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-erasure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LEAVING = "souvenir du jardin partage mandragore";
const STAYING = "atelier peinture du jeudi coquelicot";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * Four structures with a dozen patient responses each in Q1 2026 (enough for their figures to be released),
 * the first one's carrying a distinctive free text, plus an invitation campaign of the first with one used
 * invitation; Q1 is then released.
 */
async function world(t: TestApp) {
  t.setNow(new Date("2026-02-10T10:00:00Z"));
  const answers = await validAnswers(t);
  const ids: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { code, structureId } = await openCampaign(t);
    ids.push(structureId);
    const comment = i === 0 ? LEAVING : STAYING;
    for (let k = 0; k < 12 + i; k++) {
      const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { ...answers, comment: `${comment} ${k}` } });
      expect(res.status).toBe(201);
    }
  }
  const invited = await openCampaign(t, { structureId: ids[0]!, invitations: 2 });
  const res = await t.json("POST", `/api/campaigns/${invited.code}/responses`, {
    answers: { ...answers, comment: `${LEAVING} invited` },
    invitation: invited.invitations[0],
  });
  expect(res.status).toBe(201);
  t.setNow(new Date("2026-05-10T10:00:00Z"));
  const admin = await t.signIn("admin");
  expect((await t.json("POST", "/api/releases", { questionnaire: "experience-usagers", quarter: "2026-Q1" }, admin.headers)).status).toBe(
    201,
  );
  return { ids, admin, invitations: invited.invitations };
}

const count = (t: TestApp, sql: string, ...params: unknown[]) => (t.store.db.$client.prepare(sql).get(...params) as { n: number }).n;

describe("DELETE /api/structures/:id/data", () => {
  it("Should erase a leaving structure's campaigns, responses, scores, invitations and cells, keep what was released, and leave no trace in the files", async () => {
    const path = join(dir, "erase.db");
    const t = await createTestApp({ databasePath: path, rateLimits: false });
    const { ids, admin, invitations } = await world(t);
    const [leaving, staying] = ids as [number, number];
    const released = () =>
      t.store.db.$client.prepare("SELECT * FROM released_figures ORDER BY release_id, scope, role, indicator_id").all();
    const releasedBefore = released();
    expect(count(t, "SELECT count(*) AS n FROM released_figures WHERE scope = ?", `structure:${leaving}`)).toBeGreaterThan(0);
    const stayingBefore = count(t, "SELECT count(*) AS n FROM responses WHERE structure_id = ?", staying);
    // What the files hold before: the free texts (the WAL was truncated by each submission).
    expect(occurrences(copyDatabaseFiles(path, "before").db, LEAVING).length).toBeGreaterThan(0);

    const res = await t.json("DELETE", `/api/structures/${leaving}/data`, { confirm: "GEM Test" }, admin.headers);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { erased: Record<string, number> };
    expect(body.erased).toEqual({ campaigns: 2, responses: 13, invitations: 2, cells: expect.any(Number) });
    expect(body.erased.cells).toBeGreaterThan(0);

    for (const [table, column] of [
      ["responses", "structure_id"],
      ["campaigns", "structure_id"],
      ["indicator_cells", "structure_id"],
    ] as const) {
      expect(count(t, `SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, leaving), table).toBe(0);
    }
    expect(count(t, "SELECT count(*) AS n FROM response_scores WHERE response_id NOT IN (SELECT id FROM responses)")).toBe(0);
    expect(count(t, "SELECT count(*) AS n FROM invitation_tokens")).toBe(0);
    // The other structures keep everything; the ledger is as released, the structure itself stays listed.
    expect(count(t, "SELECT count(*) AS n FROM responses WHERE structure_id = ?", staying)).toBe(stayingBefore);
    expect(released()).toEqual(releasedBefore);
    expect(count(t, "SELECT count(*) AS n FROM structures WHERE id = ?", leaving)).toBe(1);
    const audit = (await (await t.app.request("/api/audit", { headers: admin.headers })).json()) as {
      entries: { action: string; targetId: string; details: unknown }[];
    };
    expect(audit.entries[0]).toMatchObject({ action: "structure.erase_data", targetId: String(leaving), details: body.erased });

    // No byte of the deleted rows is left in the main file nor in the WAL: secure_delete zeroed them, and
    // the truncated WAL put the zeroed pages in place of the old ones.
    const after = copyDatabaseFiles(path, "after");
    expect(after.wal.length).toBe(0);
    expect(occurrences(after.db, LEAVING)).toEqual([]);
    for (const token of invitations) expect(occurrences(after.db, sha256(token))).toEqual([]);
    expect(occurrences(after.db, STAYING).length).toBeGreaterThan(0);
    expect(t.store.db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    t.store.close();
  });

  it("Should refuse anyone but an admin, and an admin who did not type the structure's name, in the one error shape", async () => {
    const t = await createTestApp({ rateLimits: false });
    const { code, structureId } = await openCampaign(t);
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t) })).status).toBe(201);
    const manager = await t.signIn("manager", { structureIds: [structureId] });
    const coordinator = await t.signIn("coordinator", { region: "84" });
    const admin = await t.signIn("admin");
    const erase = (id: number, body: unknown, headers: Record<string, string> = {}) =>
      t.json("DELETE", `/api/structures/${id}/data`, body, headers);

    expect((await erase(structureId, { confirm: "GEM Test" })).status).toBe(401);
    for (const who of [manager, coordinator]) {
      const res = await erase(structureId, { confirm: "GEM Test" }, who.headers);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    const wrong = await erase(structureId, { confirm: "GEM Autre" }, { ...admin.headers, "accept-language": "en" });
    expect(wrong.status).toBe(422);
    const error = ((await wrong.json()) as { error: { code: string; message: string } }).error;
    expect(error).toMatchObject({ code: "erasure_not_confirmed", message: "To erase the structure's data, type its name exactly." });
    expect((await erase(structureId, {}, admin.headers)).status).toBe(400);
    expect((await erase(structureId, { confirm: "GEM Test", all: true }, admin.headers)).status).toBe(400);
    expect((await erase(9999, { confirm: "GEM Test" }, admin.headers)).status).toBe(404);
    // Nothing was deleted by the refused calls.
    expect(count(t, "SELECT count(*) AS n FROM responses")).toBe(1);
    expect(count(t, "SELECT count(*) AS n FROM campaigns")).toBe(1);
  });
});
