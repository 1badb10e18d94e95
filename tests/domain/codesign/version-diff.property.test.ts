import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffVersions } from "@/domain/codesign/version-diff.ts";
import { asQuestionnaireFile, surveyArb } from "../../support/arbitraries/surveys.ts";
import type { DraftContent } from "@/domain/codesign/types.ts";
import { listQuestions } from "@/domain/questionnaire/survey-elements.ts";
import type { Localized, SurveyElement } from "@/domain/questionnaire/types.ts";
import { byKey, choice, detach, edit, el, library, only, t, toDraft } from "../../support/version-drafts.ts";

const generatedDraft = surveyArb().map((survey) => toDraft(asQuestionnaireFile(survey)));
const libraryDraft = fc.constantFrom(...library.map((q) => q.draft));
const anyDraft = fc.oneof(libraryDraft, generatedDraft);

const CHOICE_TYPES = new Set(["radiogroup", "checkbox", "dropdown"]);
type ChoiceEdit = "add" | "remove" | "swap";

/** Changes the choice list of one question in place: a value added, one removed, or two swapped. */
function editChoices(q: SurveyElement, how: ChoiceEdit, i: number, j: number): void {
  const list = q.choices!;
  if (how === "add") list.splice(i % (list.length + 1), 0, choice("__new__", "Nouvelle réponse"));
  else if (how === "remove") list.splice(i % list.length, 1);
  else {
    const a = i % list.length;
    const b = (a + 1 + (j % (list.length - 1))) % list.length;
    [list[a], list[b]] = [list[b]!, list[a]!];
  }
}

/** Every { fr, en } of a draft, wherever it sits, with whether it is an information text or carries markup (D10). */
function localizedTexts(node: unknown, out: { text: Localized; informative: boolean }[] = [], key = ""): typeof out {
  if (Array.isArray(node)) node.forEach((child) => localizedTexts(child, out, key));
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record["fr"] === "string" && typeof record["en"] === "string") {
      const informative = /html/i.test(key) || /<[a-zA-Z!/?]|\]\(/.test(record["fr"] + record["en"]);
      out.push({ text: record as unknown as Localized, informative });
    } else Object.entries(record).forEach(([k, child]) => localizedTexts(child, out, k));
  }
  return out;
}

/** The plain texts (D2), or the information texts and texts with markup (D10), of a draft. */
const plainTexts = (d: DraftContent) =>
  localizedTexts(d)
    .filter((x) => !x.informative)
    .map((x) => x.text);
const informativeTexts = (d: DraftContent) =>
  localizedTexts(d)
    .filter((x) => x.informative)
    .map((x) => x.text);

const EDITS = [
  "retitle_fr",
  "retitle_en",
  "typography",
  "choices",
  "required",
  "condition",
  "type",
  "move",
  "remove",
  "add_scored",
  "add_unscored",
  "swap_pages",
  "dimension_items",
  "reverse",
  "scale",
  "threshold",
  "indicator",
  "roles",
  "layout",
] as const;
type Edit = { kind: (typeof EDITS)[number]; i: number; j: number };
const editsArb = fc.array(fc.record({ kind: fc.constantFrom(...EDITS), i: fc.nat(), j: fc.nat() }), { minLength: 1, maxLength: 4 });

