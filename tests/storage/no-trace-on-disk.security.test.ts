import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { copyDatabaseFiles, occurrences, replay, walCommits, type DiskCopy } from "../support/disk-forensics.ts";
import { createTestApp } from "../support/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-no-trace-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Distinctive free texts, one per respondent, to look for in the files' bytes. */
const FREE_TEXTS = [
  "ventilateur cramoisi zebulon",
  "parapluie turquoise quignon",
  "harmonica vermillon bastringue",
  "boussole ocre fariboles",
];
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * What an attacker who holds one copy of the files learns: for each commit of its WAL that both flags a token
 * used and adds a response, the pair; and how many commits add responses (two or more order them in time).
 */
function attack(copy: DiskCopy, tokens: string[]) {
  const { commits } = replay(copy);
  const links = commits
    .filter((c) => c.tokensUsed.length > 0 && c.responsesAdded.length > 0)
    .map((c) => ({ tokens: c.tokensUsed.map((h) => tokens.findIndex((t) => sha256(t) === h)), responses: c.responsesAdded }));
  const ordered = commits.filter((c) => c.responsesAdded.length > 0).length;
  return { links, ordered, commits };
}

async function fileApp(name: string) {
  const path = join(dir, `${name}.db`);
  const t = await createTestApp({ databasePath: path });
  return { t, path };
}

describe("What the database files hold after invitation-only submissions", () => {
  it("Should pair no invitation with the response it let in, and order no responses, in any copy of the files", async () => {
    const { t, path } = await fileApp("attack");
    const { code, invitations } = await openCampaign(t, { invitations: 4 });
    const answers = await validAnswers(t);
    const copies: DiskCopy[] = [copyDatabaseFiles(path, "before")];
    for (const [i, token] of [2, 0, 3, 1].entries()) {
      const res = await t.json("POST", `/api/campaigns/${code}/responses`, {
        answers: { ...answers, comment: FREE_TEXTS[i] },
        invitation: invitations[token],
      });
      expect(res.status).toBe(201);
      copies.push(copyDatabaseFiles(path, `after submission ${i + 1}`));
    }
    const final = copies.at(-1)!;

    for (const copy of copies) {
      const { links, ordered } = attack(copy, invitations);
      expect(links, `${copy.label}: commits pairing tokens with responses`).toEqual([]);
      expect(ordered, `${copy.label}: commits adding responses`).toBeLessThanOrEqual(1);
      expect(copy.files, copy.label).not.toContain("db-journal");
    }
    // Acknowledged means stored: the four responses are in the final copy, with nothing in the WAL before the
    // last commit (there, nothing at all: it was truncated once the responses were in the main file).
    const { base, commits } = replay(final);
    expect(base.responses.size + commits.reduce((n, c) => n + c.responsesAdded.length, 0)).toBe(4);
    const last = walCommits(final.wal).at(-1);
    for (const text of FREE_TEXTS) {
      expect(occurrences(final.db, text).length + (last ? 1 : 0), text).toBeGreaterThanOrEqual(1);
      for (const at of occurrences(final.wal, text)) expect(last !== undefined && at >= last.start, `${text} at ${at}`).toBe(true);
    }
    expect(final.wal.length).toBe(0);
    t.store.close();
  });

  it("Should zero what is deleted, on every connection (secure_delete)", async () => {
    const { t } = await fileApp("secure-delete");
    expect(t.store.db.$client.pragma("secure_delete", { simple: true })).toBe(1);
    t.store.close();
  });

  it("Should make submissions wait while another process holds a read transaction, then store them without a trace", async () => {
    const { t, path } = await fileApp("reader");
    const { code, invitations } = await openCampaign(t, { invitations: 2 });
    const answers = await validAnswers(t);
    // A second process (a backup, say) reading: its snapshot keeps the WAL from being emptied.
    const reader = new Database(path, { readonly: true });
    reader.exec("BEGIN");
    reader.prepare("SELECT count(*) AS n FROM responses").get();

    let settled = false;
    const pending = t
      .json("POST", `/api/campaigns/${code}/responses`, { answers: { ...answers, comment: FREE_TEXTS[0] }, invitation: invitations[1] })
      .finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 400));
    expect(settled).toBe(false);
    // Meanwhile the files hold the token's use alone: its response is not written while the WAL still holds it.
    const waiting = copyDatabaseFiles(path, "while waiting");
    expect(attack(waiting, invitations).links).toEqual([]);
    expect(occurrences(waiting.wal, FREE_TEXTS[0]!)).toEqual([]);
    expect(occurrences(waiting.db, FREE_TEXTS[0]!)).toEqual([]);

    reader.exec("COMMIT");
    reader.close();
    expect((await pending).status).toBe(201);
    const after = copyDatabaseFiles(path, "after");
    expect(after.wal.length).toBe(0);
    expect(occurrences(after.db, FREE_TEXTS[0]!).length).toBeGreaterThanOrEqual(1);
    // The next submission goes through at once.
    const next = await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: invitations[0] });
    expect(next.status).toBe(201);
    t.store.close();
  });
});

describe("A submission the database cannot take without a trace", () => {
  it("Should refuse with 503 storage_busy past the wait, write no response and give its invitation back", async () => {
    const path = join(dir, "busy.db");
    const t = await createTestApp({ databasePath: path, storageWaitMs: 300 });
    const { code, invitations } = await openCampaign(t, { invitations: 2 });
    const answers = await validAnswers(t);
    // One submission empties the WAL; a read snapshot taken then lets the next token commit through, but
    // keeps it in the WAL, where its response must not join it.
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: invitations[1] })).status).toBe(201);
    const reader = new Database(path, { readonly: true });
    reader.exec("BEGIN");
    reader.prepare("SELECT count(*) AS n FROM responses").get();
    const started = Date.now();
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, {
      answers: { ...answers, comment: FREE_TEXTS[1] },
      invitation: invitations[0],
    });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("storage_busy");
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    const copy = copyDatabaseFiles(path, "refused");
    expect(occurrences(copy.wal, FREE_TEXTS[1]!)).toEqual([]);
    expect(occurrences(copy.db, FREE_TEXTS[1]!)).toEqual([]);
    // The WAL holds the token's use, then its return, and nothing else.
    const { links, commits } = attack(copy, invitations);
    expect(links).toEqual([]);
    expect(commits.map((c) => [c.tokensUsed.length, c.responsesAdded.length])).toEqual([
      [1, 0],
      [0, 0],
    ]);
    reader.exec("COMMIT");
    reader.close();
    // The invitation was given back: the respondent can send the same answers again.
    const again = await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: invitations[0] });
    expect(again.status).toBe(201);
    expect(t.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get()).toEqual({ n: 2 });
    t.store.close();
  });
});
