import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carriesMarkup, safeContent, safeText } from "@/domain/questionnaire/safe-content.ts";

describe("safeText (S1–S5)", () => {
  it("Should keep headings, paragraphs, lists, emphasis and ordinary links as written", () => {
    const html =
      '<h2>Titre</h2><p>Un <strong>mot</strong> <em>fort</em>.</p><ul><li>un</li></ul><p><a href="https://www.example.fr/">lien</a></p>';
    expect(safeText(html)).toBe(html);
  });

  it("Should remove what navigates, posts, runs or styles, keeping the text of what it removes", () => {
    expect(safeText('<p>A<meta http-equiv="refresh" content="0;url=https://x.example"></p>')).toBe("<p>A</p>");
    expect(safeText("<script>alert(1)</script><style>p{}</style><p>B</p>")).toBe("<p>B</p>");
    expect(safeText('<form action="https://x.example"><input name="a"><button>Go</button></form>')).toBe("Go");
    expect(safeText('<p onclick="x()" style="color:red" class="c">C</p>')).toBe("<p>C</p>");
    expect(safeText('<a href="javascript:alert(1)" target="_blank">D</a>')).toBe("<a>D</a>");
    expect(safeText('<a href="java\tscript:alert(1)">E</a>')).toBe("<a>E</a>");
    expect(safeText('<img src="https://x.example/p.png" onerror="alert(1)">')).toBe("<img />");
  });

  it("Should replace a markdown link or image to a forbidden address by its text", () => {
    expect(safeText("[aide](javascript:alert(1)) et ![](https://x.example/p.png) et [site](https://ok.example)")).toBe(
      "aide et  et [site](https://ok.example)",
    );
  });

  it("Should leave plain texts untouched, < and & included", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!carriesMarkup(text));
        expect(safeText(text)).toBe(text);
      }),
    );
  });

  it("Should be idempotent", () => {
    const pieces = fc.constantFrom(
      "<p>",
      "</p>",
      "<a href='https://x.example'>",
      "</a>",
      "<meta http-equiv='refresh'>",
      "<script>",
      "&",
      "é",
      "<b",
      " onclick=x",
      "[a](javascript:x)",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const once = safeText(parts.join(""));
        expect(safeText(once)).toBe(once);
      }),
    );
  });
});

describe("safeContent (S6, S7)", () => {
  it("Should clean every text, drop navigating settings, and keep names, values and conditions as written", () => {
    const definition = {
      navigateToUrl: "https://x.example",
      logo: "https://x.example/logo.png",
      pages: [
        {
          name: "<b>p1</b>",
          elements: [
            {
              type: "radiogroup",
              name: "q<1>",
              visibleIf: "{a} <b",
              title: { fr: "<p onclick='x'>Titre</p>", en: "Title" },
              choices: [{ value: "<i>v</i>", text: { fr: "<script>x</script>Oui", en: "Yes" } }],
            },
          ],
        },
      ],
    };
    expect(safeContent(definition)).toEqual({
      logo: "",
      pages: [
        {
          name: "<b>p1</b>",
          elements: [
            {
              type: "radiogroup",
              name: "q<1>",
              visibleIf: "{a} <b",
              title: { fr: "<p>Titre</p>", en: "Title" },
              choices: [{ value: "<i>v</i>", text: { fr: "Oui", en: "Yes" } }],
            },
          ],
        },
      ],
    });
    expect(definition.navigateToUrl).toBe("https://x.example");
  });
});
