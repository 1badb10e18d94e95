import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DraftContent } from "@/domain/codesign/types.ts";
import type { QuestionnaireFile } from "@/domain/questionnaire/types.ts";
import { DraftEditor } from "../../web/src/staff/codesign/editor/draft-editor.tsx";
import { addQuestion, QUESTION_KINDS } from "../../web/src/staff/codesign/editor/draft-ops.ts";
import { JsonView } from "../../web/src/staff/codesign/editor/json-view.tsx";

/**
 * The editor rendered to HTML on the server side (no browser needed): every control it draws is labelled,
 * ids are unique, and read-only mode leaves no button to change the draft.
 */

function libraryDraft(): DraftContent {
  const file = JSON.parse(readFileSync("surveys/experience-usagers.json", "utf8")) as QuestionnaireFile;
  return { title: file.title, description: file.description, roles: file.roles, definition: file.survey, scoring: file.scoring };
}

function withEveryKind(): DraftContent {
  let draft = libraryDraft();
  for (const kind of QUESTION_KINDS) draft = addQuestion(draft, kind, draft.definition.pages[0]!.name, 1).content;
  return draft;
}

const render = (content: DraftContent, readOnly = false) =>
  renderToStaticMarkup(
    createElement(DraftEditor, {
      content,
      onChange: () => {},
      readOnly,
      renderQuestionExtras: (name: string) => createElement("span", { className: "extra" }, `extra:${name}`),
    }),
  );

const attributes = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((m) => m[0]);
const attr = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

describe("DraftEditor, rendered", () => {
  const html = render(withEveryKind());

  it("Should label every input, text area and select with a <label for>", () => {
    const labelled = new Set(attributes(html, "label").map((l) => attr(l, "for")));
    const controls = ["input", "textarea", "select"].flatMap((tag) => attributes(html, tag));
    expect(controls.length).toBeGreaterThan(300);
    const unlabelled = controls.filter((c) => !labelled.has(attr(c, "id")));
    expect(unlabelled).toEqual([]);
  });

  it("Should give every element a unique id", () => {
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("Should name each card by number and name, and each button by the question it acts on", () => {
    // The seven kinds were each added at index 1: the last one, the matrix q7, comes second.
    expect(html).toContain('Question 2 — <span class="ed-name">q7</span>');
    expect(html).toContain('aria-label="Monter la question 2"');
    expect(html).toContain('aria-label="Supprimer la question 2"');
    expect(html).toContain("Ajouter une ligne à la question 2");
    expect(html).toContain("Ajouter un choix à la question 7");
    expect(html).toContain("extra:q7");
    expect(html).toContain('Texte 1 — <span class="ed-name">intro</span>');
  });

  it("Should show a hand-written condition as it is, with a note", () => {
    const draft = libraryDraft();
    draft.definition.pages[0]!.elements[2]!.visibleIf = "{peer_support_duration} = 'gt12m' or {peer_support_duration} = '3to12m'";
    expect(render(draft)).toContain("Condition avancée écrite à la main");
  });

  it("Should draw no button that changes the draft when read-only", () => {
    const readOnly = render(withEveryKind(), true);
    expect(attributes(readOnly, "button")).toEqual([]);
    expect(attributes(readOnly, "textarea").every((t) => / readOnly=""/i.test(t))).toBe(true);
  });
});

describe("JsonView, rendered", () => {
  it("Should show the draft in a labelled text area and list the server's problems with their paths", () => {
    const html = renderToStaticMarkup(
      createElement(JsonView, {
        content: libraryDraft(),
        onApply: () => {},
        problems: [{ path: "/survey/pages/0/elements/2/title", message: "missing en" }],
      }),
    );
    const area = attributes(html, "textarea")[0]!;
    expect(attributes(html, "label").map((l) => attr(l, "for"))).toContain(attr(area, "id"));
    expect(html).toContain("<code>/survey/pages/0/elements/2/title</code> : missing en");
    expect(html).toContain(">Vérifier</button>");
  });
});
