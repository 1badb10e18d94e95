import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckField, ErrorList, Field, type ControlProps } from "../../web/src/shared/forms.tsx";

/**
 * The one form field of the web app, rendered to HTML: its control is named by its label and tied to its
 * hint and errors, so that a screen reader says what to write and what is wrong where the person is.
 */

const input = (control: ControlProps) => h("input", { ...control, name: "email" });
const tag = (html: string, name: string) => new RegExp(`<${name}\\b[^>]*>`).exec(html)?.[0] ?? "";
const attr = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

describe("Field", () => {
  it("Should label its control and leave it unmarked when there is no hint and no error", () => {
    const html = renderToStaticMarkup(h(Field, { id: "email", label: "Adresse e-mail", children: input }));
    expect(attr(tag(html, "label"), "for")).toBe("email");
    expect(attr(tag(html, "input"), "id")).toBe("email");
    expect(attr(tag(html, "input"), "aria-describedby")).toBeUndefined();
    expect(attr(tag(html, "input"), "aria-invalid")).toBeUndefined();
    expect(html).not.toContain("<ul");
  });

  it("Should tie the control to its hint, then to its errors, and mark it invalid while it has errors", () => {
    const html = renderToStaticMarkup(
      h(Field, {
        id: "email",
        label: "Adresse e-mail",
        hint: "Celle du travail",
        errors: ["Adresse inconnue", null, false, ""],
        children: input,
      }),
    );
    const control = tag(html, "input");
    expect(attr(control, "aria-describedby")).toBe("email-hint email-error");
    expect(attr(control, "aria-invalid")).toBe("true");
    expect(html).toContain('<p id="email-hint" class="hint">Celle du travail</p>');
    expect(html).toContain('<ul id="email-error" class="error-list"><li>Adresse inconnue</li></ul>');
  });

  it("Should read a description shared by several fields before its own", () => {
    const html = renderToStaticMarkup(
      h(Field, { id: "fr", label: "Texte", describedBy: "ethics-hint", hint: "En français", children: input }),
    );
    expect(attr(tag(html, "input"), "aria-describedby")).toBe("ethics-hint fr-hint");
  });

  it("Should make an id when none is given, the same for the label and the control", () => {
    const html = renderToStaticMarkup(h(Field, { label: "Note", errors: ["Trop long"], children: input }));
    const id = attr(tag(html, "input"), "id");
    expect(id).toBeTruthy();
    expect(attr(tag(html, "label"), "for")).toBe(id);
    expect(attr(tag(html, "input"), "aria-describedby")).toBe(`${id}-error`);
  });
});

describe("ErrorList", () => {
  it("Should render nothing when every entry is absent", () => {
    expect(renderToStaticMarkup(h(ErrorList, { errors: [null, false, undefined, ""] }))).toBe("");
    expect(renderToStaticMarkup(h(ErrorList, { errors: null }))).toBe("");
  });

  it("Should announce the list through a wrapper, keeping the list a list", () => {
    const html = renderToStaticMarkup(h(ErrorList, { errors: ["Un", "Deux"], announce: true }));
    expect(html).toBe('<div role="alert"><ul class="error-list"><li>Un</li><li>Deux</li></ul></div>');
  });
});

describe("CheckField", () => {
  it("Should put the box inside its label and read its hint with it", () => {
    const html = renderToStaticMarkup(
      h(CheckField, { id: "falc", type: "checkbox", name: "falc", label: "Relecture FALC", hint: "Facile à lire" }),
    );
    expect(attr(tag(html, "label"), "for")).toBe("falc");
    expect(html).toMatch(/<label[^>]*><input[^>]*>Relecture FALC<\/label>/);
    expect(attr(tag(html, "input"), "aria-describedby")).toBe("falc-hint");
    expect(html).toContain('<p id="falc-hint" class="hint">Facile à lire</p>');
  });
});
