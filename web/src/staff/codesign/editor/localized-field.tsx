import type { Locale, Localized } from "@web/shared/domain.ts";
import { Field } from "@web/shared/forms.tsx";
import { useText, type Text } from "@web/shared/locale.tsx";
import { needsReplacing } from "./draft-ops.ts";
import { useEditorActions } from "./editor-context.tsx";
import { words } from "./words.ts";

const LANGUAGES: { locale: Locale; name: Text }[] = [
  { locale: "fr", name: words.localizedField.french },
  { locale: "en", name: words.localizedField.english },
];

interface LocalizedFieldProps {
  /** Ids of the two controls: `${idBase}-fr` and `${idBase}-en`. */
  idBase: string;
  label: Text;
  value: Localized | undefined;
  onChange: (locale: Locale, value: string) => void;
  /** A one-line input instead of a text area (choices, short labels). */
  short?: boolean;
  rows?: number;
  /** Optional texts may stay empty (the label says so); others are flagged while empty or still a placeholder. */
  optional?: boolean;
}

/**
 * One text in French and English, side by side (stacked on a phone), each field labelled with its
 * language and marked `lang` so that spell-checkers and screen readers read it in the right one.
 */
export function LocalizedField({ idBase, label, value, onChange, short = false, rows = 2, optional = false }: LocalizedFieldProps) {
  const t = useText();
  const { readOnly } = useEditorActions();
  return (
    <div className="ed-pair">
      {LANGUAGES.map(({ locale, name }) => {
        const id = `${idBase}-${locale}`;
        const text = value?.[locale] ?? "";
        const todo = !readOnly && (optional ? text.trim() !== "" && needsReplacing(text) : needsReplacing(text));
        const common = {
          lang: locale,
          value: text,
          readOnly,
          onChange: (event: { target: { value: string } }) => onChange(locale, event.target.value),
        };
        // Still empty, or still the editor's placeholder: said under the field, which is marked invalid.
        const todoText = todo && (text.trim() === "" ? t(words.localizedField.toFillIn) : t(words.localizedField.placeholderTextReplace));
        return (
          <Field
            key={locale}
            id={id}
            className="field ed-todo-field"
            label={
              <>
                {t(label)} {t(name)}
                {optional && t(words.localizedField.optional)}
              </>
            }
            errors={[todoText]}
          >
            {(control) => (short ? <input type="text" {...control} {...common} /> : <textarea rows={rows} {...control} {...common} />)}
          </Field>
        );
      })}
    </div>
  );
}
