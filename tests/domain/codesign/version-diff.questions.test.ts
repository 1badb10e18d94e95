import { describe, expect, it } from "vitest";
import { diffVersions } from "@/domain/codesign/version-diff.ts";
import { baseDraft, byKey, choice, detach, edit, el, only, t } from "../../support/version-drafts.ts";

describe("diffVersions: texts (D2)", () => {
  it("Should find no change between a version and itself or its deep copy", () => {
    const draft = baseDraft();
    expect(diffVersions(draft, draft)).toEqual([]);
    expect(diffVersions(draft, structuredClone(draft))).toEqual([]);
  });

  it("Should class an English-only fix as cosmetic", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").title = t("Je me sens écouté.", "I feel heard.")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:q2",
      kind: "reworded",
      aspects: ["title"],
      class: "cosmetic",
      scored: true,
    });
  });

  it("Should class curly apostrophes, no-break spaces and guillemets as cosmetic", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "q1").title = t("L’accompagnement m’aide.", "EN L'accompagnement m'aide.");
      el(d, "b1").title = t("Avez-vous un suivi\u202F?", "EN Avez-vous un suivi ?");
      el(d, "free").title = t("Un commentaire ? ", "EN Un commentaire ?");
    });
    const changes = diffVersions(baseDraft(), after);
    expect(changes.map((c) => [c.key, c.kind, c.class])).toEqual([
      ["question:q1", "reworded", "cosmetic"],
      ["question:b1", "reworded", "cosmetic"],
      ["question:free", "reworded", "cosmetic"],
    ]);
  });

  it("Should class a French rewording as wording, kind reworded", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").title = t("Je me sens entendu.", "EN Je me sens écouté.")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:q2",
      kind: "reworded",
      aspects: ["title"],
      class: "wording",
    });
  });

  it("Should class a change of case as wording, not typography", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").title = t("je me sens écouté.")));
    expect(only(diffVersions(baseDraft(), after)).class).toBe("wording");
  });

  it("Should class a description added as wording", () => {
    const after = edit(baseDraft(), (d) => (el(d, "q2").description = t("Au cours du dernier mois.")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ kind: "reworded", aspects: ["description"], class: "wording" });
  });

  it("Should class the text of a choice changed alone as wording, kind reworded", () => {
    const after = edit(baseDraft(), (d) => (el(d, "c1").choices![1]!.text = t("Mes proches")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:c1",
      kind: "reworded",
      aspects: ["choice_texts"],
      class: "wording",
      scored: false,
    });
  });

  it("Should judge the texts of rows, columns, rating labels and yes/no labels by the same rule", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "m1").rows![0]!.text = t("Première ligne");
      el(d, "m1").columns![1]!.text = t("Souvent", "Frequently");
      el(d, "r1")["maxRateDescription"] = t("Tout à fait !");
      el(d, "b1")["labelTrue"] = t("Oui, un suivi");
    });
    const changes = byKey(diffVersions(baseDraft(), after));
    expect(changes.get("question:m1")).toMatchObject({ kind: "reworded", aspects: ["row_texts", "column_texts"], class: "wording" });
    expect(changes.get("question:r1")).toMatchObject({ kind: "reworded", aspects: ["scale_labels"], class: "wording" });
    expect(changes.get("question:b1")).toMatchObject({ kind: "reworded", aspects: ["choice_texts"], class: "wording" });
  });

  it("Should judge an html block's text like a description", () => {
    const after = edit(baseDraft(), (d) => (el(d, "intro")["html"] = t("<p>Bienvenue</p>")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:intro",
      kind: "reworded",
      aspects: ["description"],
      class: "wording",
      scored: false,
    });
  });
});

