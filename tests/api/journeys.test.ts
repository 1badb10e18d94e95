import { describe, expect, it } from "vitest";
import { deriveJourneySecrets, openJourney, sealJourney } from "@/domain/journeys/journey-secrets.ts";
import { MAX_JOURNEY_BYTES } from "@/domain/journeys/journey-history.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { errorCode, from, post } from "../support/from-address.ts";
import { createTestApp, FIXED_NOW, type TestApp } from "../support/test-app.ts";

const CODE = "galet mesange tilleul phare brioche lanterne";
const key = (n: number) => `k${String(n).padStart(42, "0")}`;
const put = (t: TestApp, k: string, bytes: Uint8Array<ArrayBuffer>, address = "192.0.2.1") =>
  from(t, address, `/api/journeys/${k}`, { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: bytes });
const get = (t: TestApp, k: string, address = "192.0.2.1") => from(t, address, `/api/journeys/${k}`);
const del = (t: TestApp, k: string, address = "192.0.2.1") => from(t, address, `/api/journeys/${k}`, { method: "DELETE" });

/** Every table's every row, as text, to look for what should not be there. */
function everyRow(t: TestApp): { table: string; text: string }[] {
  const sqlite = t.store.db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).map((row) => ({
      table: name,
      text: Object.values(row)
        .map((v) => (Buffer.isBuffer(v) ? v.toString("hex") : String(v)))
        .join("|"),
    })),
  );
}

