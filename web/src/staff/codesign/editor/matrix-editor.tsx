import type { SurveyElement } from "@web/shared/domain.ts";
import { ChoicesEditor } from "./choices-editor.tsx";
import type { Naming } from "./editor-text.ts";

/** A table question: its rows (the statements) and its columns (the answers every row offers). */
export function MatrixEditor({ element, naming }: { element: SurveyElement; naming: Naming }) {
  return (
    <div className="ed-matrix">
      <ChoicesEditor
        name={element.name}
        list="rows"
        items={element.rows ?? []}
        legend={{ fr: "Lignes : les affirmations", en: "Rows: the statements" }}
        item={{ one: { fr: "une ligne", en: "a row" }, the: { fr: "la ligne", en: "row" } }}
        naming={naming}
      />
      <ChoicesEditor
        name={element.name}
        list="columns"
        items={element.columns ?? []}
        legend={{ fr: "Colonnes : les réponses possibles", en: "Columns: the possible answers" }}
        item={{ one: { fr: "une colonne", en: "a column" }, the: { fr: "la colonne", en: "column" } }}
        naming={naming}
        min={2}
      />
    </div>
  );
}
