import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approvalStatus } from "@/domain/codesign/approval-rule.ts";
import { BACKGROUNDS, type Background } from "@/domain/accounts.ts";

const ATTESTER = 99;
const approvals = (...backgrounds: Background[]) =>
  backgrounds.map((background, i) => ({ userId: i + 1, background, attestedBy: ATTESTER }));

describe("The approval rule", () => {
  it("Should need a peer worker and a researcher or a professional", () => {
    expect(approvalStatus(approvals("peer_worker", "researcher"))).toEqual({ satisfied: true, missing: [] });
    expect(approvalStatus(approvals("professional", "peer_worker"))).toEqual({ satisfied: true, missing: [] });
  });

  it("Should never be satisfied by one background only, however many approve", () => {
    for (const background of BACKGROUNDS) expect(approvalStatus(approvals(background, background, background)).satisfied).toBe(false);
  });

  it("Should say what is missing", () => {
    expect(approvalStatus([])).toEqual({ satisfied: false, missing: ["peer_worker", "researcher_or_professional"] });
    expect(approvalStatus(approvals("researcher", "professional", "patient", "family")).missing).toEqual(["peer_worker"]);
    expect(approvalStatus(approvals("peer_worker", "patient", "family")).missing).toEqual(["researcher_or_professional"]);
  });

  it("Should be satisfied exactly when a peer worker and a researcher or professional are among the approvers", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BACKGROUNDS), { maxLength: 8 }), (backgrounds) => {
        const expected =
          backgrounds.includes("peer_worker") && (backgrounds.includes("researcher") || backgrounds.includes("professional"));
        expect(approvalStatus(approvals(...backgrounds)).satisfied).toBe(expected);
      }),
    );
  });

  it("Should not count a background nobody attested", () => {
    const declared = approvals("peer_worker", "researcher").map((a, i) => (i === 0 ? { ...a, attestedBy: null } : a));
    expect(approvalStatus(declared)).toEqual({ satisfied: false, missing: ["peer_worker"] });
  });

  it("Should count each person once, whatever number of approvals they gave", () => {
    const twice = [...approvals("peer_worker", "researcher"), { userId: 2, background: "researcher" as const, attestedBy: ATTESTER }];
    expect(approvalStatus(twice, 2)).toEqual({ satisfied: false, missing: ["researcher_or_professional"] });
  });

  it("Should not let the person who submitted be the only approver of their side", () => {
    // Person 2, a researcher, submitted: a professional or another researcher must approve too.
    expect(approvalStatus(approvals("peer_worker", "researcher"), 2)).toEqual({
      satisfied: false,
      missing: ["researcher_or_professional"],
    });
    expect(approvalStatus(approvals("peer_worker", "researcher", "professional"), 2).satisfied).toBe(true);
    expect(approvalStatus(approvals("peer_worker", "researcher"), 1).missing).toEqual(["peer_worker"]);
    // Someone who submitted and did not approve changes nothing.
    expect(approvalStatus(approvals("peer_worker", "researcher"), 7).satisfied).toBe(true);
  });

  it("Should hold for all approvers and submitters: each side has an attested approver other than the submitter", () => {
    const approval = fc.record({
      userId: fc.integer({ min: 1, max: 6 }),
      background: fc.constantFrom(...BACKGROUNDS),
      attestedBy: fc.option(fc.constant(ATTESTER)),
    });
    fc.assert(
      fc.property(fc.array(approval, { maxLength: 8 }), fc.option(fc.integer({ min: 1, max: 6 })), (given, submitter) => {
        const counted = given.filter((a) => a.attestedBy !== null);
        const side = (bs: Background[]) => counted.filter((a) => bs.includes(a.background)).map((a) => a.userId);
        const covered = (ids: number[]) => new Set(ids).size > 1 || (ids.length > 0 && ids[0] !== submitter);
        const expected = covered(side(["peer_worker"])) && covered(side(["researcher", "professional"]));
        expect(approvalStatus(given, submitter).satisfied).toBe(expected);
      }),
    );
  });
});
