import { memo, type ReactNode } from "react";
import { CheckField } from "@web/shared/forms.tsx";
import type { Scoring, SurveyElement } from "@web/shared/domain.ts";
import { useText, type Text } from "@web/shared/locale.tsx";
import { ConditionEditor } from "./condition-editor.tsx";
import { DimensionField } from "./dimension-field.tsx";
import { setRequired, setText, shapeOf, type QuestionEntry } from "./draft-ops.ts";
import { useEditor, useEditorActions } from "./editor-context.tsx";
import { words, elementNaming, SHAPE_TEXT } from "./words.ts";
import { Fold } from "./fold.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { QuestionActions } from "./question-actions.tsx";
import { QuestionBody } from "./question-body.tsx";

interface QuestionCardProps {
  entry: QuestionEntry;
  renderExtras?: ((name: string) => ReactNode) | undefined;
}

/**
 * One element of the questionnaire in a fieldset named "Question 3 — q3": its kind in words, its texts in
 * both languages, its answers, its condition, its dimension, and the buttons to move, copy or delete it.
 * A panel's questions are cards inside its card: their texts and answers can be edited, their place only
 * in the JSON view.
 */
export function QuestionCard({ entry, renderExtras }: QuestionCardProps) {
  const t = useText();
  const { content, entries, readOnly, id } = useEditor();
  const { element, name } = entry;
  const shape = shapeOf(element);
  const naming = elementNaming(shape, entry.number);
  const isQuestion = shape !== "info" && shape !== "group";
  const children = shape === "group" ? entries.filter((e) => e.parent === name) : [];
  const { min, max } = content.scoring.scale;

  return (
    <div className="ed-card" id={id(name, "card")} tabIndex={-1}>
      <fieldset>
        <legend>
          {t(naming.title)} — <span className="ed-name">{name}</span>
        </legend>
        <QuestionFields element={element} number={entry.number} scaleMin={min} scaleMax={max} />
        <ConditionEditor target={name} naming={naming} />
        {isQuestion && <DimensionField name={name} naming={naming} />}
        {shape === "group" && (
          <>
            <p className="hint">{t(words.questionCard.questionsGroupAreEdited)}</p>
            <ol className="ed-cards ed-nested">
              {children.map((child) => (
                <li key={child.name}>
                  <QuestionCard entry={child} renderExtras={renderExtras} />
                </li>
              ))}
            </ol>
          </>
        )}
        {renderExtras && <div className="ed-extras">{renderExtras(name)}</div>}
        {!readOnly && entry.parent === null && <QuestionActions entry={entry} naming={naming} />}
      </fieldset>
    </div>
  );
}

interface QuestionFieldsProps {
  element: SurveyElement;
  number: string;
  scaleMin: number;
  scaleMax: number;
}

/**
 * The heavy part of a card (texts, answers): drawn again only when its own element changes, so that typing
 * in one question does not redraw the hundreds of fields of the others.
 */
const QuestionFields = memo(function QuestionFields({ element, number, scaleMin, scaleMax }: QuestionFieldsProps) {
  const t = useText();
  const { update, readOnly, id } = useEditorActions();
  const name = element.name;
  const shape = shapeOf(element);
  const naming = elementNaming(shape, number);
  const isQuestion = shape !== "info" && shape !== "group";
  const description = element["description"] as Text | undefined;
  const scale: Scoring["scale"] = { min: scaleMin, max: scaleMax };
  const requiredId = id(name, "required");

  return (
    <>
      <p className="ed-type">
        {t(words.questionCard.type)}
        <strong>{t(SHAPE_TEXT[shape])}</strong>
        {shape === "other" && ` (${element.type})`}
      </p>
      {shape === "info" ? (
        <LocalizedField
          idBase={id(name, "title")}
          rows={4}
          label={words.questionCard.textShownSimpleHtml}
          value={element["html"] as Text | undefined}
          onChange={(locale, value) => update((c) => setText(c, { kind: "element", name, field: "html" }, locale, value))}
        />
      ) : (
        <LocalizedField
          idBase={id(name, "title")}
          optional={!isQuestion}
          label={isQuestion ? words.questionCard.questionWording : words.questionCard.groupTitle}
          value={element.title}
          onChange={(locale, value) => update((c) => setText(c, { kind: "element", name, field: "title" }, locale, value))}
        />
      )}
      {isQuestion && (
        <>
          <Fold initiallyOpen={description !== undefined} summary={t(words.questionCard.noteUnderQuestion)}>
            <LocalizedField
              idBase={id(name, "description")}
              optional
              label={words.questionCard.note}
              value={description}
              onChange={(locale, value) => update((c) => setText(c, { kind: "element", name, field: "description" }, locale, value))}
            />
          </Fold>
          <CheckField
            id={requiredId}
            type="checkbox"
            checked={element.isRequired === true}
            disabled={readOnly}
            onChange={(e) => update((c) => setRequired(c, name, e.target.checked))}
            label={t(words.questionCard.answerRequired)}
          />
          <QuestionBody element={element} scale={scale} naming={naming} />
        </>
      )}
      {shape === "other" && <p className="hint">{t(words.questionCard.typeQuestionEditedJson)}</p>}
    </>
  );
});
