import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open-database.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it stood before migration `tag`. */
function migrationsBefore(tag: string): string {
  const folder = join(dir, `before-${tag}`);
  cpSync("migrations", folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe("Migrations", () => {
  it("Should leave no table that holds what respondents give with a rowid recording the order of arrival", () => {
    const db = openDatabase(":memory:").$client;
    for (const table of ["responses", "response_scores", "journeys"])
      expect(() => db.prepare(`SELECT rowid FROM ${table}`).all(), table).toThrow(/no such column: rowid/);
    db.close();
  });

  it("Should rebuild responses and scores without rowid, keeping every stored row and link", () => {
    const path = join(dir, "upgrade.db");
    const before = new Database(path);
    before.pragma("foreign_keys = ON");
    migrate(drizzle(before), { migrationsFolder: migrationsBefore("0004_responses-without-rowid") });
    before.exec(`
      INSERT INTO structures (name, kind, department, region, setting, created_at) VALUES ('S', 'gem', '69', '84', 'urban', 'x');
      INSERT INTO questionnaires (slug, created_at) VALUES ('q', 'x');
      INSERT INTO questionnaire_versions (questionnaire_id, version, status, title, description, roles, definition, scoring, content_hash, created_at)
        VALUES (1, 1, 'published', '{}', '{}', '[]', '{}', '{}', 'h', 'x');
      INSERT INTO campaigns (code, structure_id, version_id, role, opens_at, created_at) VALUES ('c', 1, 1, 'patient', 'x', 'x');
      INSERT INTO responses (id, campaign_id, structure_id, version_id, role, answers, locale, submitted_on)
        VALUES ('ffff', 1, 1, 1, 'patient', '{"a":1}', 'fr', '2026-01-01'), ('0000', 1, 1, 1, 'patient', '{"a":2}', 'en', '2026-01-02');
      INSERT INTO response_scores VALUES ('ffff', 'd', 50, 1, 1), ('0000', 'd', 75, 1, 1);`);
    const rows = before.prepare("SELECT * FROM responses ORDER BY id").all();
    const scores = before.prepare("SELECT * FROM response_scores ORDER BY response_id").all();
    before.close();

    const after = openDatabase(path).$client;
    expect(after.prepare("SELECT * FROM responses ORDER BY id").all()).toEqual(rows);
    expect(after.prepare("SELECT * FROM response_scores ORDER BY response_id").all()).toEqual(scores);
    expect(after.pragma("foreign_key_check")).toEqual([]);
    const tables = after.prepare("PRAGMA table_list").all() as { name: string; wr: number }[];
    expect(tables.filter((t) => t.name === "responses" || t.name === "response_scores").map((t) => t.wr)).toEqual([1, 1]);
    expect(() => after.prepare("SELECT rowid FROM responses").all()).toThrow(/no such column: rowid/);
    // Scores still follow their response.
    after.prepare("DELETE FROM responses WHERE id = 'ffff'").run();
    expect(after.prepare("SELECT response_id FROM response_scores").all()).toEqual([{ response_id: "0000" }]);
    after.close();
  });

  it("Should attest only the backgrounds an admin chose when inviting, and the demo ones, and find who submitted drafts in review", () => {
    const path = join(dir, "attestation.db");
    const before = new Database(path);
    before.pragma("foreign_keys = ON");
    migrate(drizzle(before), { migrationsFolder: migrationsBefore("0011_background-attestation") });
    before.exec(`
      INSERT INTO users (id, email, password_hash, role, is_demo, created_at, password_changed_at) VALUES
        (1, 'admin@x', 'h', 'admin', 0, 'x', 'x'),
        (2, 'chosen-by-admin@x', 'h', 'co_researcher', 0, 'x', 'x'),
        (3, 'chosen-by-peer@x', 'h', 'co_researcher', 0, 'x', 'x'),
        (4, 'demo-admin@x', 'h', 'admin', 1, 'x', 'x'),
        (5, 'demo-peer@x', 'h', 'co_researcher', 1, '2026-01-01', 'x');
      UPDATE users SET background = 'peer_worker' WHERE id IN (2, 3, 5);
      INSERT INTO staff_invitations (token_hash, email, role, background, invited_by, expires_at, accepted_at, created_at) VALUES
        ('a', 'chosen-by-admin@x', 'co_researcher', 'peer_worker', 1, 'z', '2026-02-01', 'x'),
        ('b', 'chosen-by-peer@x', 'co_researcher', 'peer_worker', 2, 'z', '2026-02-02', 'x');
      INSERT INTO research_projects (id, name, description, created_at) VALUES (1, 'P', '', 'x');
      INSERT INTO drafts (id, project_id, slug, status, revision, content, created_at, updated_at) VALUES (7, 1, 'q', 'in_review', 1, '{}', 'x', 'x');
      INSERT INTO audit_log (user_id, action, target_type, target_id) VALUES (3, 'draft.submit', 'draft', '7');
    `);
    before.close();
    const after = openDatabase(path).$client;
    const attested = after
      .prepare("SELECT id, background_attested_by AS by, region FROM users WHERE role = 'co_researcher' ORDER BY id")
      .all();
    expect(attested).toEqual([
      { id: 2, by: 1, region: null },
      { id: 3, by: null, region: null },
      { id: 5, by: 4, region: "84" },
    ]);
    expect(after.prepare("SELECT submitted_by FROM drafts WHERE id = 7").get()).toEqual({ submitted_by: 3 });
    after.close();
  });
});
