import { useText, type Text } from "@web/shared/locale.tsx";
import type { Scoring, SurveyElement } from "@web/shared/domain.ts";
import { ChoicesEditor } from "./choices-editor.tsx";
import { setLimit, setText, shapeOf, type ElementTextField } from "./draft-ops.ts";
import { useEditorActions } from "./editor-context.tsx";
import { type Naming, words } from "./words.ts";
import { LocalizedField } from "./localized-field.tsx";
import { MatrixEditor } from "./matrix-editor.tsx";
import { NumberField } from "./number-field.tsx";
import { ScaleEditor } from "./scale-editor.tsx";

/** What a question offers as answers, edited according to its kind. */
export function QuestionBody({ element, scale, naming }: { element: SurveyElement; scale: Scoring["scale"]; naming: Naming }) {
  const t = useText();
  const { update, id } = useEditorActions();
  const name = element.name;
  const text = (field: ElementTextField, label: Text) => (
    <LocalizedField
      idBase={id(name, field)}
      short
      optional
      label={label}
      value={element[field] as Text | undefined}
      onChange={(locale, value) => update((c) => setText(c, { kind: "element", name, field }, locale, value))}
    />
  );
  const limit = (key: "min" | "max" | "maxLength", label: Text) => (
    <NumberField
      id={id(name, key)}
      label={t(label)}
      value={element[key]}
      min={key === "maxLength" ? 1 : undefined}
      onChange={(value) => update((c) => setLimit(c, name, key, value))}
    />
  );

  switch (shapeOf(element)) {
    case "likert":
    case "rating":
      return <ScaleEditor element={element} scale={scale} naming={naming} />;
    case "single":
    case "dropdown":
    case "multiple":
      return (
        <ChoicesEditor
          name={name}
          list="choices"
          items={element.choices ?? []}
          legend={words.questionBody.answerChoices}
          item={{ one: words.questionBody.aChoice, the: words.common.theChoice }}
          naming={naming}
        />
      );
    case "yes_no":
      return (
        <>
          {text("labelTrue", words.questionBody.labelYes)}
          {text("labelFalse", words.questionBody.labelNo)}
        </>
      );
    case "number":
      return (
        <div className="ed-inline">
          {limit("min", words.questionBody.smallestNumberAcceptedOptional)}
          {limit("max", words.questionBody.largestNumberAcceptedOptional)}
        </div>
      );
    case "free_text":
    case "short_text":
      return limit("maxLength", words.questionBody.maximumNumberCharactersOptional);
    case "matrix":
      return <MatrixEditor element={element} naming={naming} />;
    default:
      return null;
  }
}
