import { describe, expect, it } from "vitest";
import { diffVersions } from "@/domain/codesign/version-diff.ts";
import { changeClassOrder, mostSevere } from "@/domain/codesign/diff-findings.ts";
import { summarizeDiff } from "@/domain/codesign/version-diff.ts";
import type { DraftContent } from "@/domain/codesign/types.ts";
import type { ChoiceItem } from "@/domain/questionnaire/types.ts";
import { baseDraft, choice, detach, edit, el, library, only, t, usagers } from "../../support/version-drafts.ts";

describe("diffVersions: scoring (D7), roles (D8), the rest (D9)", () => {
  it("Should class a changed set of dimension items as breaking, their order alone as cosmetic", () => {
    const after = edit(baseDraft(), (d) => d.scoring.dimensions[0]!.items.pop());
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "dimension:help",
      kind: "changed",
      aspects: ["items"],
      class: "breaking",
      scored: true,
    });
    const reordered = edit(baseDraft(), (d) => d.scoring.dimensions[0]!.items.reverse());
    expect(only(diffVersions(baseDraft(), reordered))).toMatchObject({ key: "dimension:help", aspects: ["other"], class: "cosmetic" });
  });

  it("Should class changed reverse items as breaking", () => {
    const after = edit(baseDraft(), (d) => (d.scoring.dimensions[0]!.reverse = []));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "dimension:help", aspects: ["reverse"], class: "breaking" });
  });

  it("Should class a dimension added or removed as breaking", () => {
    const after = edit(baseDraft(), (d) => d.scoring.dimensions.push({ id: "more", title: t("Plus"), items: ["c1"], source: "essai" }));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "dimension:more", kind: "added", class: "breaking", scored: true });
    expect(only(diffVersions(after, baseDraft()))).toMatchObject({ key: "dimension:more", kind: "removed", class: "breaking" });
  });

  it("Should class a changed indicator threshold as breaking, aspect definition", () => {
    const after = edit(baseDraft(), (d) => Object.assign(d.scoring.indicators[1]!, { threshold: 50 }));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "indicator:help_high",
      kind: "changed",
      aspects: ["definition"],
      class: "breaking",
      scored: true,
    });
  });

  it("Should class an indicator added or removed as cosmetic, and its title by the text rule", () => {
    const after = edit(baseDraft(), (d) =>
      d.scoring.indicators.push({
        id: "help_low",
        title: t("Part peu aidée"),
        kind: "proportion",
        dimension: "help",
        threshold: 25,
        higherIsBetter: false,
      }),
    );
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({ key: "indicator:help_low", kind: "added", class: "cosmetic" });
    expect(only(diffVersions(after, baseDraft()))).toMatchObject({ key: "indicator:help_low", kind: "removed", class: "cosmetic" });
    const retitled = edit(baseDraft(), (d) => (d.scoring.indicators[0]!.title = t("Score d’aide", "Help score")));
    expect(only(diffVersions(baseDraft(), retitled))).toMatchObject({ key: "indicator:help_score", kind: "reworded", class: "cosmetic" });
  });

  it("Should treat a dimension's direction as cosmetic there, and as a definition change of the indicators inheriting it", () => {
    const after = edit(baseDraft(), (d) => (d.scoring.dimensions[0]!.higherIsBetter = false));
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["dimension:help", "other", "cosmetic"],
      ["indicator:help_score", "definition", "breaking"],
      ["indicator:help_high", "definition", "breaking"],
    ]);
  });

  it("Should class a changed scale as breaking", () => {
    const after = edit(baseDraft(), (d) => (d.scoring.scale = { min: 0, max: 4 }));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "scale",
      target: { type: "scale" },
      kind: "changed",
      aspects: ["scale"],
      class: "breaking",
      scored: true,
    });
  });

  it("Should class changed roles as wording, their order alone as cosmetic", () => {
    const after = edit(baseDraft(), (d) => d.roles.push("peer_worker"));
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      key: "questionnaire",
      kind: "changed",
      aspects: ["roles"],
      class: "wording",
      scored: false,
    });
    const reordered = edit(after, (d) => d.roles.reverse());
    expect(only(diffVersions(after, reordered))).toMatchObject({ aspects: ["other"], class: "cosmetic" });
  });

  it("Should class layout, placeholders and survey settings as cosmetic, aspect other", () => {
    const after = edit(baseDraft(), (d) => {
      el(d, "c1")["colCount"] = 2;
      el(d, "free")["placeholder"] = t("Écrivez ici");
      d.definition["showProgressBar"] = "bottom";
    });
    expect(diffVersions(baseDraft(), after).map((c) => [c.key, c.kind, c.aspects.join(), c.class])).toEqual([
      ["questionnaire", "changed", "other", "cosmetic"],
      ["question:c1", "changed", "other", "cosmetic"],
      ["question:free", "changed", "other", "cosmetic"],
    ]);
  });

  it("Should aggregate a question's aspects into one change of the most severe class", () => {
    const after = edit(baseDraft(), (d) => {
      const q = el(d, "q1");
      q.title = t("L'accompagnement m'a aidé.");
      q.isRequired = false;
      q.choices!.pop();
      q["colCount"] = 5;
    });
    expect(only(diffVersions(baseDraft(), after))).toMatchObject({
      kind: "changed",
      aspects: ["choices", "title", "required", "other"],
      class: "breaking",
    });
  });

  it("Should list changes in a fixed order: questionnaire, elements of `to` then removed ones, pages, scale, dimensions, indicators", () => {
    const after = edit(baseDraft(), (d) => {
      detach(d, "q2");
      d.definition.pages[0]!.elements.unshift({ type: "comment", name: "first", title: t("D'abord") });
      el(d, "free").title = t("Autre chose ?");
      d.definition.pages[1]!.title = t("Page deux");
      d.scoring.indicators.reverse();
      d.scoring.indicators[0]!.title = t("Nouveau titre");
      d.scoring.dimensions[0]!.items = ["q1", "r1"];
      d.scoring.dimensions[0]!.reverse = [];
      d.scoring.scale.max = 7;
      d.title = t("Nouveau questionnaire");
    });
    expect(diffVersions(baseDraft(), after).map((c) => c.key)).toEqual([
      "questionnaire",
      "question:first",
      "question:free",
      "question:q2",
      "page:p2",
      "scale",
      "dimension:help",
      "indicator:followed",
    ]);
  });

  it("Should never throw on drafts with missing optional fields, empty pages and odd shapes", () => {
    const bare: DraftContent = {
      title: t("Vide"),
      description: t("Vide"),
      roles: [],
      definition: { pages: [{ name: "p", elements: [] }] },
      scoring: { scale: { min: 1, max: 5 }, dimensions: [], indicators: [] },
    };
    const odd = edit(bare, (d) => {
      d.definition.pages.push({
        name: "q",
        elements: [
          { type: "panel", name: "empty" },
          { type: "radiogroup", name: "x", choices: ["a", "b"] as unknown as ChoiceItem[] },
          { type: "rating", name: "bad", rateStep: 0 },
        ],
      });
      d.scoring.dimensions.push({ id: "d", title: t("D"), items: ["x"], source: "s" });
    });
    expect(() => diffVersions(bare, odd)).not.toThrow();
    expect(() => diffVersions(odd, bare)).not.toThrow();
    expect(diffVersions(odd, structuredClone(odd))).toEqual([]);
    const changed = edit(odd, (d) => (el(d, "x").choices = ["b", "a"] as unknown as ChoiceItem[]));
    expect(only(diffVersions(odd, changed))).toMatchObject({ key: "question:x", aspects: ["choices"], class: "breaking" });
  });
});

