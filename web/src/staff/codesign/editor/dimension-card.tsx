import { useState } from "react";
import { CheckField, Field } from "@web/shared/forms.tsx";
import type { Dimension } from "@web/shared/domain.ts";
import { useLocale, useText } from "@web/shared/locale.tsx";
import { deleteDimension, renameDimension, setDimensionSource, setHigherIsBetter } from "./draft-ops.ts";
import { ConfirmBox } from "./confirm-box.tsx";
import { useEditor } from "./editor-context.tsx";
import { words, shortText } from "./words.ts";
import { LocalizedField } from "./localized-field.tsx";

/**
 * One dimension: its title, its source, its direction, the questions it averages (assigned from their own
 * cards) and the indicators computed from it, shown as they are.
 */
export function DimensionCard({ dimension, index }: { dimension: Dimension; index: number }) {
  const t = useText();
  const { locale } = useLocale();
  const { content, entries: all, update, readOnly, id, focusLater, announce } = useEditor();
  const [confirming, setConfirming] = useState(false);
  const key = `dimension:${dimension.id}`;
  const entries = new Map(all.map((e) => [e.name, e]));
  const indicators = content.scoring.indicators.filter((i) => "dimension" in i && i.dimension === dimension.id);
  const title = dimension.title[locale] || dimension.id;
  const sourceId = id(key, "source");
  const directionId = id(key, "direction");

  const remove = () => {
    update((c) => deleteDimension(c, dimension.id));
    focusLater(id("", "new-dimension-fr"));
    announce(t(words.dimensionCard.dimensionDeleted(dimension.title)));
  };

  return (
    <div className="ed-card" id={id(key, "card")} tabIndex={-1}>
      <fieldset>
        <legend>
          {t(words.dimensionCard.dimensionNumber(index + 1))} — <span className="ed-name">{dimension.id}</span>
        </legend>
        <LocalizedField
          idBase={id(key, "title")}
          short
          label={words.dimensionCard.title}
          value={dimension.title}
          onChange={(l, value) => update((c) => renameDimension(c, dimension.id, l, value))}
        />
        <Field id={sourceId} label={t(words.common.sourcePublishedFrameworkScale)}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={dimension.source}
              readOnly={readOnly}
              onChange={(e) => update((c) => setDimensionSource(c, dimension.id, e.target.value))}
            />
          )}
        </Field>
        <CheckField
          id={directionId}
          type="checkbox"
          checked={dimension.higherIsBetter !== false}
          disabled={readOnly}
          onChange={(e) => update((c) => setHigherIsBetter(c, dimension.id, e.target.checked))}
          label={t(words.dimensionCard.highScoreGoodNews)}
        />
        <p className="ed-subheading">{t(words.dimensionCard.questionsCount(dimension.items.length))}</p>
        {dimension.items.length === 0 ? (
          <p className="ed-problem">{t(words.dimensionCard.noQuestionPutOne)}</p>
        ) : (
          <ul className="ed-plain-list">
            {dimension.items.map((item) => {
              const entry = entries.get(item);
              return (
                <li key={item}>
                  {entry ? `${entry.number}. ${shortText(entry.element.title?.[locale]) || item}` : t(words.dimensionCard.notFound(item))}
                  {dimension.reverse?.includes(item) && t(words.dimensionCard.reversed)}
                </li>
              );
            })}
          </ul>
        )}
        {indicators.length > 0 && (
          <>
            <p className="ed-subheading">{t(words.dimensionCard.indicatorsComputed)}</p>
            <ul className="ed-plain-list">
              {indicators.map((indicator) => (
                <li key={indicator.id}>{t(indicator.title)}</li>
              ))}
            </ul>
          </>
        )}
        {!readOnly && (
          <button
            type="button"
            className="secondary small ed-danger"
            id={id(key, "delete")}
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            {t(words.dimensionCard.deleteDimension(title))}
          </button>
        )}
        {confirming && (
          <ConfirmBox
            id={id(key, "confirm")}
            returnFocusTo={id(key, "delete")}
            message={t(words.dimensionCard.confirmDelete(dimension.title, indicators.length))}
            confirmLabel={t(words.dimensionCard.yesDeleteDimension)}
            onConfirm={remove}
            onCancel={() => setConfirming(false)}
          />
        )}
      </fieldset>
    </div>
  );
}
