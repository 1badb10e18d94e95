import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp } from "../support/test-app.ts";

type ErrorBody = {
  error: {
    code: string;
    message: string;
    requestId: string;
    details?: { questions?: { question: string; reason: string }[]; availability?: string };
  };
};

async function count(t: Awaited<ReturnType<typeof createTestApp>>) {
  return (t.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n;
}

describe("POST /api/campaigns/:code/responses — refused", () => {
  it("Should answer 404 for an unknown campaign", async () => {
    const t = await createTestApp();
    const res = await t.json("POST", "/api/campaigns/unknowncode123/responses", { answers: {} });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe("campaign_not_found");
  });

  it("Should answer 410 before the window opens and after it closes", async () => {
    const t = await createTestApp();
    const answers = await validAnswers(t);
    const early = await openCampaign(t, { opensAt: "2026-07-01T00:00:00Z" });
    const late = await openCampaign(t, { opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-06-15T10:30:00Z" });
    const a = await t.json("POST", `/api/campaigns/${early.code}/responses`, { answers });
    const b = await t.json("POST", `/api/campaigns/${late.code}/responses`, { answers });
    expect([a.status, b.status]).toEqual([410, 410]);
    expect(((await a.json()) as ErrorBody).error.details?.availability).toBe("not_yet_open");
    expect(((await b.json()) as ErrorBody).error.details?.availability).toBe("closed");
    expect(await count(t)).toBe(0);
  });

  it("Should answer 403 when an invitation is required and missing or wrong", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t, { invitations: 1 });
    const answers = await validAnswers(t);
    const missing = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    const wrong = await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: "not-a-real-token" });
    expect([missing.status, wrong.status]).toEqual([403, 403]);
    expect(((await missing.json()) as ErrorBody).error.code).toBe("invitation_required");
    expect(((await wrong.json()) as ErrorBody).error.code).toBe("invitation_required");
    expect(await count(t)).toBe(0);
  });

  it("Should refuse an invitation of another campaign", async () => {
    const t = await createTestApp();
    const a = await openCampaign(t, { invitations: 1 });
    const b = await openCampaign(t, { invitations: 1 });
    const res = await t.json("POST", `/api/campaigns/${b.code}/responses`, {
      answers: await validAnswers(t),
      invitation: a.invitations[0],
    });
    expect(res.status).toBe(403);
  });

  it("Should answer 409 for an invitation already used, and keep the first response", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 1 });
    const answers = await validAnswers(t);
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: invitations[0] })).status).toBe(201);
    const again = await t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: invitations[0] });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe("invitation_used");
    expect(await count(t)).toBe(1);
  });

  it("Should let only one of two simultaneous submissions use an invitation", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 1 });
    const answers = await validAnswers(t);
    const statuses = await Promise.all(
      [1, 2, 3].map(() =>
        Promise.resolve(t.json("POST", `/api/campaigns/${code}/responses`, { answers, invitation: invitations[0] })).then((r) => r.status),
      ),
    );
    expect(statuses.sort()).toEqual([201, 409, 409]);
    expect(await count(t)).toBe(1);
  });

  it("Should answer 413 for a body over the limit", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { comment: "x".repeat(70_000) } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe("payload_too_large");
  });

  it("Should answer 422 naming each question and reason", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    const required = version.definition.pages.flatMap((p) => p.elements).find((e) => e.isRequired && e.type === "radiogroup")!;
    const answers = await validAnswers(t);
    delete answers[required.name];
    answers["hope_future"] = 9;
    answers["favourite_colour"] = "blue";
    answers["comment"] = "x".repeat(1001);
    answers["hospitalisations_12m"] = ["none"];
    answers["rights_obtained"] = false;
    answers["rights_obtained_list"] = ["aah"];
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers }, { "accept-language": "en" });
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_answers");
    expect(body.error.message).toBe("Some answers do not fit the questionnaire.");
    const byName = (a: { question: string }, b: { question: string }) => a.question.localeCompare(b.question);
    expect([...body.error.details!.questions!].sort(byName)).toEqual(
      [
        { question: required.name, reason: "required" },
        { question: "hope_future", reason: "not_a_choice" },
        { question: "favourite_colour", reason: "unknown_question" },
        { question: "comment", reason: "too_long" },
        { question: "hospitalisations_12m", reason: "wrong_type" },
        { question: "rights_obtained_list", reason: "hidden_question" },
      ].sort(byName),
    );
    expect(await count(t)).toBe(0);
  });

  it.each([
    [{ answers: [] }, "answers as an array"],
    [{ answers: "all good" }, "answers as a string"],
    [{}, "no answers"],
    [{ answers: {}, locale: "de" }, "an unknown locale"],
  ] as [Record<string, unknown>, string][])("Should answer 400 for %j (%s)", async (body) => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe("invalid_request");
  });
});
