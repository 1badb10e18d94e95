import { describe, expect, it } from "vitest";
import { takeSnapshot } from "@/actions/report-readings.ts";
import { createTestApp } from "../support/test-app.ts";

describe("takeSnapshot", () => {
  it("Should leave no snapshot when its audit entry cannot be written", async () => {
    const t = await createTestApp();
    const s = await t.structure();
    const { user } = await t.signIn("manager", { structureIds: [s.id] });
    t.failAuditWrites();
    await expect(takeSnapshot(t.actions, user, s.id, { questionnaire: "experience-usagers", period: "year" })).rejects.toThrow(
      /audit log unavailable/,
    );
    expect(await t.store.reports.listSnapshots(s.id)).toEqual([]);
  });

  it("Should refuse another structure's manager before reading anything", async () => {
    const t = await createTestApp();
    const [mine, theirs] = [await t.structure(), await t.structure()];
    const { user } = await t.signIn("manager", { structureIds: [mine.id] });
    await expect(takeSnapshot(t.actions, user, theirs.id, { questionnaire: "experience-usagers", period: "year" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