describe("diffVersions on the library's patient questionnaire", () => {
  it("Should class an English-only fix and a French typographic fix as cosmetic", () => {
    const after = edit(usagers(), (d) => {
      el(d, "engagement_decisions").title = t(
        "Je participe aux décisions qui concernent mes soins.",
        "I have a say in decisions about my care.",
      );
      el(d, "engagement_express_needs").title!.fr = "J’arrive à dire ce dont j’ai besoin aux personnes qui m’accompagnent.";
    });
    const changes = diffVersions(usagers(), after);
    expect(changes.map((c) => [c.key, c.kind, c.class, c.scored])).toEqual([
      ["question:engagement_decisions", "reworded", "cosmetic", true],
      ["question:engagement_express_needs", "reworded", "cosmetic", true],
    ]);
  });

  it("Should class a choice added to a scored item as breaking, and a reworded choice as wording", () => {
    const after = edit(usagers(), (d) => {
      el(d, "hope_future").choices!.push(choice(6, "Je ne sais pas"));
      el(d, "hope_identity").choices![2]!.text = t("Ni d'accord, ni pas d'accord, ou je ne sais pas");
    });
    expect(diffVersions(usagers(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["question:hope_future", "choices", "breaking"],
      ["question:hope_identity", "choice_texts", "wording"],
    ]);
    expect(summarizeDiff(diffVersions(usagers(), after))).toEqual({ cosmetic: 0, wording: 1, breaking: 1 });
  });

  it("Should class removing the free comment as cosmetic and removing a scored item as breaking", () => {
    expect(
      only(
        diffVersions(
          usagers(),
          edit(usagers(), (d) => detach(d, "comment")),
        ),
      ),
    ).toMatchObject({ kind: "removed", class: "cosmetic", scored: false });
    expect(
      only(
        diffVersions(
          usagers(),
          edit(usagers(), (d) => detach(d, "hospitalisations_12m")),
        ),
      ),
    ).toMatchObject({ kind: "removed", class: "breaking", scored: true });
  });

  it("Should report the follow-up question's condition and a moved question", () => {
    const after = edit(usagers(), (d) => {
      el(d, "rights_obtained_list").visibleIf = "{rights_obtained} = false";
      d.definition.pages[0]!.elements.push(detach(d, "hope_control"));
    });
    expect(diffVersions(usagers(), after).map((c) => [c.key, c.kind, c.aspects.join(), c.class])).toEqual([
      ["question:hope_control", "moved", "position", "cosmetic"],
      ["question:rights_obtained_list", "changed", "conditions", "wording"],
    ]);
  });

  it("Should class scoring changes: items and reverse breaking, an indicator's threshold breaking", () => {
    const after = edit(usagers(), (d) => {
      const hope = d.scoring.dimensions.find((x) => x.id === "hope_recovery")!;
      hope.reverse = ["hope_control"];
      const self = d.scoring.dimensions.find((x) => x.id === "self_stigma")!;
      self.items = self.items.filter((i) => i !== "stigma_withdraw");
      Object.assign(
        d.scoring.indicators.find((x) => x.id === "satisfaction_high")!,
        { threshold: 80 },
      );
    });
    expect(diffVersions(usagers(), after).map((c) => [c.key, c.aspects.join(), c.class])).toEqual([
      ["dimension:hope_recovery", "reverse", "breaking"],
      ["dimension:self_stigma", "items", "breaking"],
      ["indicator:satisfaction_high", "definition", "breaking"],
    ]);
  });

  it("Should report a mirrored statement pointing to another item as a breaking change of the questionnaire", () => {
    const after = edit(usagers(), (d) => (d.scoring.mirrors![0]!.item = "engagement_decisions"));
    expect(only(diffVersions(usagers(), after))).toMatchObject({ key: "questionnaire", aspects: ["definition"], class: "breaking" });
  });

  it("Should find the easy-to-read (FALC) version reworded but not broken", () => {
    const falc = library.find((q) => q.file === "experience-usagers-falc.json");
    if (!falc) return;
    const changes = diffVersions(usagers(), falc.draft);
    expect(changes.length).toBeGreaterThan(0);
    expect(summarizeDiff(changes).breaking).toBe(0);
  });
});

describe("summarizeDiff, mostSevere, changeClassOrder", () => {
  it("Should order classes cosmetic < wording < breaking and count changes by class", () => {
    expect(["breaking", "cosmetic", "wording"].map((c) => changeClassOrder(c as "cosmetic"))).toEqual([2, 0, 1]);
    expect(mostSevere(["cosmetic", "wording", "cosmetic"])).toBe("wording");
    expect(mostSevere([])).toBeUndefined();
    expect(summarizeDiff([])).toEqual({ cosmetic: 0, wording: 0, breaking: 0 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties, on the library and on generated questionnaires
