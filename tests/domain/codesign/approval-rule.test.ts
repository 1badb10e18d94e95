import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approvalStatus } from "@/domain/codesign/approval-rule.ts";
import { BACKGROUNDS, type Background } from "@/domain/accounts.ts";

const approvals = (...backgrounds: Background[]) => backgrounds.map((background, i) => ({ userId: i + 1, background }));

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
});
