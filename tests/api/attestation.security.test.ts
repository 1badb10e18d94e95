import { describe, expect, it } from "vitest";
import { body, researchTeam, smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/**
 * Approvals stand for people whose background someone answerable vouched for: an admin, or the coordinator
 * of the person's region. A co-researcher proposes people; they never make approvers.
 */

type Headers = { cookie: string };
type ErrorBody = { error: { code: string; details?: Record<string, unknown> } };
type Draft = { revision: number; content: { definition: { pages: { elements: { name: string }[] }[] }; scoring: Record<string, unknown> } };

/** Invites a co-researcher as `inviter`, and accepts as the invited person: their account and session. */
async function invited(t: TestApp, inviter: Headers, input: Record<string, unknown>) {
  const res = await t.json("POST", "/api/accounts/invitations", { role: "co_researcher", ...input }, inviter);
  expect(res.status, await res.clone().text()).toBe(201);
  const { token } = await body<{ token: string }>(res);
  const accepted = await t.json("POST", "/api/accounts/accept", { token, password: "a long enough password" });
  expect(accepted.status).toBe(200);
  const { user } = await body<{ user: { id: number; background: string; backgroundAttestedBy: number | null } }>(accepted);
  return { user, headers: { cookie: accepted.headers.get("set-cookie")!.split(";")[0]! } };
}

async function auditEntries(t: TestApp, reader: Headers) {
  const res = await t.app.request("/api/audit?limit=50", { headers: reader });
  expect(res.status).toBe(200);
  return (
    await body<{ entries: { userId: number; action: string; targetId: string | null; details: Record<string, unknown> | null }[] }>(res)
  ).entries;
}

describe("Attack: one person approving through accounts of their own", () => {
  it("Should not let a researcher publish, through two accounts they invited, a version that drops a reverse-scored item", async () => {
    const t = await createTestApp();
    const attacker = await t.signIn("co_researcher", { background: "researcher", displayName: "Chercheur" });
    const project = await body<{ id: number }>(
      await t.json("POST", "/api/projects", { name: "Expérience", description: "", members: [] }, attacker.headers),
    );
    // The two accounts are the attacker's own, "proposed" to the project with the backgrounds the rule needs.
    const fakePeer = await invited(t, attacker.headers, {
      email: "moi+pair@example.org",
      background: "peer_worker",
      projectId: project.id,
    });
    const fakeResearcher = await invited(t, attacker.headers, {
      email: "moi+r@example.org",
      background: "researcher",
      projectId: project.id,
    });
    expect(fakePeer.user).toMatchObject({ background: "peer_worker", backgroundAttestedBy: null });
    const members = await body<{ members: { id: number; backgroundAttested: boolean }[] }>(
      await t.app.request(`/api/projects/${project.id}`, { headers: attacker.headers }),
    );
    expect(members.members.filter((m) => !m.backgroundAttested).map((m) => m.id)).toEqual([fakePeer.user.id, fakeResearcher.user.id]);
    // Nor can the attacker vouch for them.
    const selfAttested = await t.json(
      "PUT",
      `/api/accounts/${fakePeer.user.id}/background`,
      { background: "peer_worker" },
      attacker.headers,
    );
    expect(selfAttested.status).toBe(403);
    const unknown = await t.json("PUT", "/api/accounts/999999/background", { background: "peer_worker" }, attacker.headers);
    expect(unknown.status, "no hint of which accounts exist").toBe(403);

    const created = await body<{ id: number }>(
      await t.json("POST", `/api/projects/${project.id}/drafts`, { questionnaire: "experience-usagers" }, attacker.headers),
    );
    const draft = await body<Draft>(await t.app.request(`/api/drafts/${created.id}`, { headers: attacker.headers }));
    const reverse = "engagement_others_decide";
    for (const page of draft.content.definition.pages) page.elements = page.elements.filter((e) => e.name !== reverse);
    const scoring = JSON.parse(
      JSON.stringify(draft.content.scoring).replaceAll(`,"${reverse}"`, "").replaceAll(`"${reverse}"`, ""),
    ) as Record<string, unknown>;
    const saved = await t.json(
      "PUT",
      `/api/drafts/${created.id}`,
      { definition: draft.content.definition, scoring, revision: draft.revision },
      attacker.headers,
    );
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect((await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, attacker.headers)).status).toBe(200);

    // The proposed accounts may comment, not approve.
    expect((await t.json("POST", `/api/drafts/${created.id}/comments`, { body: "Parfait." }, fakePeer.headers)).status).toBe(201);
    for (const puppet of [fakePeer, fakeResearcher]) {
      const approval = await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, puppet.headers);
      expect(approval.status).toBe(403);
      expect((await body<ErrorBody>(approval)).error.code).toBe("background_unattested");
    }
    expect((await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, attacker.headers)).status).toBe(201);
    const published = await t.json("POST", `/api/drafts/${created.id}/publish`, { leftOpen: [] }, attacker.headers);
    expect(published.status).toBe(409);
    expect(await body<ErrorBody>(published)).toMatchObject({
      error: { code: "approvals_missing", details: { missing: ["peer_worker", "researcher_or_professional"] } },
    });
    const questionnaire = await body<{ latestVersion: number }>(await t.app.request("/api/questionnaires/experience-usagers"));
    expect(questionnaire.latestVersion).toBe(1);
  });

  it("Should not count a background nobody attested, even one an admin made before attestation existed", async () => {
    const t = await createTestApp();
    const team = await researchTeam(t);
    const declared = await t.signIn("co_researcher", { background: "peer_worker", attested: false });
    await t.json("POST", `/api/projects/${team.project.id}/members`, { userId: declared.user.id }, team.peer.headers);
    const created = await body<{ id: number }>(
      await t.json(
        "POST",
        `/api/projects/${team.project.id}/drafts`,
        { ...smallQuestionnaire(), slug: "non-atteste" },
        team.researcher.headers,
      ),
    );
    await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, team.researcher.headers);
    expect((await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, declared.headers)).status).toBe(403);
    // Bypassing the check, as an approval stored before attestation existed would be: it still does not count.
    t.store.db.$client
      .prepare("INSERT INTO draft_approvals (draft_id, revision, user_id, background, created_at) VALUES (?, 1, ?, 'peer_worker', 'x')")
      .run(created.id, declared.user.id);
    await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, team.nurse.headers);
    const draft = await body<{ approvals: { missing: string[] } }>(
      await t.app.request(`/api/drafts/${created.id}`, { headers: team.peer.headers }),
    );
    expect(draft.approvals.missing).toEqual(["peer_worker"]);
    expect((await t.json("POST", `/api/drafts/${created.id}/publish`, {}, team.researcher.headers)).status).toBe(409);
  });

  it("Should not let the person who submitted be the only approver of their side", async () => {
    const t = await createTestApp();
    const team = await researchTeam(t);
    const created = await body<{ id: number }>(
      await t.json(
        "POST",
        `/api/projects/${team.project.id}/drafts`,
        { ...smallQuestionnaire(), slug: "quatre-yeux" },
        team.researcher.headers,
      ),
    );
    await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, team.researcher.headers);
    await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, team.researcher.headers);
    const refused = await t.json("POST", `/api/drafts/${created.id}/publish`, {}, team.researcher.headers);
    expect(await body<ErrorBody>(refused)).toMatchObject({
      error: { code: "approvals_missing", details: { missing: ["researcher_or_professional"] } },
    });
    await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, team.nurse.headers);
    expect((await t.json("POST", `/api/drafts/${created.id}/publish`, {}, team.researcher.headers)).status).toBe(201);
  });
});