describe("Personal journeys", () => {
  it("Should store, read, replace and delete an opaque blob under its key", async () => {
    const t = await createTestApp();
    const k = key(1);
    expect((await get(t, k)).status).toBe(404);
    expect((await put(t, k, new Uint8Array([1, 2, 3]))).status).toBe(204);
    const first = await get(t, k);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/octet-stream");
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await put(t, k, new Uint8Array([9, 8]))).status).toBe(204);
    expect(new Uint8Array(await (await get(t, k)).arrayBuffer())).toEqual(new Uint8Array([9, 8]));
    expect((await del(t, k)).status).toBe(204);
    expect((await get(t, k)).status).toBe(404);
    // Deleting again answers the same: the answer says nothing of what was stored.
    expect((await del(t, k)).status).toBe(204);
  });

  it("Should answer an unknown key as it answers a deleted one", async () => {
    const t = await createTestApp();
    await put(t, key(2), new Uint8Array([1]));
    await del(t, key(2));
    const deleted = await get(t, key(2));
    const never = await get(t, key(3));
    expect([deleted.status, never.status]).toEqual([404, 404]);
    const withoutRequestId = async (res: Response) => ({ ...((await res.json()) as { error: object }).error, requestId: undefined });
    expect(await withoutRequestId(deleted)).toEqual(await withoutRequestId(never));
  });

  it("Should refuse a malformed key before any read", async () => {
    const t = await createTestApp();
    for (const bad of ["short", `${key(1)}x`, `${key(1).slice(0, 42)}!`, `${key(1).slice(0, 42)}=`]) {
      const res = await get(t, encodeURIComponent(bad));
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe("invalid_request");
      expect((await put(t, encodeURIComponent(bad), new Uint8Array([1]))).status).toBe(400);
    }
  });

  it("Should refuse a blob over the size bound, and an empty one", async () => {
    const t = await createTestApp();
    expect((await put(t, key(4), new Uint8Array(MAX_JOURNEY_BYTES))).status).toBe(204);
    const tooLarge = await put(t, key(5), new Uint8Array(MAX_JOURNEY_BYTES + 1));
    expect(tooLarge.status).toBe(413);
    expect(await errorCode(tooLarge)).toBe("payload_too_large");
    expect((await put(t, key(6), new Uint8Array(0))).status).toBe(400);
    expect((await get(t, key(5))).status).toBe(404);
  });

  it("Should refuse bodies that are neither bytes nor JSON, as every API route does", async () => {
    const t = await createTestApp();
    const res = await from(t, "192.0.2.1", `/api/journeys/${key(7)}`, {
      method: "PUT",
      headers: { "content-type": "text/plain" },
      body: "hello",
    });
    expect(res.status).toBe(415);
  });

  it("Should limit look-ups per client, as submissions are, and count the three methods together", async () => {
    const t = await createTestApp();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await get(t, key(100 + i), "198.51.100.7")).status);
    expect(statuses.every((s) => s === 404)).toBe(true);
    const refused = await put(t, key(1), new Uint8Array([1]), "198.51.100.7");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).not.toBeNull();
    expect((await del(t, key(1), "198.51.100.7")).status).toBe(429);
    // Another client is not held up.
    expect((await get(t, key(1), "198.51.100.8")).status).toBe(404);
  });

  it("Should keep the day and no finer time, and set no cookie", async () => {
    const t = await createTestApp();
    const res = await put(t, key(8), new Uint8Array([1, 2]));
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await get(t, key(8))).headers.get("set-cookie")).toBeNull();
    const columns = (t.store.db.$client.prepare("PRAGMA table_info(journeys)").all() as { name: string }[]).map((c) => c.name);
    expect(columns.sort()).toEqual(["lookup_key", "sealed", "stored_on"]);
    const row = t.store.db.$client.prepare("SELECT stored_on AS storedOn FROM journeys").get() as { storedOn: string };
    expect(row.storedOn).toBe("2026-06-15");
  });

  it("Should delete histories not stored again for the configured time", async () => {
    const t = await createTestApp({ journeyRetentionDays: 30 });
    await put(t, key(9), new Uint8Array([1]));
    t.setNow(new Date(FIXED_NOW.getTime() + 20 * 86_400_000));
    await put(t, key(10), new Uint8Array([2]));
    t.setNow(new Date(FIXED_NOW.getTime() + 40 * 86_400_000));
    await put(t, key(11), new Uint8Array([3]));
    expect((await get(t, key(9))).status).toBe(404);
    expect((await get(t, key(10))).status).toBe(200);
  });

  it("Should hold a blob that only the code opens: the code with its last word changed opens nothing", async () => {
    const t = await createTestApp();
    const { lookupKey, encryptionKey } = await deriveJourneySecrets(CODE);
    const history = { visits: [{ day: "2026-06-15", scores: [{ dimension: "hope", score: 62 }] }] };
    expect((await put(t, lookupKey, await sealJourney(history, encryptionKey))).status).toBe(204);

    const stored = new Uint8Array(await (await get(t, lookupKey)).arrayBuffer());
    expect(Buffer.from(stored).toString("latin1")).not.toContain("hope");
    expect(await openJourney(stored, encryptionKey)).toEqual(history);
    const wrong = await deriveJourneySecrets(CODE.replace(/lanterne$/, "lavande"));
    expect(wrong.lookupKey).not.toBe(lookupKey);
    expect((await get(t, wrong.lookupKey)).status).toBe(404);
    expect(await openJourney(stored, wrong.encryptionKey)).toBeNull();
  });

  it("Should leave nothing in any table that links a stored history to a response", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    const submitted = await from(t, "192.0.2.1", `/api/campaigns/${code}/responses`, post({ answers }));
    expect(submitted.status).toBe(201);
    const { scores } = (await submitted.json()) as { scores: { dimension: string; score: number | null }[] };
    const secrets = await deriveJourneySecrets(CODE);
    const sealed = await sealJourney({ visits: [{ day: "2026-06-15", scores }] }, secrets.encryptionKey);
    expect((await put(t, secrets.lookupKey, sealed)).status).toBe(204);
    expect(
      (await from(t, "192.0.2.1", `/api/campaigns/${code}/responses`, post({ answers: await validAnswers(t, undefined, 1, 0.3, 2) })))
        .status,
    ).toBe(201);

    const rows = everyRow(t);
    const hex = Buffer.from(sealed).toString("hex");
    // The key and the blob are in the journeys table, and nowhere else.
    expect(rows.filter((r) => r.text.includes(secrets.lookupKey)).map((r) => r.table)).toEqual(["journeys"]);
    expect(rows.filter((r) => r.text.includes(hex)).map((r) => r.table)).toEqual(["journeys"]);
    // The journeys row holds the key, the blob and the day: no response's id, no time of day.
    const responseIds = (t.store.db.$client.prepare("SELECT id FROM responses").all() as { id: string }[]).map((r) => r.id);
    expect(responseIds).toHaveLength(2);
    const journeyRows = rows.filter((r) => r.table === "journeys");
    expect(journeyRows).toHaveLength(1);
    for (const id of responseIds) expect(journeyRows[0]!.text).not.toContain(id);
    expect(journeyRows[0]!.text).not.toMatch(/\d{2}:\d{2}/);
    // And no table refers to journeys.
    const refs = t.store.db.$client
      .prepare("SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE f.\"table\" = 'journeys'")
      .all();
    expect(refs).toEqual([]);
  });

  it("Should leave the write-ahead log empty after a history is stored or deleted", async () => {
    const { mkdtempSync, statSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const path = join(mkdtempSync(join(tmpdir(), "journeys-")), "db.sqlite");
    const t = await createTestApp({ databasePath: path });
    await put(t, key(12), new Uint8Array(4000).fill(7));
    expect(statSync(`${path}-wal`).size).toBe(0);
    await del(t, key(12));
    expect(statSync(`${path}-wal`).size).toBe(0);
    t.store.close();
  });
});
