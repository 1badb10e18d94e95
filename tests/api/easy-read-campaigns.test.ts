import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.ts";

async function open(t: TestApp, structureId: number, questionnaire: string, role = "patient") {
  const admin = await t.signIn("admin");
  const res = await t.json("POST", "/api/campaigns", { structureId, questionnaire, version: 1, role }, admin.headers);
  if (res.status !== 201) throw new Error(await res.text());
  return ((await res.json()) as { code: string }).code;
}

type RespondentCampaign = {
  easyRead: boolean;
  otherWording: { code: string; easyRead: boolean } | null;
  notice: { text: { fr: string } }[];
};
const read = async (t: TestApp, code: string) => (await (await t.app.request(`/api/campaigns/${code}`)).json()) as RespondentCampaign;

describe("GET /api/campaigns/:code — easy-to-read wording", () => {
  it("Should serve the easy-to-read notice with the FALC wording, and point each wording at the other", async () => {
    const t = await createTestApp();
    const { id } = await t.structure();
    const standard = await open(t, id, "experience-usagers");
    const falc = await open(t, id, "experience-usagers-falc");
    const a = await read(t, standard);
    const b = await read(t, falc);
    expect(a.easyRead).toBe(false);
    expect(b.easyRead).toBe(true);
    expect(a.otherWording).toEqual({ code: falc, easyRead: true });
    expect(b.otherWording).toEqual({ code: standard, easyRead: false });
    expect(b.notice.every((s) => s.text.fr.split("\n").every((line) => line.split(" ").length <= 12))).toBe(true);
    expect(a.notice.some((s) => s.text.fr.split(" ").length > 30)).toBe(true);
  });

  it("Should offer no switch when the other wording is not open at the same structure", async () => {
    const t = await createTestApp();
    const here = (await t.structure()).id;
    const elsewhere = (await t.structure({ name: "GEM Ailleurs" })).id;
    const standard = await open(t, here, "experience-usagers");
    const falc = await open(t, elsewhere, "experience-usagers-falc");
    expect((await read(t, standard)).otherWording).toBeNull();
    expect((await read(t, falc)).otherWording).toBeNull();
    const admin = await t.signIn("admin");
    const paired = await open(t, elsewhere, "experience-usagers");
    expect((await read(t, falc)).otherWording?.code).toBe(paired);
    expect((await t.json("POST", `/api/campaigns/${paired}/close`, undefined, admin.headers)).status).toBe(200);
    expect((await read(t, falc)).otherWording).toBeNull();
  });
});
