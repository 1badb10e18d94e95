import { describe, expect, it } from "vitest";
import { publicationEffect } from "@/domain/codesign/publication-effect.ts";
import { smallQuestionnaire } from "../../support/codesign.ts";

const { definition, scoring } = smallQuestionnaire();
const version = (n: number, id = n, changed = false) => ({
  id,
  slug: "gem",
  version: n,
  variantOf: null,
  definition,
  scoring: changed ? { ...scoring, scale: { min: 0, max: 4 } } : scoring,
});
const none = () => 0;

describe("publicationEffect", () => {
  it("Should need no confirmation for a first version, which nothing uses yet", () => {
    const effect = publicationEffect({ root: "gem", published: [], candidate: version(1), breaks: [], live: [], releasedQuarters: none });
    expect(effect).toMatchObject({ previous: null, series: { key: "gem@1", startsAnew: true, previous: null }, needsConfirmation: false });
  });

  it("Should say which campaigns keep their version, and that a comparable version continues its series", () => {
    const live = [{ version: 1, campaigns: 3, structures: 2 }];
    const effect = publicationEffect({
      root: "gem",
      published: [version(1)],
      candidate: version(2, 99),
      breaks: [],
      live,
      releasedQuarters: none,
    });
    expect(effect).toMatchObject({
      previous: 1,
      campaignsKeepingTheirVersion: live,
      series: { key: "gem@1", startsAnew: false, previous: { key: "gem@1", releasedQuarters: 0 } },
      needsConfirmation: true,
    });
  });

  it("Should start a new series when the scoring differs or a decision breaks comparability, and ask to confirm over released figures", () => {
    const released = (key: string) => (key === "gem@1" ? 2 : 0);
    const rescored = publicationEffect({
      root: "gem",
      published: [version(1)],
      candidate: version(2, 99, true),
      breaks: [],
      live: [],
      releasedQuarters: released,
    });
    expect(rescored).toMatchObject({
      series: { key: "gem@2", startsAnew: true, previous: { key: "gem@1", releasedQuarters: 2 } },
      needsConfirmation: true,
    });
    const broken = publicationEffect({
      root: "gem",
      published: [version(1)],
      candidate: version(2, 99),
      breaks: [{ slug: "gem", version: 2 }],
      live: [],
      releasedQuarters: none,
    });
    expect(broken).toMatchObject({ series: { key: "gem@2", startsAnew: true }, needsConfirmation: false });
  });

  it("Should give another key when the effect changes, so that a confirmation of an older effect no longer holds", () => {
    const base = { root: "gem", published: [version(1)], candidate: version(2, 99), breaks: [], releasedQuarters: none };
    const one = publicationEffect({ ...base, live: [{ version: 1, campaigns: 1, structures: 1 }] });
    const two = publicationEffect({ ...base, live: [{ version: 1, campaigns: 2, structures: 1 }] });
    expect(one.key).not.toBe(two.key);
    expect(publicationEffect({ ...base, live: [{ version: 1, campaigns: 1, structures: 1 }] }).key).toBe(one.key);
  });
});
