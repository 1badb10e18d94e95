import { describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app.ts";

const body = (structureId: number, extra: Record<string, unknown> = {}) => ({
  structureId,
  questionnaire: "experience-usagers",
  version: 1,
  role: "patient",
  ...extra,
});

describe("POST /api/campaigns", () => {
  it("Should let the structure's manager create a campaign reached by an unguessable code", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const { headers } = await t.signIn("manager", { structureIds: [s.id] });
    const res = await t.json("POST", "/api/campaigns", body(s.id), headers);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { code: string; link: string; requiresInvitation: boolean };
    expect(created.code).toMatch(/^[a-z2-9]{20}$/);
    expect(created.link).toBe(`/r/${created.code}`);
    expect(created.requiresInvitation).toBe(false);
    expect(created).not.toHaveProperty("invitations");
  });

  it("Should hand out single-use invitations once and keep only their hashes", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const { headers } = await t.signIn("admin");
    const res = await t.json("POST", "/api/campaigns", body(s.id, { invitations: 5 }), headers);
    const created = (await res.json()) as { invitations: string[]; requiresInvitation: boolean };
    expect(created.requiresInvitation).toBe(true);
    expect(new Set(created.invitations).size).toBe(5);
    const stored = t.store.db.$client.prepare("SELECT token_hash FROM invitation_tokens").all() as { token_hash: string }[];
    expect(stored).toHaveLength(5);
    for (const token of created.invitations) expect(stored.some((row) => row.token_hash.includes(token))).toBe(false);
  });

  it("Should let a coordinator of the structure's region create one, not of another region", async () => {
    const t = await createTestApp();
    const s = await t.structure({ department: "38", region: "84" });
    const aura = await t.signIn("coordinator", { region: "84" });
    const idf = await t.signIn("coordinator", { region: "11" });
    expect((await t.json("POST", "/api/campaigns", body(s.id), aura.headers)).status).toBe(201);
    expect((await t.json("POST", "/api/campaigns", body(s.id), idf.headers)).status).toBe(403);
  });

  it("Should refuse a manager of another structure (object-level authorization)", async () => {
    const t = await createTestApp();
    const mine = await t.structure({ name: "Mine" });
    const theirs = await t.structure({ name: "Theirs" });
    const { headers } = await t.signIn("manager", { structureIds: [mine.id] });
    const res = await t.json("POST", "/api/campaigns", body(theirs.id), headers);
    expect(res.status).toBe(403);
    expect(await t.store.campaigns.listByStructure(theirs.id)).toEqual([]);
  });

  it("Should refuse anonymous callers and co-researchers", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    expect((await t.json("POST", "/api/campaigns", body(s.id))).status).toBe(401);
    const { headers } = await t.signIn("co_researcher");
    expect((await t.json("POST", "/api/campaigns", body(s.id), headers)).status).toBe(403);
  });

  it.each([
    [{ structureId: 999 }, 404, "structure_not_found"],
    [{ questionnaire: "nope" }, 404, "version_not_found"],
    [{ version: 7 }, 404, "version_not_found"],
    [{ role: "institution" }, 422, "role_not_allowed"],
    [{ role: "visitor" }, 400, "invalid_request"],
    [{ opensAt: "2026-07-01T00:00:00Z", closesAt: "2026-06-01T00:00:00Z" }, 422, "invalid_window"],
    [{ opensAt: "next monday" }, 400, "invalid_request"],
    [{ invitations: 0 }, 400, "invalid_request"],
    [{ invitations: 100_000 }, 400, "invalid_request"],
  ])("Should refuse %j with %i %s", async (extra, status, code) => {
    const t = await createTestApp();
    const s = await t.structure();
    const { headers } = await t.signIn("admin");
    const res = await t.json("POST", "/api/campaigns", { ...body(s.id), ...extra }, headers);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});

