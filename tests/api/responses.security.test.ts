import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp } from "../support/test-app.ts";

const IDENTIFYING = {
  "x-forwarded-for": "203.0.113.77",
  "x-real-ip": "203.0.113.78",
  "user-agent": "Mozilla/5.0 (Linux; Android 13; Pixel-Unique-Agent-4242)",
  cookie: "tracking=visitor-9f8e7d",
};

/** Every text of every table, to search for anything the request carried about its sender. */
function dumpDatabase(t: Awaited<ReturnType<typeof createTestApp>>): string {
  const sqlite = t.store.db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  return tables.map(({ name }) => JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).all())).join("\n");
}

describe("Anonymity of a response", () => {
  it("Should store a response with no identifying field: no IP, user agent, cookie, session or time of day", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t) }, IDENTIFYING);
    expect(res.status).toBe(201);
    const columns = (t.store.db.$client.prepare("PRAGMA table_info(responses)").all() as { name: string }[]).map((c) => c.name);
    expect(columns.sort()).toEqual([
      "answers",
      "campaign_id",
      "id",
      "is_demo",
      "locale",
      "role",
      "structure_id",
      "submitted_on",
      "version_id",
    ]);
    const row = t.store.db.$client.prepare("SELECT submitted_on FROM responses").get() as { submitted_on: string };
    expect(row.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Nothing of the sender anywhere in the database; no time of day in what the respondent produced.
    const dump = dumpDatabase(t);
    for (const value of ["203.0.113", "Pixel-Unique-Agent-4242", "visitor-9f8e7d"]) expect(dump.includes(value), value).toBe(false);
    const respondentRows = JSON.stringify(
      t.store.db.$client.prepare("SELECT * FROM responses JOIN response_scores ON response_id = id").all(),
    );
    expect(/\d{2}:\d{2}|T\d{2}/.test(respondentRows)).toBe(false);
  });

  it("Should set no cookie on the respondent's path", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const page = await t.app.request(`/api/campaigns/${code}`);
    const post = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t) });
    const refused = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { nope: 1 } });
    for (const res of [page, post, refused]) expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("Should give responses random ids that say nothing of their order", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    for (let i = 0; i < 5; i++) await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    const ids = (t.store.db.$client.prepare("SELECT id FROM responses").all() as { id: string }[]).map((r) => r.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(5);
    // No hidden rowid records the order of arrival either: the table is stored by its random ids.
    expect(() => t.store.db.$client.prepare("SELECT rowid FROM responses").all()).toThrow(/no such column/);
    expect(() => t.store.db.$client.prepare("SELECT rowid FROM response_scores").all()).toThrow(/no such column/);
  });

  it("Should keep no link between a used invitation and the response it let in", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 3 });
    await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t), invitation: invitations[1] });
    const columns = (t.store.db.$client.prepare("PRAGMA table_info(invitation_tokens)").all() as { name: string }[]).map((c) => c.name);
    expect(columns.sort()).toEqual(["campaign_id", "token_hash", "used"]);
    const links = t.store.db.$client.prepare("PRAGMA foreign_key_list(responses)").all() as { table: string }[];
    expect(links.map((l) => l.table)).not.toContain("invitation_tokens");
    const response = t.store.db.$client.prepare("SELECT * FROM responses").get() as Record<string, unknown>;
    const token = t.store.db.$client.prepare("SELECT token_hash FROM invitation_tokens WHERE used = 1").get() as { token_hash: string };
    expect(JSON.stringify(response)).not.toContain(token.token_hash);
    expect(JSON.stringify(response)).not.toContain(invitations[1]);
  });

  it("Should audit staff actions but never a respondent's submission", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t) });
    const actions = (t.store.db.$client.prepare("SELECT action FROM audit_log").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toContain("campaign.create");
    expect(actions.some((a) => a.includes("response"))).toBe(false);
  });
});

describe("Free text", () => {
  it("Should mask e-mail addresses, phone numbers, NIR and links before storing a comment", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const answers = await validAnswers(t);
    answers["comment"] = "Rappelez-moi au 06 12 34 56 78 ou jean.martin@free.fr, NIR 1 84 02 69 123 456 78, https://exemple.fr/jean";
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers })).status).toBe(201);
    const stored = JSON.parse((t.store.db.$client.prepare("SELECT answers FROM responses").get() as { answers: string }).answers) as {
      comment: string;
    };
    expect(stored.comment).toBe(
      "Rappelez-moi au [téléphone masqué] ou [courriel masqué], NIR [numéro de sécurité sociale masqué], [lien masqué]",
    );
    expect(dumpDatabase(t)).not.toContain("jean.martin");
  });
});
