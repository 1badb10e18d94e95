import type { MergeResult } from "@/domain/codesign/merge-drafts.ts";
import type { DraftContent } from "@/domain/codesign/types.ts";
import type { Localized, SurveyDefinition, SurveyElement } from "@/domain/questionnaire/types.ts";

// Fixtures of the draft merge's tests: a small two-page draft with a panel, and ways to edit and read it.

export const loc = (fr: string): Localized => ({ fr, en: `EN ${fr}` });

export const question = (name: string, fr = `Question ${name}`): SurveyElement => ({
  type: "radiogroup",
  name,
  title: loc(fr),
  choices: [1, 2, 3].map((value) => ({ value, text: loc(`choix ${value}`) })),
});

/** Two pages; the second holds a panel. */
export function baseDraft(): DraftContent {
  return {
    title: loc("Brouillon"),
    description: loc("Description"),
    roles: ["patient"],
    definition: {
      pages: [
        { name: "p1", title: loc("Page 1"), elements: [question("q1"), question("q2"), question("q3")] },
        {
          name: "p2",
          title: loc("Page 2"),
          elements: [question("q4"), { type: "panel", name: "g1", title: loc("Groupe"), elements: [question("q5"), question("q6")] }],
        },
      ],
    },
    scoring: {
      scale: { min: 1, max: 3 },
      dimensions: [
        { id: "hope", title: loc("Espoir"), items: ["q1", "q2"], source: "test" },
        { id: "autonomy", title: loc("Autonomie"), items: ["q4", "q5"], source: "test" },
      ],
      indicators: [{ id: "hope_score", title: loc("Espoir"), kind: "score", dimension: "hope" }],
    },
  };
}

/** A copy of `draft` changed by `change`. */
export function edited(draft: DraftContent, change: (copy: DraftContent) => void): DraftContent {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
}

/** Pages and panels, by name, each with its children. */
export function containers(definition: SurveyDefinition): Map<string, SurveyElement[]> {
  const out = new Map<string, SurveyElement[]>();
  const walk = (name: string, elements: SurveyElement[]) => {
    out.set(name, elements);
    for (const element of elements) if (Array.isArray(element.elements)) walk(element.name, element.elements);
  };
  for (const page of definition.pages) walk(page.name, page.elements);
  return out;
}

export function find(draft: DraftContent, name: string): SurveyElement | undefined {
  for (const elements of containers(draft.definition).values()) {
    const found = elements.find((e) => e.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Where an element sits and what it says, its children left out (they are units of their own). */
export function placement(draft: DraftContent, name: string): { container: string; content: object } | undefined {
  for (const [container, elements] of containers(draft.definition)) {
    const found = elements.find((e) => e.name === name);
    if (found) {
      const { elements: _children, ...content } = found;
      return { container, content: Array.isArray(_children) ? content : found };
    }
  }
  return undefined;
}

export function take(draft: DraftContent, name: string): SurveyElement {
  for (const elements of containers(draft.definition).values()) {
    const at = elements.findIndex((e) => e.name === name);
    if (at >= 0) return elements.splice(at, 1)[0]!;
  }
  throw new Error(`no element ${name}`);
}

export function put(draft: DraftContent, container: string, at: number, element: SurveyElement): void {
  const elements = containers(draft.definition).get(container);
  if (!elements) throw new Error(`no container ${container}`);
  elements.splice(at, 0, element);
}

export const names = (draft: DraftContent, container: string) => (containers(draft.definition).get(container) ?? []).map((e) => e.name);

export function merged(result: MergeResult): DraftContent {
  if (!result.ok) throw new Error(`unexpected conflicts: ${JSON.stringify(result.conflicts)}`);
  return result.merged;
}
