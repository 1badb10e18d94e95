import { useText } from "@web/shared/locale.tsx";
import { CheckField, Field } from "@web/shared/forms.tsx";
import { assignQuestion, canReverse, canScore, dimensionOf, findElement, isReversed, scoredValues, setReverse } from "./draft-ops.ts";
import { useEditor } from "./editor-context.tsx";
import { type Naming, words } from "./words.ts";

/**
 * Which score a scale question counts in, and whether it is reversed. Shown only for questions that could
 * be scored (a rating, a radiogroup with numbers); the rules are those of the server's check-scoring.ts.
 */
export function DimensionField({ name, naming }: { name: string; naming: Naming }) {
  const t = useText();
  const { content, update, readOnly, id } = useEditor();
  const element = findElement(content, name);
  if (!element || !scoredValues(element)) return null;
  const current = dimensionOf(content, name);
  const { min, max } = content.scoring.scale;
  const selectId = id(name, "dimension");
  const reverseId = id(name, "reverse");
  const reversed = isReversed(content, name);
  const reversible = canReverse(content, name);

  if (!current && !canScore(content, name)) {
    return <p className="hint">{t(words.dimensionField.countScoreAnswersMust(min, max))}</p>;
  }
  return (
    <div className="ed-dimension">
      <Field id={selectId} label={t(words.dimensionField.dimensionScore(naming.of))}>
        {(control) => (
          <select
            {...control}
            value={current?.id ?? ""}
            disabled={readOnly}
            onChange={(e) => update((c) => assignQuestion(c, name, e.target.value || null))}
          >
            <option value="">{t(words.dimensionField.noneCountsNoScore)}</option>
            {content.scoring.dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {t(d.title) || d.id}
              </option>
            ))}
          </select>
        )}
      </Field>
      {current && (
        <CheckField
          id={reverseId}
          type="checkbox"
          checked={reversed}
          disabled={readOnly || (!reversible && !reversed)}
          onChange={(e) => update((c) => setReverse(c, name, e.target.checked))}
          label={t(words.dimensionField.reversedItem)}
          hint={
            reversible
              ? t(words.dimensionField.scoreFlippedCountsNegative(max, min))
              : t(words.dimensionField.onlyQuestionOfferingEvery(min, max))
          }
        />
      )}
    </div>
  );
}
