import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EraseDataPanel } from "../../web/src/staff/erasure/erase-data-panel.tsx";

describe("EraseDataPanel", () => {
  it("Should state what is erased and what stays, and keep its button disabled until the structure's name is typed", () => {
    const html = renderToStaticMarkup(h(EraseDataPanel, { structureId: 7, name: "GEM Les Tilleuls" }));
    expect(html).toContain("toutes ses réponses (textes libres compris)");
    expect(html).toContain("ne peut pas être annulée");
    expect(html).toContain("chiffres déjà publiés");
    expect(html).toMatch(/<label for="[^"]+">Pour confirmer, recopiez le nom de la structure : GEM Les Tilleuls<\/label>/);
    expect(/<button type="submit" disabled="">Effacer définitivement<\/button>/.test(html)).toBe(true);
  });
});
