import { useState, type FormEvent } from "react";
import { useText } from "@web/shared/locale.tsx";
import { addDimension, offScaleItems, setScale } from "./draft-ops.ts";
import { DimensionCard } from "./dimension-card.tsx";
import { useEditor } from "./editor-context.tsx";
import { ErrorList, Field } from "@web/shared/forms.tsx";

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
      setError(
        t({
          fr: "Donnez un titre en français et en anglais, et une source (au moins 3 caractères).",
          en: "Give a title in French and in English, and a source (at least 3 characters).",
        }),
      );
      return;
    }
    const { content: next, id: dimensionId } = addDimension(content, { title: { fr: fr.trim(), en: en.trim() }, source: source.trim() });
    update(() => next);
    setFr("");
    setEn("");
    setSource("");
    setError(null);
    focusLater(id(`dimension:${dimensionId}`, "card"));
    announce(t({ fr: `Dimension ajoutée : ${fr.trim()}`, en: `Dimension added: ${en.trim()}` }));
  };

  const headingId = id("", "dimensions-heading");
  return (
    <section className="ed-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t({ fr: "Dimensions et scores", en: "Dimensions and scores" })}</h2>
      <p className="hint">
        {t({
          fr: "Une dimension regroupe des questions d'échelle : la moyenne de leurs réponses donne un score de 0 à 100. Une question compte dans une seule dimension ; on l'y range depuis sa fiche.",
          en: "A dimension groups scale questions: the mean of their answers gives a score from 0 to 100. A question counts in one dimension only; it is put there from its card.",
        })}
      </p>
      <fieldset>
        <legend>{t({ fr: "Échelle des scores", en: "Scoring scale" })}</legend>
        <div className="ed-inline">
          <Field id={id("", "scale-min")} label={t({ fr: "Valeur la plus basse", en: "Lowest value" })}>
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
          <Field id={id("", "scale-max")} label={t({ fr: "Valeur la plus haute", en: "Highest value" })}>
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
            {t({ fr: "Questions notées qui ne sont pas sur cette échelle : ", en: "Scored questions not on this scale: " })}
            {offScale.map((name) => `${numbers.get(name) ?? "?"} (${name})`).join(", ")}
          </p>
        )}
      </fieldset>
      {content.scoring.dimensions.length === 0 && <p>{t({ fr: "Aucune dimension pour l'instant.", en: "No dimension yet." })}</p>}
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
            <legend>{t({ fr: "Nouvelle dimension", en: "New dimension" })}</legend>
            <div className="ed-pair">
              <Field id={id("", "new-dimension-fr")} label={t({ fr: "Titre en français", en: "Title in French" })}>
                {(control) => <input {...control} lang="fr" type="text" value={fr} onChange={(e) => setFr(e.target.value)} />}
              </Field>
              <Field id={id("", "new-dimension-en")} label={t({ fr: "Titre en anglais", en: "Title in English" })}>
                {(control) => <input {...control} lang="en" type="text" value={en} onChange={(e) => setEn(e.target.value)} />}
              </Field>
            </div>
            <Field
              id={id("", "new-dimension-source")}
              label={t({
                fr: "Source : cadre ou échelle publiée dont elle s'inspire",
                en: "Source: published framework or scale it draws on",
              })}
            >
              {(control) => <input {...control} type="text" value={source} onChange={(e) => setSource(e.target.value)} />}
            </Field>
            <ErrorList errors={[error]} announce />
            <button type="submit">{t({ fr: "Ajouter la dimension", en: "Add the dimension" })}</button>
          </fieldset>
        </form>
      )}
    </section>
  );
}