describe("Who vouches for a background", () => {
  it("Should attest at acceptance the background an admin chose, and name the admin in the audit log", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const person = await invited(t, admin.headers, { email: "pair@example.org", background: "peer_worker" });
    expect(person.user).toMatchObject({ background: "peer_worker", backgroundAttestedBy: admin.user.id });
    const accepted = (await auditEntries(t, admin.headers)).find((e) => e.action === "account.accept");
    expect(accepted).toMatchObject({ userId: person.user.id, details: { background: "peer_worker", attestedBy: admin.user.id } });
  });

  it("Should let the coordinator of the region, and no other, attest a proposed co-researcher, and name them in the audit log", async () => {
    const t = await createTestApp();
    const proposer = await t.signIn("co_researcher", { background: "researcher" });
    const person = await invited(t, proposer.headers, { email: "infirmier@example.org", background: "professional", region: "84" });
    const coordinator = await t.signIn("coordinator", { region: "84" });
    const elsewhere = await t.signIn("coordinator", { region: "11" });

    const pending = await body<{ pending: { id: number }[] }>(
      await t.app.request("/api/accounts/attestations", { headers: coordinator.headers }),
    );
    expect(pending.pending.map((p) => p.id)).toEqual([person.user.id]);
    const other = await body<{ pending: unknown[] }>(await t.app.request("/api/accounts/attestations", { headers: elsewhere.headers }));
    expect(other.pending).toEqual([]);
    expect((await t.app.request("/api/accounts/attestations", { headers: proposer.headers })).status).toBe(403);
    const refused = await t.json("PUT", `/api/accounts/${person.user.id}/background`, { background: "professional" }, elsewhere.headers);
    expect(refused.status).toBe(403);

    const attested = await t.json("PUT", `/api/accounts/${person.user.id}/background`, { background: "professional" }, coordinator.headers);
    expect(attested.status).toBe(200);
    expect((await body<{ user: unknown }>(attested)).user).toMatchObject({
      background: "professional",
      backgroundAttestedBy: coordinator.user.id,
    });
    const entry = (await auditEntries(t, coordinator.headers)).find((e) => e.action === "account.background");
    expect(entry).toMatchObject({
      userId: coordinator.user.id,
      targetId: String(person.user.id),
      details: { background: "professional", previous: "professional", attestedBy: coordinator.user.id },
    });
    const after = await body<{ pending: unknown[] }>(await t.app.request("/api/accounts/attestations", { headers: coordinator.headers }));
    expect(after.pending).toEqual([]);
  });

  it("Should write no attestation when its audit entry cannot be written", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const person = await t.signIn("co_researcher", { background: "peer_worker", attested: false });
    const lift = t.failAuditWrites();
    const res = await t.json("PUT", `/api/accounts/${person.user.id}/background`, { background: "peer_worker" }, admin.headers);
    lift();
    expect(res.status).toBe(500);
    expect((await t.store.accounts.getUser(person.user.id))!.backgroundAttestedBy).toBeNull();
  });
});

