import { describe, expect, it } from "vitest";
import { mergeDrafts } from "@/domain/codesign/merge-drafts.ts";
import type { DraftContent } from "@/domain/codesign/types.ts";
import { baseDraft, edited, find, loc, merged, names, put, question, take } from "../../support/merge-drafts-fixtures.ts";

describe("mergeDrafts", () => {
  it("Should merge edits of two different questions", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => (find(d, "q1")!.title = loc("Nouvelle q1")));
    const theirs = edited(base, (d) => (find(d, "q5")!.choices![0]!.text = loc("Jamais")));
    const result = merged(mergeDrafts(base, mine, theirs));
    expect(find(result, "q1")).toEqual(find(mine, "q1"));
    expect(find(result, "q5")).toEqual(find(theirs, "q5"));
    expect(result).toEqual(edited(mine, (d) => (find(d, "q5")!.choices![0]!.text = loc("Jamais"))));
  });

  it("Should report a question both sides changed differently", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => (find(d, "q3")!.title = loc("Ma version")));
    const theirs = edited(base, (d) => (find(d, "q3")!.title = loc("Leur version")));
    expect(mergeDrafts(base, mine, theirs)).toEqual({ ok: false, conflicts: [{ key: "question:q3", reason: "both_changed" }] });
  });

  it("Should merge the same edit made on both sides", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => {
      find(d, "q3")!.title = loc("Même version");
      find(d, "q1")!.isRequired = true;
    });
    const theirs = edited(base, (d) => (find(d, "q3")!.title = loc("Même version")));
    expect(merged(mergeDrafts(base, mine, theirs))).toEqual(mine);
  });

  it("Should report a question removed on one side and changed on the other, whichever side removed it", () => {
    const base = baseDraft();
    const removed = edited(base, (d) => take(d, "q2"));
    const changed = edited(base, (d) => (find(d, "q2")!.isRequired = true));
    const conflict = { ok: false, conflicts: [{ key: "question:q2", reason: "changed_and_removed" }] };
    expect(mergeDrafts(base, removed, changed)).toEqual(conflict);
    expect(mergeDrafts(base, changed, removed)).toEqual(conflict);
  });

  it("Should remove a question removed on one side and left alone on the other", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => take(d, "q2"));
    const theirs = edited(base, (d) => (find(d, "q1")!.isRequired = true));
    const result = merged(mergeDrafts(base, mine, theirs));
    expect(find(result, "q2")).toBeUndefined();
    expect(names(result, "p1")).toEqual(["q1", "q3"]);
    expect(find(result, "q1")?.isRequired).toBe(true);
  });

  it("Should keep both a move of q1 to page 2 and a rewording of q1", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p2", 1, take(d, "q1")));
    const theirs = edited(base, (d) => (find(d, "q1")!.title = loc("Reformulée")));
    for (const result of [merged(mergeDrafts(base, mine, theirs)), merged(mergeDrafts(base, theirs, mine))]) {
      expect(names(result, "p1")).toEqual(["q2", "q3"]);
      expect(names(result, "p2")).toEqual(["q4", "q1", "g1"]);
      expect(find(result, "q1")?.title).toEqual(loc("Reformulée"));
    }
  });

  it("Should keep questions both sides added to the same page, mine first where both follow the same question", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p1", 1, question("mine_new")));
    const theirs = edited(base, (d) => put(d, "p1", 1, question("theirs_new")));
    expect(names(merged(mergeDrafts(base, mine, theirs)), "p1")).toEqual(["q1", "mine_new", "theirs_new", "q2", "q3"]);
  });

  it("Should keep additions at different places in the same page where each side put them", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p1", 0, question("first")));
    const theirs = edited(base, (d) => put(d, "p1", 3, question("last")));
    expect(names(merged(mergeDrafts(base, mine, theirs)), "p1")).toEqual(["first", "q1", "q2", "q3", "last"]);
  });

  it("Should report a question added on both sides with different content", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p1", 3, question("q9", "Ma q9")));
    const theirs = edited(base, (d) => put(d, "p1", 3, question("q9", "Leur q9")));
    expect(mergeDrafts(base, mine, theirs)).toEqual({ ok: false, conflicts: [{ key: "question:q9", reason: "both_changed" }] });
  });

  it("Should merge a question added on both sides identically at the same place", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => {
      put(d, "p1", 3, question("q9"));
      d.title = loc("Nouveau titre");
    });
    const theirs = edited(base, (d) => put(d, "p1", 3, question("q9")));
    expect(merged(mergeDrafts(base, mine, theirs))).toEqual(mine);
  });

  it("Should report a question added, or moved into the same page, at different places on the two sides", () => {
    const base = baseDraft();
    const early = edited(base, (d) => put(d, "p1", 0, question("q9")));
    const late = edited(base, (d) => put(d, "p1", 3, question("q9")));
    expect(mergeDrafts(base, early, late)).toEqual({ ok: false, conflicts: [{ key: "question:q9", reason: "both_changed" }] });
    const movedFirst = edited(base, (d) => put(d, "p1", 0, take(d, "q4")));
    const movedLast = edited(base, (d) => put(d, "p1", 3, take(d, "q4")));
    expect(mergeDrafts(base, movedFirst, movedLast)).toEqual({ ok: false, conflicts: [{ key: "question:q4", reason: "both_changed" }] });
  });

  it("Should report questions both sides added in opposite orders", () => {
    const base = baseDraft();
    const addAfterQ1 = (first: string, second: string) => (d: DraftContent) => {
      put(d, "p1", 1, question(first));
      put(d, "p1", 2, question(second));
    };
    const mine = edited(base, addAfterQ1("x", "y"));
    const theirs = edited(base, addAfterQ1("y", "x"));
    expect(mergeDrafts(base, mine, theirs)).toEqual({
      ok: false,
      conflicts: [
        { key: "question:x", reason: "both_changed" },
        { key: "question:y", reason: "both_changed" },
      ],
    });
  });

  it("Should report a page both sides added at different places as a conflict on the order of pages", () => {
    const base = baseDraft();
    const page = { name: "p3", title: loc("Page 3"), elements: [question("q7")] };
    const first = edited(base, (d) => d.definition.pages.unshift(structuredClone(page)));
    const last = edited(base, (d) => d.definition.pages.push(structuredClone(page)));
    expect(mergeDrafts(base, first, last)).toEqual({ ok: false, conflicts: [{ key: "pages", reason: "both_changed" }] });
  });

  it("Should merge edits of two different dimensions", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => d.scoring.dimensions[0]!.items.push("q3"));
    const theirs = edited(base, (d) => (d.scoring.dimensions[1]!.reverse = ["q5"]));
    const result = merged(mergeDrafts(base, mine, theirs));
    expect(result.scoring.dimensions).toEqual([mine.scoring.dimensions[0], theirs.scoring.dimensions[1]]);
  });

  it("Should report a dimension both sides changed differently", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => d.scoring.dimensions[0]!.items.push("q3"));
    const theirs = edited(base, (d) => d.scoring.dimensions[0]!.items.push("q4"));
    expect(mergeDrafts(base, mine, theirs)).toEqual({ ok: false, conflicts: [{ key: "dimension:hope", reason: "both_changed" }] });
  });

  it("Should report the scale when both sides changed it differently", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => (d.scoring.scale = { min: 1, max: 4 }));
    const theirs = edited(base, (d) => (d.scoring.scale = { min: 0, max: 3 }));
    expect(mergeDrafts(base, mine, theirs)).toEqual({ ok: false, conflicts: [{ key: "scale", reason: "both_changed" }] });
  });

  it("Should return theirs exactly when mine is base", () => {
    const base = baseDraft();
    const theirs = edited(base, (d) => {
      take(d, "q2");
      d.scoring.scale = { min: 0, max: 4 };
    });
    expect(mergeDrafts(base, structuredClone(base), theirs)).toStrictEqual({ ok: true, merged: theirs });
  });

  it("Should report every conflict, sorted by key", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => {
      d.title = loc("A");
      d.scoring.scale = { min: 1, max: 4 };
      find(d, "q6")!.title = loc("A");
      take(d, "q1");
      find(d, "q4")!.isRequired = true;
    });
    const theirs = edited(base, (d) => {
      d.title = loc("B");
      d.scoring.scale = { min: 1, max: 5 };
      find(d, "q6")!.title = loc("B");
      find(d, "q1")!.isRequired = true;
      find(d, "q3")!.isRequired = true;
    });
    expect(mergeDrafts(base, mine, theirs)).toEqual({
      ok: false,
      conflicts: [
        { key: "question:q1", reason: "changed_and_removed" },
        { key: "question:q6", reason: "both_changed" },
        { key: "questionnaire", reason: "both_changed" },
        { key: "scale", reason: "both_changed" },
      ],
    });
  });

  it("Should merge the questionnaire's own fields property by property, and name the unit when one property differs", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => (d.title = loc("Nouveau titre")));
    const roles = edited(base, (d) => (d.roles = ["patient", "professional"]));
    const surveyLevel = edited(base, (d) => (d.definition["showProgressBar"] = "top"));
    expect(merged(mergeDrafts(base, mine, roles))).toEqual(edited(mine, (d) => (d.roles = ["patient", "professional"])));
    expect(merged(mergeDrafts(base, mine, surveyLevel))).toEqual(edited(mine, (d) => (d.definition["showProgressBar"] = "top")));
    const otherTitle = edited(base, (d) => (d.title = loc("Un autre titre")));
    expect(mergeDrafts(base, mine, otherTitle)).toEqual({ ok: false, conflicts: [{ key: "questionnaire", reason: "both_changed" }] });
    expect(
      merged(
        mergeDrafts(
          base,
          mine,
          edited(base, (d) => take(d, "q3")),
        ),
      ),
    ).toEqual(edited(mine, (d) => take(d, "q3")));
  });

  it("Should keep two people's edits of different properties of one question, down to the language of a text", () => {
    const base = baseDraft();
    const q = (d: DraftContent) => find(d, "q1")!;
    const frenchTitle = edited(base, (d) => (q(d).title = { ...(q(d).title as { fr: string; en: string }), fr: "Nouvel intitulé" }));
    const englishTitle = edited(base, (d) => (q(d).title = { ...(q(d).title as { fr: string; en: string }), en: "New wording" }));
    const required = edited(base, (d) => (q(d).isRequired = !q(d).isRequired));
    const both = merged(mergeDrafts(base, frenchTitle, englishTitle));
    expect(q(both).title).toEqual({ fr: "Nouvel intitulé", en: "New wording" });
    const withRequired = merged(mergeDrafts(base, frenchTitle, required));
    expect(q(withRequired)).toMatchObject({ title: q(frenchTitle).title, isRequired: q(required).isRequired });
    const otherFrench = edited(base, (d) => (q(d).title = { ...(q(d).title as { fr: string; en: string }), fr: "Autre intitulé" }));
    expect(mergeDrafts(base, frenchTitle, otherFrench)).toEqual({ ok: false, conflicts: [{ key: "question:q1", reason: "both_changed" }] });
  });

  it("Should report a question moved to different pages on the two sides, or moved on one and removed on the other", () => {
    const base = baseDraft();
    const toPage2 = edited(base, (d) => put(d, "p2", 0, take(d, "q2")));
    const toPanel = edited(base, (d) => put(d, "g1", 0, take(d, "q2")));
    const removed = edited(base, (d) => take(d, "q2"));
    expect(mergeDrafts(base, toPage2, toPanel)).toEqual({ ok: false, conflicts: [{ key: "question:q2", reason: "both_changed" }] });
    expect(mergeDrafts(base, removed, toPage2)).toEqual({ ok: false, conflicts: [{ key: "question:q2", reason: "changed_and_removed" }] });
  });

  it("Should report a page removed on one side that the other side changed or added a question to", () => {
    const base = baseDraft();
    const removed = edited(base, (d) => d.definition.pages.splice(0, 1));
    const retitled = edited(base, (d) => (d.definition.pages[0]!.title = loc("Autre titre")));
    const grown = edited(base, (d) => put(d, "p1", 0, question("q9")));
    expect(mergeDrafts(base, removed, retitled)).toEqual({ ok: false, conflicts: [{ key: "page:p1", reason: "changed_and_removed" }] });
    expect(mergeDrafts(base, grown, removed)).toEqual({ ok: false, conflicts: [{ key: "page:p1", reason: "changed_and_removed" }] });
  });

  it("Should merge a new page and a reordering of the pages", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => d.definition.pages.reverse());
    const theirs = edited(base, (d) => d.definition.pages.push({ name: "p3", title: loc("Page 3"), elements: [question("q7")] }));
    const result = merged(mergeDrafts(base, mine, theirs));
    expect(result.definition.pages.map((p) => p.name)).toEqual(["p2", "p1", "p3"]);
    expect(names(result, "p3")).toEqual(["q7"]);
  });

  it("Should keep every swap either side made to the order of a page", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p1", 0, take(d, "q3"))); // q3 q1 q2
    const theirs = edited(base, (d) => put(d, "p1", 2, take(d, "q1"))); // q2 q3 q1
    const result = merged(mergeDrafts(base, mine, theirs));
    // Mine put q3 before q1 and q2, theirs q1 after q2 and q3: both hold.
    expect(names(result, "p1")).toEqual(["q3", "q2", "q1"]);
  });

  it("Should keep both sides' swaps where the customary sequence merge would undo one", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p1", 2, take(d, "q1"))); // q2 q3 q1
    const theirs = edited(base, (d) => put(d, "p1", 1, take(d, "q3"))); // q1 q3 q2
    // Inserting q1 after q3, its predecessor in mine, would give q3 q1 q2 and lose mine's q2 before q1.
    expect(names(merged(mergeDrafts(base, mine, theirs)), "p1")).toEqual(["q3", "q2", "q1"]);
  });

  it("Should merge edits inside a panel with edits of the panel", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => {
      find(d, "g1")!.title = loc("Groupe renommé");
      put(d, "g1", 2, question("mine_new"));
    });
    const theirs = edited(base, (d) => {
      put(d, "p1", 0, take(d, "q6"));
      find(d, "q5")!.title = loc("Reformulée");
      put(d, "g1", 0, question("theirs_new"));
    });
    const result = merged(mergeDrafts(base, mine, theirs));
    expect(find(result, "g1")?.title).toEqual(loc("Groupe renommé"));
    expect(names(result, "g1")).toEqual(["theirs_new", "q5", "mine_new"]);
    expect(names(result, "p1")).toEqual(["q6", "q1", "q2", "q3"]);
    expect(find(result, "q5")?.title).toEqual(loc("Reformulée"));
  });

  it("Should report a panel removed on one side that the other side added a question to", () => {
    const base = baseDraft();
    const removed = edited(base, (d) => take(d, "g1"));
    const grown = edited(base, (d) => put(d, "g1", 0, question("q9")));
    expect(mergeDrafts(base, removed, grown)).toEqual({ ok: false, conflicts: [{ key: "question:g1", reason: "changed_and_removed" }] });
  });

  it("Should report panels moved into each other on the two sides", () => {
    const base = edited(baseDraft(), (d) => put(d, "p2", 2, { type: "panel", name: "g2", title: loc("G2"), elements: [question("q8")] }));
    const mine = edited(base, (d) => put(d, "g2", 0, take(d, "g1")));
    const theirs = edited(base, (d) => put(d, "g1", 0, take(d, "g2")));
    expect(mergeDrafts(base, mine, theirs)).toEqual({
      ok: false,
      conflicts: [
        { key: "question:g1", reason: "both_changed" },
        { key: "question:g2", reason: "both_changed" },
      ],
    });
  });

  it("Should report a name used twice rather than guess which is which", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p2", 0, question("q1", "Doublon")));
    const theirs = edited(base, (d) => (find(d, "q4")!.isRequired = true));
    expect(mergeDrafts(base, mine, theirs)).toEqual({ ok: false, conflicts: [{ key: "question:q1", reason: "both_changed" }] });
  });

  it("Should leave its inputs untouched and share no object with them", () => {
    const base = baseDraft();
    const mine = edited(base, (d) => put(d, "p1", 0, take(d, "q3")));
    const theirs = edited(base, (d) => (find(d, "q5")!.title = loc("Autre")));
    const copies = structuredClone([base, mine, theirs]);
    const result = merged(mergeDrafts(base, mine, theirs));
    expect([base, mine, theirs]).toEqual(copies);
    find(result, "q5")!.title!.fr = "changé";
    expect(find(theirs, "q5")?.title?.fr).toBe("Autre");
  });
});