/** Applies a random edit of the kinds co-researchers make; each picks its target from `i` and `j`. */
function applyEdit(d: DraftContent, { kind, i, j }: Edit, n: number): void {
  const questions = listQuestions(d.definition).map((p) => p.question);
  const pick = <T>(xs: readonly T[], k: number): T | undefined => xs[k % Math.max(xs.length, 1)];
  const q = pick(questions, i);
  const pages = d.definition.pages;
  switch (kind) {
    case "retitle_fr":
      if (q?.title) q.title.fr += " modifié";
      break;
    case "retitle_en":
      if (q?.title) q.title.en += " (rev.)";
      break;
    case "typography":
      if (q?.title) q.title.fr = q.title.fr.replace(/'/g, "’").replace(/ \?/g, "\u202F?") + " ";
      break;
    case "choices": {
      const withChoices = questions.filter((x) => CHOICE_TYPES.has(x.type) && (x.choices?.length ?? 0) > 1);
      const target = pick(withChoices, i);
      if (target) editChoices(target, (["add", "remove", "swap"] as const)[j % 3]!, i, j);
      break;
    }
    case "required":
      if (q) q.isRequired = !q.isRequired;
      break;
    case "condition":
      if (q) q.visibleIf = q.visibleIf ? undefined : `{${questions[0]!.name}} notempty`;
      break;
    case "type":
      if (q) q.type = q.type === "comment" ? "text" : "comment";
      break;
    case "move":
      if (q) pick(pages, j)!.elements.splice(j % 3, 0, detach(d, q.name));
      break;
    case "remove":
      if (q) detach(d, q.name);
      break;
    case "add_scored":
    case "add_unscored": {
      const name = `added_${n}`;
      pick(pages, j)!.elements.push({ type: "rating", name, title: t(`Ajout ${n}`) });
      if (kind === "add_scored") d.scoring.dimensions[0]?.items.push(name);
      break;
    }
    case "swap_pages":
      if (pages.length > 1) pages.push(pages.splice(i % pages.length, 1)[0]!);
      break;
    case "dimension_items": {
      const dimension = pick(d.scoring.dimensions, i);
      if (dimension && dimension.items.length > 1) dimension.items.splice(j % dimension.items.length, 1);
      break;
    }
    case "reverse": {
      const dimension = pick(d.scoring.dimensions, i);
      if (dimension) dimension.reverse = (dimension.reverse ?? []).length > 0 ? [] : dimension.items.slice(0, 1);
      break;
    }
    case "scale":
      d.scoring.scale = { ...d.scoring.scale, max: d.scoring.scale.max + 1 };
      break;
    case "threshold": {
      const indicator = pick(d.scoring.indicators, i);
      if (indicator) Object.assign(indicator, { threshold: 10 + (j % 80) });
      break;
    }
    case "indicator":
      if (j % 2 === 0) d.scoring.indicators.splice(i % Math.max(d.scoring.indicators.length, 1), 1);
      else
        d.scoring.indicators.push({ id: `extra_${n}`, title: t("Ajout"), kind: "score", dimension: d.scoring.dimensions[0]?.id ?? "none" });
      break;
    case "roles":
      d.roles = d.roles.includes("professional") ? d.roles.filter((r) => r !== "professional") : [...d.roles, "professional"];
      break;
    case "layout":
      if (q) q["colCount"] = (j % 4) + 1;
      break;
  }
}

const editedPair = fc
  .tuple(anyDraft, editsArb)
  .map(([draft, edits]) => [draft, edit(draft, (d) => edits.forEach((e, n) => applyEdit(d, e, n)))] as const);

/** The diff seen from the other side: added and removed swap, nothing else changes. */
function expectSymmetric(a: DraftContent, b: DraftContent): void {
  const forward = diffVersions(a, b);
  const backward = byKey(diffVersions(b, a));
  expect(new Set(forward.map((c) => c.key))).toEqual(new Set(backward.keys()));
  const mirrored = { added: "removed", removed: "added" } as Record<string, string>;
  for (const change of forward) {
    const other = backward.get(change.key)!;
    expect([other.class, other.kind, other.aspects, other.scored]).toEqual([
      change.class,
      mirrored[change.kind] ?? change.kind,
      change.aspects,
      change.scored,
    ]);
  }
}

describe("diffVersions: properties", () => {
  it("Should find no change between any version and itself or its deep copy", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(diffVersions(draft, draft)).toEqual([]);
        expect(diffVersions(draft, structuredClone(draft))).toEqual([]);
      }),
    );
  });

  it("Should class any change of a choice list (value added, removed or two swapped) as breaking on that question", () => {
    fc.assert(
      fc.property(
        anyDraft,
        fc.nat(),
        fc.constantFrom<ChoiceEdit>("add", "remove", "swap"),
        fc.nat(),
        fc.nat(),
        (draft, pickQ, how, i, j) => {
          const candidates = listQuestions(draft.definition)
            .map((p) => p.question)
            .filter((q) => CHOICE_TYPES.has(q.type) && (q.choices?.length ?? 0) > (how === "add" ? 0 : 1));
          fc.pre(candidates.length > 0);
          const name = candidates[pickQ % candidates.length]!.name;
          const after = edit(draft, (d) => editChoices(el(d, name), how, i, j));
          const change = only(diffVersions(draft, after));
          expect(change).toMatchObject({ key: `question:${name}`, kind: "changed", class: "breaking" });
          expect(change.aspects).toContain("choices");
        },
      ),
    );
  });

  it("Should give the same keys, classes and aspects both ways, with added and removed swapped", () => {
    fc.assert(fc.property(editedPair, ([a, b]) => expectSymmetric(a, b)));
    fc.assert(fc.property(generatedDraft, generatedDraft, (a, b) => expectSymmetric(a, b)));
    for (const a of library) for (const b of library) expectSymmetric(a.draft, b.draft);
  });

  it("Should class an English-only edit of any plain text as cosmetic, and report it", () => {
    fc.assert(
      fc.property(anyDraft, fc.nat(), fc.constantFrom(" (rev.)", "!", "x"), (draft, pickText, suffix) => {
        const after = edit(draft, (d) => {
          const texts = plainTexts(d);
          texts[pickText % texts.length]!.en += suffix;
        });
        const changes = diffVersions(draft, after);
        expect(changes).toHaveLength(1);
        expect(changes[0]!.class).toBe("cosmetic");
      }),
    );
  });

  it("Should class any edit of an information text or of a text with markup as wording, English-only or typographic included", () => {
    const edits: ((text: Localized) => void)[] = [
      (text) => (text.en += " (rev.)"),
      (text) => (text.fr += "  "),
      (text) => (text.fr = text.fr.replace(/'/g, "’") + " "),
    ];
    const withInformation = anyDraft.filter((draft) => informativeTexts(draft).length > 0);
    fc.assert(
      fc.property(withInformation, fc.nat(), fc.constantFrom(...edits), (draft, pickText, change) => {
        const after = edit(draft, (d) => {
          const texts = informativeTexts(d);
          change(texts[pickText % texts.length]!);
        });
        const changes = diffVersions(draft, after);
        expect(changes).toHaveLength(1);
        expect(changes[0]!.class).toBe("wording");
      }),
    );
  });

  it("Should class a typographic edit of any plain French text as cosmetic", () => {
    const typographic: ((s: string) => string)[] = [
      (s) => s.replace(/'/g, "’"),
      (s) => s.replace(/ ([?!:;])/g, "\u202F$1"),
      (s) => s.replace(/ /g, "\u00A0"),
      (s) => `${s}  `,
      (s) => s.replace(/\.\.\./g, "…").replace(/ - /g, " – "),
      (s) => s.normalize("NFD"),
    ];
    fc.assert(
      fc.property(anyDraft, fc.nat(), fc.constantFrom(...typographic), (draft, pickText, retype) => {
        const after = edit(draft, (d) => {
          const texts = plainTexts(d);
          const text = texts[pickText % texts.length]!;
          text.fr = retype(text.fr);
        });
        expect(diffVersions(draft, after).every((c) => c.class === "cosmetic")).toBe(true);
      }),
    );
  });

  it("Should never throw, and give one change per key, its class the most severe possible for its aspects", () => {
    fc.assert(
      fc.property(editedPair, ([a, b]) => {
        const changes = diffVersions(a, b);
        expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
        for (const c of changes) {
          if (c.kind === "moved") expect([c.aspects, c.class]).toEqual([["position"], "cosmetic"]);
          if (c.aspects.some((x) => ["type", "choices", "scale", "rows", "columns", "items", "reverse"].includes(x)))
            expect(c.class).toBe("breaking");
        }
      }),
    );
  });
});