describe("diffVersions: what an answer can be (D3)", () => {
  it("Should class a choice added as breaking", () => {
    const after = edit(baseDraft(), (d) => el(d, "c1").choices!.push(choice("d", "Les soignants")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:c1",
      kind: "changed",
      aspects: ["choices"],
      class: "breaking",
    });
  });

  it("Should class choices reordered as breaking", () => {
    const after = edit(baseDraft(), (d) => el(d, "q1").choices!.reverse());
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:q1",
      aspects: ["choices"],
      class: "breaking",
      scored: true,
    });
  });

  it('Should tell the value 1 from the value "1"', () => {
    const after = edit(baseDraft(), (d) => (el(d, "q1").choices![0]!.value = "1"));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ aspects: ["choices"], class: "breaking" });
  });

  it("Should class a changed rateMax as breaking, aspect scale", () => {
    const after = edit(baseDraft(), (d) => (el(d, "r1").rateMax = 7));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:r1",
      kind: "changed",
      aspects: ["scale"],
      class: "breaking",
    });
  });

  it("Should not call the default scale spelled out, or as rateValues, a change of scale", () => {
    const spelled = edit(baseDraft(), (d) => Object.assign(el(d, "r1"), { rateMin: 1, rateStep: 1 }));
    expect(only(diffVersions(baseDraft(), spelled))).toMatchObject({ aspects: ["other"], class: "cosmetic" });
    const listed = edit(baseDraft(), (d) => (el(d, "r1").rateValues = [1, 2, 3, 4, 5].map((v) => choice(v, String(v)))));
    expect(only(diffVersions(baseDraft(), listed))).toMatchObject({ class: "cosmetic" });
    const asText = edit(listed, (d) => (el(d, "r1").rateValues![0]!.value = "1"));
    expect(only(diffVersions(listed, asText))).toMatchObject({ aspects: ["scale"], class: "breaking" });
  });

  it("Should class a changed type, or text input type, as breaking", () => {
    const retyped = edit(baseDraft(), (d) => (el(d, "q2").type = "dropdown"));
    expect(only(diffVersions(baseDraft(), retyped))).toMatchObject({
      key: "question:q2",
      kind: "changed",
      aspects: ["type"],
      class: "breaking",
    });
    const input = edit(baseDraft(), (d) => {
      const age = el(d, "age");
      delete age.inputType;
      delete age.min;
      delete age.max;
    });
    expect(only(diffVersions(baseDraft(), input))).toMatchObject({ key: "question:age", aspects: ["type", "limits"], class: "breaking" });
  });

  it("Should class matrix rows or columns changed as breaking", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "m1").rows!.push(choice("r3", "Ligne 3"));
      el(d, "m1").columns!.pop();
    });
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ aspects: ["rows", "columns"], class: "breaking" });
  });
});

describe("diffVersions: who is asked, and how firmly (D4)", () => {
  it("Should class a changed visibleIf as wording, aspect conditions", () => {
    const after = edit(baseDraft(), (d) => (el(d, "free").visibleIf = "{b1} = false"));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:free",
      kind: "changed",
      aspects: ["conditions"],
      class: "wording",
    });
  });

  it("Should report a page's condition on each element of the page, and not on the page", () => {
    const after = edit(baseDraft(), (d) => (d.definition.pages[1]!.visibleIf = "{q1} > 3"));
    const changes = diffVersions(baseDraft(), after);
    expect(changes.map((c) => c.key)).toEqual(["question:c1", "question:b1", "question:m1", "question:age", "question:free"]);
    expect(changes.every((c) => c.class === "wording" && c.aspects.join() === "conditions")).toBe(true);
  });

  it("Should report a panel's condition on the elements inside it", () => {
    const after = edit(baseDraft(), (d) => delete el(d, "grp").visibleIf);
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.aspects.join()])).toEqual([
      ["question:m1", "conditions"],
      ["question:age", "conditions"],
    ]);
  });

  it("Should take a condition respaced for the same condition (cosmetic)", () => {
    const after = edit(baseDraft(), (d) => (d.definition.pages[1]!.visibleIf = "{q1}  >  2 "));
    expect(diffVersions(baseDraft(), after)).toEqual([]);
    const own = edit(baseDraft(), (d) => (el(d, "grp").visibleIf = " {b1} =  true"));
    expect(diffVersions(baseDraft(), own)).toEqual([]);
    const question = edit(baseDraft(), (d) => (el(d, "free").visibleIf = "{b1}  = true"));
    const respaced = edit(baseDraft(), (d) => (el(d, "free").visibleIf = "{b1} = true"));
    expect(only(diffVersions(question, respaced))).toMatchObject({ aspects: ["other"], class: "cosmetic" });
  });

  it("Should class a required flag changed as wording", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "q1").isRequired = false;
      el(d, "m1").isAllRowRequired = true;
    });
    const changes = diffVersions(baseDraft(), after);
    expect(changes.map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["question:q1", "required", "wording"],
      ["question:m1", "required", "wording"],
    ]);
  });

  it("Should class changed limits as wording", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "free").maxLength = 300;
      el(d, "c1").maxSelectedChoices = 2;
    });
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["question:c1", "limits", "wording"],
      ["question:free", "limits", "wording"],
    ]);
  });
});

