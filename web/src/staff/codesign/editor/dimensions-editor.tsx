import { useState, type FormEvent } from "react";
import { useText } from "@web/shared/locale.tsx";
import { addDimension, offScaleItems, setScale } from "./draft-ops.ts";
import { DimensionCard } from "./dimension-card.tsx";
import { useEditor } from "./editor-context.tsx";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import { words } from "./words.ts";

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Scores: the scale every scored item is answered on, the dimensions (each a mean of questions, reported
 * as a score from 0 to 100), and a form to add one.
 */
export function DimensionsEditor() {
  const t = useText();
  const { content, entries, update, readOnly, id, focusLater, announce } = useEditor();
  const [fr, setFr] = useState("");
  const [en, setEn] = useState("");
  const [source, setSource] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { min, max } = content.scoring.scale;
  const offScale = offScaleItems(content);
  const numbers = new Map(entries.map((e) => [e.name, e.number]));

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fr.trim() === "" || en.trim() === "" || source.trim().length < 3) {
      setError(t(words.dimensionsEditor.giveTitleFrenchEnglish));
      return;
    }
    const { content: next, id: dimensionId } = addDimension(content, { title: { fr: fr.trim(), en: en.trim() }, source: source.trim() });
    update(() => next);
    setFr("");
    setEn("");
    setSource("");
    setError(null);
    focusLater(id(`dimension:${dimensionId}`, "card"));
    announce(t(words.dimensionsEditor.dimensionAdded(fr.trim(), en.trim())));
  };

  const headingId = id("", "dimensions-heading");
  return (
    <section className="ed-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(words.dimensionsEditor.dimensionsScores)}</h2>
      <p className="hint">{t(words.dimensionsEditor.dimensionGroupsScaleQuestions)}</p>
      <fieldset>
        <legend>{t(words.dimensionsEditor.scoringScale)}</legend>
        <div className="ed-inline">
          <Field id={id("", "scale-min")} label={t(words.common.lowestValue)}>
            {(control) => (
              <select
                {...control}
                value={min}
                disabled={readOnly}
                onChange={(e) => update((c) => setScale(c, Number(e.target.value), max))}
              >
                {span(Math.min(0, min), Math.max(1, min))
                  .filter((v) => v < max)
                  .map((v) => (
                    <option key={v}>{v}</option>
                  ))}
              </select>
            )}
          </Field>
          <Field id={id("", "scale-max")} label={t(words.common.highestValue)}>
            {(control) => (
              <select
                {...control}
                value={max}
                disabled={readOnly}
                onChange={(e) => update((c) => setScale(c, min, Number(e.target.value)))}
              >
                {span(min + 1, Math.max(min + 10, max)).map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {offScale.length > 0 && (
          <p className="ed-problem">
            {t(words.dimensionsEditor.scoredQuestionsNotScale)}
            {offScale.map((name) => `${numbers.get(name) ?? "?"} (${name})`).join(", ")}
          </p>
        )}
      </fieldset>
      {content.scoring.dimensions.length === 0 && <p>{t(words.dimensionsEditor.noDimensionYet)}</p>}
      <ol className="ed-cards">
        {content.scoring.dimensions.map((dimension, index) => (
          <li key={dimension.id}>
            <DimensionCard dimension={dimension} index={index} />
          </li>
        ))}
      </ol>
      {!readOnly && (
        <form className="ed-card" onSubmit={add} noValidate>
          <fieldset>
            <legend>{t(words.dimensionsEditor.newDimension)}</legend>
            <div className="ed-pair">
              <Field id={id("", "new-dimension-fr")} label={t(words.dimensionsEditor.titleFrench)}>
                {(control) => <input {...control} lang="fr" type="text" value={fr} onChange={(e) => setFr(e.target.value)} />}
              </Field>
              <Field id={id("", "new-dimension-en")} label={t(words.dimensionsEditor.titleEnglish)}>
                {(control) => <input {...control} lang="en" type="text" value={en} onChange={(e) => setEn(e.target.value)} />}
              </Field>
            </div>
            <Field id={id("", "new-dimension-source")} label={t(words.common.sourcePublishedFrameworkScale)}>
              {(control) => <input {...control} type="text" value={source} onChange={(e) => setSource(e.target.value)} />}
            </Field>
            <ErrorList errors={[error]} announce />
            <button type="submit">{t(words.dimensionsEditor.addDimension)}</button>
          </fieldset>
        </form>
      )}
    </section>
  );
}
