import { describe, expect, it } from "vitest";
import type { DraftContent } from "@/domain/codesign/types.ts";
import { draftProblems } from "@/domain/codesign/draft-problems.ts";
import { emptyDraft } from "@/domain/codesign/new-draft.ts";
import { changeTitle, readableLines } from "../../web/src/staff/codesign/change-texts.ts";
import { problemText } from "../../web/src/staff/codesign/problem-words.ts";
import { problemPlace, targetName } from "../../web/src/staff/codesign/target-names.ts";
import { diffHref, versionHref } from "../../web/src/staff/codesign/version-href.ts";

const fr = (text: { fr: string; en: string }) => text.fr;

function draft(): DraftContent {
  const content = emptyDraft("Vie au GEM");
  content.definition.pages[0]!.elements.push(
    {
      type: "radiogroup",
      name: "q1",
      title: { fr: "Au GEM, je me sens à ma place.", en: "" },
      choices: [{ value: 1, text: { fr: "Non", en: "No" } }],
    },
    {
      type: "panel",
      name: "p1",
      elements: [{ type: "boolean", name: "q2", title: { fr: "Venez-vous chaque semaine ?", en: "Every week?" } }],
    },
  );
  content.scoring.dimensions.push({ id: "belonging", title: { fr: "Appartenance", en: "" }, items: ["q1"], source: "" });
  return content;
}

describe("Naming the parts of a draft", () => {
  it("Should name a question, nested or not, by its key and its French title", () => {
    expect(targetName("question:q1", draft(), fr)).toBe("Question q1 — Au GEM, je me sens à ma place.");
    expect(targetName("question:q2", draft(), fr)).toBe("Question q2 — Venez-vous chaque semaine ?");
    expect(targetName("dimension:belonging", draft(), fr)).toBe("Dimension belonging — Appartenance");
    expect(targetName("question:gone", draft(), fr)).toBe("Question gone");
    expect(targetName("scale", undefined, fr)).toBe("L'échelle de réponse des scores");
  });

  it("Should fall back to the French title when the English one is still empty", () => {
    expect(targetName("question:q1", draft(), (t) => t.en)).toBe("Question q1 — Au GEM, je me sens à ma place.");
  });

  it("Should place every problem the API finds on the innermost question, page or dimension", () => {
    const content = draft();
    const places = draftProblems("vie-au-gem", content).map((p) => problemPlace(p.path, content, fr));
    expect(places).toContain("Dimension belonging — Appartenance");
    expect(problemPlace("/definition/pages/0/elements/0/title/en", content, fr)).toBe("Question q1 — Au GEM, je me sens à ma place.");
    expect(problemPlace("/definition/pages/0/elements/1/elements/0/title", content, fr)).toBe("Question q2 — Venez-vous chaque semaine ?");
    expect(problemPlace("/definition/pages/0/title", content, fr)).toBe("Page page1");
    expect(problemPlace("/title/en", content, fr)).toBe("Questionnaire");
  });

  it("Should say the commonest problems in plain words, and keep the others as they are", () => {
    expect(problemText({ path: "/scoring/dimensions/0/title/en", message: "must NOT have fewer than 1 characters" }).text.fr).toBe(
      "titre en anglais à écrire",
    );
    expect(problemText({ path: "/scoring/dimensions/0/source", message: "must NOT have fewer than 3 characters" }).text.fr).toBe(
      "source (référence de la dimension) : au moins 3 caractères",
    );
    expect(problemText({ path: "/scoring/indicators", message: "must NOT have fewer than 1 items" }).raw).toBe(false);
    expect(problemText({ path: "/definition", message: 'name "q1" is used 2 times' })).toEqual({
      text: { fr: 'name "q1" is used 2 times', en: 'name "q1" is used 2 times' },
      raw: true,
    });
  });
});

describe("Reading a change", () => {
  it("Should read a question as its title and its choices, in French", () => {
    const before = {
      type: "radiogroup",
      name: "q1",
      title: { fr: "Avant", en: "Before" },
      choices: [
        { value: 1, text: { fr: "Un", en: "One" } },
        { value: 2, text: { fr: "Deux", en: "Two" } },
      ],
    };
    expect(readableLines(before)).toEqual(["Avant", "Un · Deux"]);
    expect(changeTitle({ before, after: undefined })).toBe("Avant");
    expect(readableLines(undefined)).toEqual([]);
    expect(readableLines({ min: 1, max: 5 })).toEqual(["1 – 5"]);
  });

  it("Should link a version alone, or two versions side by side", () => {
    expect(versionHref("vie-au-gem", 2)).toBe("/questionnaires/vie-au-gem/comparer?de=2&a=2");
    expect(diffHref("vie-au-gem", 1, 2)).toBe("/questionnaires/vie-au-gem/comparer?de=1&a=2");
  });
});