describe("diffVersions: position, additions and removals (D5, D6)", () => {
  it("Should report a question moved to another page as moved, cosmetic", () => {
    const after = edit(baseDraft(), (d) => d.definition.pages[1]!.elements.push(detach(d, "r1")));
    // r1 leaves page 1 for page 2: it now inherits page 2's condition too.
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "question:r1",
      kind: "changed",
      aspects: ["conditions", "position"],
      class: "wording",
    });
    const unconditioned = edit(baseDraft(), (d) => delete d.definition.pages[1]!.visibleIf);
    const moved = edit(unconditioned, (d) => d.definition.pages[1]!.elements.push(detach(d, "r1")));
    expect(only(diffVersions(unconditioned, moved))).toMatchObject({
      key: "question:r1",
      kind: "moved",
      aspects: ["position"],
      class: "cosmetic",
    });
  });

  it("Should name one question, the same both ways, when two are swapped", () => {
    const after = edit(baseDraft(), (d) => {
      const page = d.definition.pages[0]!.elements;
      [page[1], page[2]] = [page[2]!, page[1]!];
    });
    const forward = only(diffVersions(baseDraft(), after));
    const backward = only(diffVersions(after, baseDraft()));
    // Either could be said to have moved; q1 comes first by name, so q1 stays and q2 is named.
    expect(forward).toMatchObject({ key: "question:q2", kind: "moved", class: "cosmetic" });
    expect(backward.key).toBe(forward.key);
  });

  it("Should name only the question moved, not those it jumped over", () => {
    const after = edit(baseDraft(), (d) => d.definition.pages[0]!.elements.unshift(detach(d, "r1")));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "question:r1", kind: "moved" });
  });

  it("Should class a scored question added or removed as breaking, an unscored one as cosmetic", () => {
    const scored = edit(baseDraft(), (d) => {
      d.definition.pages[0]!.elements.push({ type: "rating", name: "r2", title: t("Autre note") });
      d.scoring.dimensions[0]!.items.push("r2");
    });
    expect(byKey(diffVersions(baseDraft(), scored)).get("question:r2")).toEqual({
      target: { type: "question", name: "r2" },
      key: "question:r2",
      kind: "added",
      aspects: [],
      class: "breaking",
      scored: true,
      after: el(scored, "r2"),
    });
    const unscored = edit(baseDraft(), (d) =>
      d.definition.pages[0]!.elements.push({ type: "comment", name: "more", title: t("Autre chose ?") }),
    );
    expect(only(diffVersions(baseDraft(), unscored))).toMatchObject({
      key: "question:more",
      kind: "added",
      class: "cosmetic",
      scored: false,
    });
    const removed = edit(baseDraft(), (d) => detach(d, "b1"));
    // b1 is the item of an indicator.
    expect(only(diffVersions(baseDraft(), removed))).toEqual({
      target: { type: "question", name: "b1" },
      key: "question:b1",
      kind: "removed",
      aspects: [],
      class: "breaking",
      scored: true,
      before: el(baseDraft(), "b1"),
    });
  });

  it("Should class a page added or removed as cosmetic, and its title by the text rule", () => {
    const added = edit(baseDraft(), (d) =>
      d.definition.pages.push({ name: "p3", title: t("Merci"), elements: [{ type: "comment", name: "remarks", title: t("Remarques") }] }),
    );
    expect(diffVersions(baseDraft(), added).map((c) => [c.key, c.kind, c.class])).toEqual([
      ["question:remarks", "added", "cosmetic"],
      ["page:p3", "added", "cosmetic"],
    ]);
    const retitled = edit(baseDraft(), (d) => (d.definition.pages[0]!.title = t("Page un")));
    expect(only(diffVersions(baseDraft(), retitled))).toMatchObject({
      key: "page:p1",
      kind: "reworded",
      aspects: ["title"],
      class: "wording",
      scored: false,
    });
  });

  it("Should report pages swapped as one page moved, not every question on them", () => {
    const after = edit(baseDraft(), (d) => d.definition.pages.reverse());
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "page:p2",
      kind: "moved",
      aspects: ["position"],
      class: "cosmetic",
      scored: false,
    });
  });
});