describe("Publishing a version in use", () => {
  it("Should state the effect, list open threads, and publish only once they are resolved or explained and the effect confirmed", async () => {
    const t = await createTestApp();
    const team = await researchTeam(t);
    const admin = await t.signIn("admin");
    const first = await body<{ id: number }>(
      await t.json("POST", `/api/projects/${team.project.id}/drafts`, { ...smallQuestionnaire(), slug: "en-usage" }, team.peer.headers),
    );
    await t.json("POST", `/api/drafts/${first.id}/submit`, undefined, team.nurse.headers);
    await t.json("POST", `/api/drafts/${first.id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${first.id}/approvals`, {}, team.researcher.headers);
    // Nothing uses a new questionnaire: no confirmation needed.
    expect((await t.json("POST", `/api/drafts/${first.id}/publish`, {}, team.peer.headers)).status).toBe(201);
    const structure = await t.structure();
    const campaign = await t.json(
      "POST",
      "/api/campaigns",
      { structureId: structure.id, questionnaire: "en-usage", version: 1, role: "patient" },
      admin.headers,
    );
    expect(campaign.status).toBe(201);

    const second = await body<{ id: number }>(
      await t.json("POST", `/api/projects/${team.project.id}/drafts`, { questionnaire: "en-usage" }, team.peer.headers),
    );
    const draft = await body<Draft & { content: { title: { fr: string; en: string } } }>(
      await t.app.request(`/api/drafts/${second.id}`, { headers: team.peer.headers }),
    );
    const title = { ...smallQuestionnaire().title, en: "Recovery in peer-run clubs (v2)" };
    await t.json("PUT", `/api/drafts/${second.id}`, { ...draft.content, title, revision: draft.revision }, team.peer.headers);
    const thread = await body<{ id: number }>(
      await t.json("POST", `/api/drafts/${second.id}/comments`, { body: "Faut-il aussi revoir la question 2 ?" }, team.researcher.headers),
    );
    await t.json("POST", `/api/drafts/${second.id}/submit`, undefined, team.nurse.headers);
    await t.json("POST", `/api/drafts/${second.id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${second.id}/approvals`, {}, team.researcher.headers);

    const preview = await body<{ effect: Record<string, unknown> & { key: string }; openThreads: { id: number }[] }>(
      await t.app.request(`/api/drafts/${second.id}/publication`, { headers: team.peer.headers }),
    );
    expect(preview.effect).toMatchObject({
      questionnaire: "en-usage",
      version: 2,
      previous: 1,
      campaignsKeepingTheirVersion: [{ version: 1, campaigns: 1, structures: 1 }],
      series: { key: "en-usage@1", startsAnew: false, previous: { key: "en-usage@1", releasedQuarters: 0 } },
      needsConfirmation: true,
    });
    expect(preview.openThreads.map((c) => c.id)).toEqual([thread.id]);

    const open = await t.json("POST", `/api/drafts/${second.id}/publish`, { confirmation: preview.effect.key }, team.peer.headers);
    expect(open.status).toBe(409);
    expect(await body<ErrorBody>(open)).toMatchObject({ error: { code: "comment_threads_open", details: { unexplained: [thread.id] } } });
    const leftOpen = [{ commentId: thread.id, reason: "À revoir pour la version 3, avec le GEM." }];
    const unconfirmed = await t.json("POST", `/api/drafts/${second.id}/publish`, { leftOpen }, team.peer.headers);
    expect(unconfirmed.status).toBe(409);
    expect(await body<ErrorBody>(unconfirmed)).toMatchObject({
      error: { code: "publication_unconfirmed", details: { effect: preview.effect } },
    });
    const stale = await t.json(
      "POST",
      `/api/drafts/${second.id}/publish`,
      { leftOpen, confirmation: "0000000000000000" },
      team.peer.headers,
    );
    expect((await body<ErrorBody>(stale)).error.code).toBe("publication_unconfirmed");

    const published = await t.json(
      "POST",
      `/api/drafts/${second.id}/publish`,
      { leftOpen, confirmation: preview.effect.key },
      team.peer.headers,
    );
    expect(published.status).toBe(201);
    const entry = (await auditEntries(t, admin.headers)).find((e) => e.action === "draft.publish");
    expect(entry).toMatchObject({
      userId: team.peer.user.id,
      details: { version: 2, leftOpen, effect: { confirmed: true, series: { key: "en-usage@1", startsAnew: false } } },
    });
  });
});
