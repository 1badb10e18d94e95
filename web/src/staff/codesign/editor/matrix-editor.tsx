import type { SurveyElement } from "@web/shared/domain.ts";
import { ChoicesEditor } from "./choices-editor.tsx";
import { type Naming, words } from "./words.ts";

/** A table question: its rows (the statements) and its columns (the answers every row offers). */
export function MatrixEditor({ element, naming }: { element: SurveyElement; naming: Naming }) {
  return (
    <div className="ed-matrix">
      <ChoicesEditor
        name={element.name}
        list="rows"
        items={element.rows ?? []}
        legend={words.matrixEditor.rowsStatements}
        item={{ one: words.matrixEditor.aRow, the: words.matrixEditor.theRow }}
        naming={naming}
      />
      <ChoicesEditor
        name={element.name}
        list="columns"
        items={element.columns ?? []}
        legend={words.matrixEditor.columnsPossibleAnswers}
        item={{ one: words.matrixEditor.aColumn, the: words.matrixEditor.theColumn }}
        naming={naming}
        min={2}
      />
    </div>
  );
}