describe("diffVersions: information texts and markup (D10)", () => {
  it("Should class an html block added or removed as wording, however plain its text", () => {
    const added = edit(baseDraft(), (d) => d.definition.pages[0]!.elements.push({ type: "html", name: "notice", html: t("Merci !") }));
    expect(only(diffVersions(baseDraft(), added))).toMatchObject({ key: "question:notice", kind: "added", class: "wording" });
    expect(only(diffVersions(added, baseDraft()))).toMatchObject({ key: "question:notice", kind: "removed", class: "wording" });
  });

  it("Should class an English-only or typographic edit of an html block as wording", () => {
    const english = edit(baseDraft(), (d) => ((el(d, "intro")["html"] as { en: string }).en = "<p>Hello there</p>"));
    expect(only(diffVersions(baseDraft(), english))).toMatchObject({ key: "question:intro", aspects: ["description"], class: "wording" });
    const spaced = edit(baseDraft(), (d) => ((el(d, "intro")["html"] as { fr: string }).fr = "<p>Bonjour </p>"));
    expect(only(diffVersions(baseDraft(), spaced)).class).toBe("wording");
  });

  it("Should class a meta refresh added to an html block as wording, never cosmetic", () => {
    const refresh = '<meta http-equiv="refresh" content="3;url=https://ailleurs.example">';
    const after = edit(baseDraft(), (d) => (el(d, "intro")["html"] = { fr: `<p>Bonjour</p>${refresh}`, en: `<p>Bonjour</p>${refresh}` }));
    expect(only(diffVersions(baseDraft(), after)).class).toBe("wording");
  });

  it("Should class an English-only edit of a title carrying markup or a markdown link as wording", () => {
    const html = edit(
      baseDraft(),
      (d) => (el(d, "q2").title = { fr: "Je me sens écouté.", en: 'I feel heard. <a href="https://x.example">More</a>' }),
    );
    expect(only(diffVersions(baseDraft(), html))).toMatchObject({ key: "question:q2", aspects: ["title"], class: "wording" });
    const markdown = edit(
      baseDraft(),
      (d) => (el(d, "q2").title = { fr: "Je me sens écouté.", en: "I feel heard. [More](https://x.example)" }),
    );
    expect(only(diffVersions(baseDraft(), markdown)).class).toBe("wording");
    const plain = edit(baseDraft(), (d) => (el(d, "q2").title = { fr: "Je me sens écouté.", en: "I feel heard!" }));
    expect(only(diffVersions(baseDraft(), plain)).class).toBe("cosmetic");
  });

  it("Should class an unscored question added with markup in its texts as wording", () => {
    const added = edit(baseDraft(), (d) =>
      d.definition.pages[0]!.elements.push({
        type: "comment",
        name: "remarks",
        title: t("Remarques"),
        description: t("<p>Voir <a href='https://x.example'>ici</a></p>"),
      }),
    );
    expect(only(diffVersions(baseDraft(), added))).toMatchObject({ key: "question:remarks", kind: "added", class: "wording" });
  });

  it("Should class a changed completion text or an unknown property holding markup as wording, other settings as cosmetic", () => {
    const completed = edit(baseDraft(), (d) => (d.definition["completedHtml"] = t("<p>Merci</p>")));
    expect(only(diffVersions(baseDraft(), completed))).toMatchObject({ key: "questionnaire", aspects: ["other"], class: "wording" });
    const plainCompleted = edit(baseDraft(), (d) => (d.definition["completedHtml"] = t("Merci")));
    expect(only(diffVersions(baseDraft(), plainCompleted)).class).toBe("wording");
    const otherText = edit(baseDraft(), (d) => (el(d, "q1")["placeholder"] = t("<img src='/x.png'>")));
    expect(only(diffVersions(baseDraft(), otherText))).toMatchObject({ key: "question:q1", aspects: ["other"], class: "wording" });
    const pageText = edit(baseDraft(), (d) => (d.definition.pages[0]!["navigationTitle"] = t("<b>Un</b>")));
    expect(only(diffVersions(baseDraft(), pageText))).toMatchObject({ key: "page:p1", aspects: ["other"], class: "wording" });
    const layout = edit(baseDraft(), (d) => (el(d, "q1")["colCount"] = 2));
    expect(only(diffVersions(baseDraft(), layout))).toMatchObject({ key: "question:q1", aspects: ["other"], class: "cosmetic" });
  });
});