describe("GET /api/campaigns/:code", () => {
  it("Should give a respondent's page what it needs, and no staff data", async () => {
    const t = await createTestApp();
    const s = await t.structure({ name: "GEM La Source" });
    const { headers } = await t.signIn("admin");
    const { code } = (await (await t.json("POST", "/api/campaigns", body(s.id), headers)).json()) as { code: string };
    const res = await t.app.request(`/api/campaigns/${code}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(page).sort()).toEqual(
      [
        "availability",
        "closesAt",
        "code",
        "definition",
        "dimensions",
        "easyRead",
        "notice",
        "opensAt",
        "otherWording",
        "questionnaire",
        "requiresInvitation",
        "role",
        "structure",
      ].sort(),
    );
    expect(page).toMatchObject({ availability: "open", role: "patient", structure: { name: "GEM La Source", kind: "gem" } });
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("Should say when a campaign is not open yet or closed", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const { headers } = await t.signIn("admin");
    const later = (await (
      await t.json("POST", "/api/campaigns", body(s.id, { opensAt: "2026-09-01T00:00:00+02:00" }), headers)
    ).json()) as { code: string };
    const over = (await (
      await t.json("POST", "/api/campaigns", body(s.id, { opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-03-01T00:00:00Z" }), headers)
    ).json()) as { code: string };
    expect(((await (await t.app.request(`/api/campaigns/${later.code}`)).json()) as { availability: string }).availability).toBe(
      "not_yet_open",
    );
    expect(((await (await t.app.request(`/api/campaigns/${over.code}`)).json()) as { availability: string }).availability).toBe("closed");
  });

  it("Should answer 404 campaign_not_found for an unknown code", async () => {
    const t = await createTestApp();
    const res = await t.app.request("/api/campaigns/aaaaaaaaaaaaaaaaaaaa");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("campaign_not_found");
  });
});

describe("POST /api/campaigns/:code/pause, /resume and /close", () => {
  it("Should pause a campaign (submissions answer 410), resume it, and close it for good", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const manager = await t.signIn("manager", { structureIds: [s.id] });
    const { code } = (await (await t.json("POST", "/api/campaigns", body(s.id), manager.headers)).json()) as { code: string };
    const submit = () => t.json("POST", `/api/campaigns/${code}/responses`, { answers: {} });

    const paused = await t.json("POST", `/api/campaigns/${code}/pause`, undefined, manager.headers);
    expect(await paused.json()).toEqual({ code, status: "paused", availability: "paused" });
    expect(((await (await t.app.request(`/api/campaigns/${code}`)).json()) as { availability: string }).availability).toBe("paused");
    const refused = await submit();
    expect(refused.status).toBe(410);
    expect(((await refused.json()) as { error: { details: { availability: string } } }).error.details.availability).toBe("paused");

    expect(await (await t.json("POST", `/api/campaigns/${code}/resume`, undefined, manager.headers)).json()).toMatchObject({
      status: "active",
      availability: "open",
    });
    expect((await submit()).status).toBe(422); // open again: the empty answer set is now checked

    expect(await (await t.json("POST", `/api/campaigns/${code}/close`, undefined, manager.headers)).json()).toMatchObject({
      status: "closed",
    });
    expect((await t.json("POST", `/api/campaigns/${code}/resume`, undefined, manager.headers)).status).toBe(410);
    const actions = (await t.store.audit.list({ limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["campaign.pause", "campaign.resume", "campaign.close"]));
  });

  it("Should refuse anyone who may not create that campaign", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const admin = await t.signIn("admin");
    const { code } = (await (await t.json("POST", "/api/campaigns", body(s.id), admin.headers)).json()) as { code: string };
    const other = await t.signIn("manager", { structureIds: [(await t.structure({ name: "Other" })).id] });
    expect((await t.json("POST", `/api/campaigns/${code}/pause`)).status).toBe(401);
    expect((await t.json("POST", `/api/campaigns/${code}/pause`, undefined, other.headers)).status).toBe(403);
    expect(
      (await t.json("POST", `/api/campaigns/${code}/pause`, undefined, (await t.signIn("coordinator", { region: "11" })).headers)).status,
    ).toBe(403);
    expect((await t.json("POST", "/api/campaigns/unknown-code/pause", undefined, admin.headers)).status).toBe(404);
    expect((await t.store.campaigns.getByCode(code))!.status).toBe("active");
  });
});

describe("The information notice", () => {
  it("Should come with every campaign, in French and English, naming the structure, the threshold and the contact", async () => {
    const t = await createTestApp({ contactEmail: "dpo@gem-la-source.fr" });
    const s = await t.structure({ name: "GEM La Source" });
    const { headers } = await t.signIn("admin");
    const { code } = (await (await t.json("POST", "/api/campaigns", body(s.id), headers)).json()) as { code: string };
    const page = (await (await t.app.request(`/api/campaigns/${code}`)).json()) as {
      notice: { id: string; title: { fr: string; en: string }; text: { fr: string; en: string } }[];
    };
    expect(page.notice.map((n) => n.id)).toEqual([
      "controller",
      "purpose",
      "collected",
      "not_collected",
      "publication",
      "personal_code",
      "rights",
      "contact",
    ]);
    for (const section of page.notice) for (const locale of ["fr", "en"] as const) expect(section.text[locale].length).toBeGreaterThan(10);
    expect(page.notice[0]!.text.fr).toContain("GEM La Source");
    expect(page.notice.find((n) => n.id === "publication")!.text.en).toContain("fewer than 11 people");
    expect(page.notice.find((n) => n.id === "contact")!.text.fr).toContain("dpo@gem-la-source.fr");
  });
});

describe("GET /api/structures/:id/campaigns", () => {
  it("Should list a structure's campaigns with their counts, never an exact count under the threshold", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const manager = await t.signIn("manager", { structureIds: [s.id] });
    const { code } = (await (await t.json("POST", "/api/campaigns", body(s.id), manager.headers)).json()) as { code: string };
    const res = await t.app.request(`/api/structures/${s.id}/campaigns`, { headers: manager.headers });
    expect(res.status).toBe(200);
    const { campaigns } = (await res.json()) as { campaigns: Record<string, unknown>[] };
    expect(campaigns).toEqual([
      expect.objectContaining({
        code,
        link: `/r/${code}`,
        questionnaire: "experience-usagers",
        version: 1,
        role: "patient",
        status: "active",
        availability: "open",
        responses: null,
        responsesBelow: "< 20",
      }),
    ]);
    expect(campaigns[0]).not.toHaveProperty("id");
  });

  it("Should refuse another structure's manager and anonymous callers", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const other = await t.signIn("manager", { structureIds: [(await t.structure({ name: "Other" })).id] });
    expect((await t.app.request(`/api/structures/${s.id}/campaigns`, { headers: other.headers })).status).toBe(403);
    expect((await t.app.request(`/api/structures/${s.id}/campaigns`)).status).toBe(401);
    expect((await t.app.request("/api/structures/999/campaigns", { headers: (await t.signIn("admin")).headers })).status).toBe(404);
  });
});
