import { useText, type Text } from "@web/shared/locale.tsx";
import type { Scoring, SurveyElement } from "@web/shared/domain.ts";
import {
  hasAgreementLabels,
  needsReplacing,
  isLikert,
  MAX_SCALE_POINTS,
  scaleRange,
  setScaleRange,
  setText,
  applyAgreementLabels,
} from "./draft-ops.ts";
import { useEditorActions } from "./editor-context.tsx";
import { type Naming, words } from "./words.ts";
import { Fold } from "./fold.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { Field } from "@web/shared/forms.tsx";

function span(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * A scale question (agreement scale or rating): its lowest and highest values, picked from lists so that
 * no half-typed number is ever written, and the label of each point, or of both ends for an unlabelled
 * rating.
 */
export function ScaleEditor({ element, scale, naming }: { element: SurveyElement; scale: Scoring["scale"]; naming: Naming }) {
  const t = useText();
  const { update, readOnly, id, announce } = useEditorActions();
  const name = element.name;
  const range = scaleRange(element);
  if (!range) return null;
  const list = isLikert(element) ? "choices" : element.rateValues?.length ? "rateValues" : null;
  const points = list ? (element[list] ?? []) : [];
  const minOptions = span(Math.min(0, range.min), Math.max(1, range.min));
  const maxOptions = span(range.min + 1, Math.min(range.min + MAX_SCALE_POINTS - 1, Math.max(range.min + 10, range.max)));
  const minId = id(name, "scale-min");
  const maxId = id(name, "scale-max");

  return (
    <fieldset className="ed-list">
      <legend>{t(words.scaleEditor.answerScale)}</legend>
      <div className="ed-inline">
        <Field id={minId} label={t(words.common.lowestValue)}>
          {(control) => (
            <select
              {...control}
              value={range.min}
              disabled={readOnly}
              onChange={(e) => update((c) => setScaleRange(c, name, Number(e.target.value), range.max))}
            >
              {minOptions
                .filter((v) => v < range.max)
                .map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field id={maxId} label={t(words.common.highestValue)}>
          {(control) => (
            <select
              {...control}
              value={range.max}
              disabled={readOnly}
              onChange={(e) => update((c) => setScaleRange(c, name, range.min, Number(e.target.value)))}
            >
              {maxOptions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {(range.min !== scale.min || range.max !== scale.max) && (
        <p className="hint">{t(words.scaleEditor.scoresAreComputedScale(scale.min, scale.max))}</p>
      )}
      {list ? (
        <Fold
          initiallyOpen={points.some((p) => needsReplacing(p.text.fr) || needsReplacing(p.text.en))}
          summary={t(words.scaleEditor.labelsValues(points.length))}
        >
          <ol className="ed-items">
            {points.map((point, index) => (
              <li key={String(point.value)} className="ed-item">
                <LocalizedField
                  idBase={id(name, `${list}-${index}-text`)}
                  short
                  label={words.scaleEditor.labelValue(String(point.value))}
                  value={point.text}
                  onChange={(locale, value) => update((c) => setText(c, { kind: "item", name, list, index }, locale, value))}
                />
              </li>
            ))}
          </ol>
        </Fold>
      ) : (
        <>
          <LocalizedField
            idBase={id(name, "min-description")}
            short
            optional
            label={words.scaleEditor.labelValue(range.min)}
            value={element["minRateDescription"] as Text | undefined}
            onChange={(locale, value) => update((c) => setText(c, { kind: "element", name, field: "minRateDescription" }, locale, value))}
          />
          <LocalizedField
            idBase={id(name, "max-description")}
            short
            optional
            label={words.scaleEditor.labelValue(range.max)}
            value={element["maxRateDescription"] as Text | undefined}
            onChange={(locale, value) => update((c) => setText(c, { kind: "element", name, field: "maxRateDescription" }, locale, value))}
          />
        </>
      )}
      {!readOnly && hasAgreementLabels(element) && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            update((c) => applyAgreementLabels(c, name));
            announce(t(words.scaleEditor.agreementLabelsApplied));
          }}
        >
          {t(words.scaleEditor.applyUsualAgreementLabels(naming.to))}
        </button>
      )}
    </fieldset>
  );
}
