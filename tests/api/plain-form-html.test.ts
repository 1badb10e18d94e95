import { describe, expect, it } from "vitest";
import { elementHtml } from "@/http/plain-form/question-html.ts";
import type { SurveyPage } from "@/domain/questionnaire/types.ts";

const page: SurveyPage = { name: "p", elements: [] };
const view = (answers: Record<string, unknown> = {}) => ({
  page,
  answers,
  errors: new Map<string, string>(),
  locale: "fr" as const,
  rendered: new Set<string>(),
});

describe("A question drawn as plain HTML", () => {
  it("Should escape every text of the questionnaire, and only keep the sanitized HTML of an html element", () => {
    const html = elementHtml(
      {
        type: "radiogroup",
        name: "q1",
        title: { fr: `<img src=x onerror="alert(1)">`, en: "" },
        choices: [{ value: `"><script>`, text: { fr: "<b>oui</b>", en: "" } }],
      },
      view({ q1: `"><script>` }),
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain(`value="&quot;&gt;&lt;script&gt;" checked`);
    expect(elementHtml({ type: "html", name: "intro", html: { fr: "<p><strong>Anonyme</strong></p>", en: "" } }, view())).toBe(
      '<div class="r-html"><p><strong>Anonyme</strong></p></div>',
    );
  });

  it("Should say clearly that a question of another type cannot be answered here", () => {
    const html = elementHtml({ type: "matrix", name: "grid", title: { fr: "Grille", en: "Grid" } }, view());
    expect(html).toContain("Cette question ne peut pas s&#39;afficher sans JavaScript");
    expect(html).not.toContain("<input");
  });
});
