import { describe, expect, it } from "vitest";
import { createSqliteStore } from "@/db/store.ts";
import { importSurveys } from "@/surveys/load-surveys.ts";
import { FIXED_NOW } from "../support/test-app.ts";

async function storeWithLibrary() {
  const store = createSqliteStore(":memory:");
  await importSurveys(store, "./surveys", FIXED_NOW);
  return store;
}

/** A draft version 2 of the first questionnaire, written straight into the table. */
function insertDraft(sqlite: Awaited<ReturnType<typeof storeWithLibrary>>["db"]["$client"]) {
  sqlite
    .prepare(
      `INSERT INTO questionnaire_versions (questionnaire_id, version, status, title, description, roles, definition, scoring, content_hash, created_at)
       VALUES (1, 2, 'draft', '{}', '{}', '[]', '{"pages":[]}', '{}', 'draft-hash', 'now')`,
    )
    .run();
}

describe("Published questionnaire versions", () => {
  it.each([
    ["definition", `'{"pages":[]}'`],
    ["scoring", `'{}'`],
    ["content_hash", `'0000'`],
    ["status", `'draft'`],
    ["version", `7`],
    ["title", `'{"fr":"x","en":"x"}'`],
  ])("Should refuse, in the database itself, any change of %s", async (column, value) => {
    const store = await storeWithLibrary();
    const sqlite = store.db.$client;
    const before = sqlite.prepare("SELECT * FROM questionnaire_versions WHERE id = 1").get();
    expect(() => sqlite.prepare(`UPDATE questionnaire_versions SET ${column} = ${value} WHERE id = 1`).run()).toThrow(
      /published_version_immutable/,
    );
    expect(sqlite.prepare("SELECT * FROM questionnaire_versions WHERE id = 1").get()).toEqual(before);
  });

  it("Should refuse the deletion of a published version", async () => {
    const store = await storeWithLibrary();
    expect(() => store.db.$client.prepare("DELETE FROM questionnaire_versions WHERE id = 1").run()).toThrow(/published_version_immutable/);
  });

  it("Should let a draft change, and freeze it once published", async () => {
    const store = await storeWithLibrary();
    const sqlite = store.db.$client;
    insertDraft(sqlite);
    sqlite.prepare("UPDATE questionnaire_versions SET definition = '{\"pages\":[1]}' WHERE version = 2").run();
    sqlite.prepare("UPDATE questionnaire_versions SET status = 'published', published_at = 'now' WHERE version = 2").run();
    expect(() => sqlite.prepare("UPDATE questionnaire_versions SET definition = '{}' WHERE version = 2").run()).toThrow(
      /published_version_immutable/,
    );
  });

  it("Should refuse a campaign on a draft version", async () => {
    const store = await storeWithLibrary();
    const sqlite = store.db.$client;
    insertDraft(sqlite);
    const draftId = (sqlite.prepare("SELECT id FROM questionnaire_versions WHERE version = 2").get() as { id: number }).id;
    const s = await store.structures.create({ name: "S", kind: "gem", department: "69", region: "84", setting: "urban" }, FIXED_NOW);
    await expect(
      store.campaigns.create(
        {
          code: "x".repeat(20),
          structureId: s.id,
          versionId: draftId,
          role: "patient",
          opensAt: FIXED_NOW.toISOString(),
          closesAt: null,
          invitationHashes: [],
          createdBy: null,
        },
        FIXED_NOW,
      ),
    ).rejects.toThrow(/campaign_version_not_published/);
  });
});
