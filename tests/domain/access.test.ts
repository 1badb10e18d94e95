import { describe, expect, it } from "vitest";
import type { UserRecord } from "@/domain/accounts.ts";
import { can } from "@/domain/access.ts";

const person = (id: number, role: UserRecord["role"], extra: Partial<UserRecord> = {}): UserRecord => ({
  id,
  email: `${id}@example.org`,
  role,
  region: null,
  displayName: null,
  background: null,
  backgroundAttestedBy: null,
  structureIds: [],
  ...extra,
});
const project = { memberIds: [1, 2] };

describe("can: drafts of a research project", () => {
  it("Should let a co-researcher member with an attested background approve, and no one else (an admin has no background to give)", () => {
    expect(
      can(person(1, "co_researcher", { background: "peer_worker", backgroundAttestedBy: 9 }), { action: "draft.approve", project }),
    ).toBe(true);
    expect(can(person(1, "co_researcher", { background: "peer_worker" }), { action: "draft.approve", project })).toBe(false);
    expect(can(person(2, "co_researcher"), { action: "draft.approve", project })).toBe(false);
    expect(can(person(3, "co_researcher", { background: "researcher" }), { action: "draft.approve", project })).toBe(false);
    expect(can(person(4, "admin"), { action: "draft.approve", project })).toBe(false);
  });

  it("Should let an admin attest any background, a coordinator those of their region only, and no one else", () => {
    const attest = (region: string | null) => ({ action: "background.attest" as const, region });
    expect(can(person(4, "admin"), attest(null))).toBe(true);
    expect(can(person(6, "coordinator", { region: "84" }), attest("84"))).toBe(true);
    expect(can(person(6, "coordinator", { region: "84" }), attest("11"))).toBe(false);
    expect(can(person(6, "coordinator", { region: "84" }), attest(null))).toBe(false);
    expect(can(person(1, "co_researcher", { background: "researcher", backgroundAttestedBy: 9, region: "84" }), attest("84"))).toBe(false);
    expect(can(person(5, "manager", { structureIds: [1] }), attest(null))).toBe(false);
  });

  it("Should let members comment and publish, and admins too, but not outsiders", () => {
    for (const action of ["draft.comment", "draft.publish"] as const) {
      expect(can(person(2, "co_researcher"), { action, project })).toBe(true);
      expect(can(person(4, "admin"), { action, project })).toBe(true);
      expect(can(person(3, "co_researcher", { background: "researcher" }), { action, project })).toBe(false);
      expect(can(person(5, "manager", { structureIds: [1] }), { action, project })).toBe(false);
    }
  });
});
