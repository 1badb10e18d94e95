import { Field } from "@web/shared/forms.tsx";
import { useText, type Text } from "@web/shared/locale.tsx";
import type { ChoiceItem } from "@web/shared/domain.ts";
import {
  addItem,
  duplicateValues,
  moveListItem,
  parseItemValue,
  removeItem,
  ROW_VALUE,
  setItemValue,
  setText,
  type ItemList,
} from "./draft-ops.ts";
import { useEditorActions } from "./editor-context.tsx";
import { type Naming, words } from "./words.ts";
import { LocalizedField } from "./localized-field.tsx";

interface ChoicesEditorProps {
  /** The question's name. */
  name: string;
  list: ItemList;
  /** The list as it is in the draft (`element[list]`). */
  items: readonly ChoiceItem[];
  /** The list's title: "Choix de réponse", "Lignes"… */
  legend: Text;
  /** What one item is called, with its article, for buttons: words.common.theChoice. */
  item: { one: Text; the: Text };
  /** The question's naming, so that every button says which question it acts on. */
  naming: Naming;
  /** Fewest items the list may keep (the schema wants 2 columns, 1 row, 1 choice). */
  min?: number;
}

/**
 * The items of a list (choices, rows or columns): for each, the value stored in the answers and the text
 * in both languages, with buttons to move and remove it, and one to add an item at the end.
 */
export function ChoicesEditor({ name, list, items, legend, item, naming, min = 1 }: ChoicesEditorProps) {
  const t = useText();
  const { update, readOnly, id, focusLater, announce } = useEditorActions();
  const twice = duplicateValues(items);
  /** "le choix 2 de la question 3": every button names what it acts on. */
  const named = (index: number) => t(words.choicesEditor.itemOf(item.the, index + 1, naming.of));

  const move = (index: number, direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= items.length) return;
    update((c) => moveListItem(c, name, list, index, direction));
    focusLater(id(name, `${list}-${to}-${direction}`));
    announce(t(words.choicesEditor.movedPosition(to + 1)));
  };
  const remove = (index: number) => {
    update((c) => removeItem(c, name, list, index));
    focusLater(items.length > 1 ? id(name, `${list}-${Math.min(index, items.length - 2)}-value`) : id(name, `${list}-add`));
    announce(t(words.choicesEditor.removed));
  };
  const add = () => {
    update((c) => addItem(c, name, list));
    focusLater(id(name, `${list}-${items.length}-text-fr`), { select: true });
    announce(t(words.choicesEditor.addedPosition(items.length + 1)));
  };

  return (
    <fieldset className="ed-list">
      <legend>{t(legend)}</legend>
      <ol className="ed-items">
        {items.map((choice, index) => {
          const valueId = id(name, `${list}-${index}-value`);
          const problems: Text[] = [];
          if (twice.has(choice.value)) problems.push(words.choicesEditor.valueUsedTwice);
          if (String(choice.value).trim() === "") problems.push(words.choicesEditor.valueCannotEmpty);
          else if (list === "rows" && !ROW_VALUE.test(String(choice.value))) problems.push(words.choicesEditor.letterFirstThenLetters);
          return (
            <li key={index} className="ed-item">
              <Field
                className="field ed-value"
                id={valueId}
                label={t(words.choicesEditor.storedValue(index + 1))}
                errors={problems.map((p) => t(p))}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode={typeof choice.value === "number" ? "numeric" : undefined}
                    value={String(choice.value)}
                    readOnly={readOnly}
                    onChange={(e) => update((c) => setItemValue(c, name, list, index, parseItemValue(list, items, index, e.target.value)))}
                  />
                )}
              </Field>
              <LocalizedField
                idBase={id(name, `${list}-${index}-text`)}
                short
                label={words.choicesEditor.textNumber(index + 1)}
                value={choice.text}
                onChange={(locale, value) => update((c) => setText(c, { kind: "item", name, list, index }, locale, value))}
              />
              {!readOnly && (
                <div className="ed-buttons">
                  <button
                    type="button"
                    className="secondary small"
                    id={id(name, `${list}-${index}-up`)}
                    aria-disabled={index === 0}
                    aria-label={t(words.choicesEditor.moveUp(named(index)))}
                    onClick={() => move(index, "up")}
                  >
                    <span aria-hidden="true">↑</span>
                    {t(words.common.moveUp)}
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    id={id(name, `${list}-${index}-down`)}
                    aria-disabled={index === items.length - 1}
                    aria-label={t(words.choicesEditor.moveDown(named(index)))}
                    onClick={() => move(index, "down")}
                  >
                    <span aria-hidden="true">↓</span>
                    {t(words.common.moveDown)}
                  </button>
                  {items.length > min && (
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={t(words.choicesEditor.removeNamed(named(index)))}
                      onClick={() => remove(index)}
                    >
                      {t(words.choicesEditor.remove)}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button type="button" className="secondary" id={id(name, `${list}-add`)} onClick={add}>
          {t(words.choicesEditor.addItemTo(item.one, naming.to))}
        </button>
      )}
    </fieldset>
  );
}
