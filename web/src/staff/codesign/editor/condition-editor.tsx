import { useState } from "react";
import { Field } from "@web/shared/forms.tsx";
import { useLocale, useText } from "@web/shared/locale.tsx";
import { conditionSources, findElement, findPage, readShowIf, setShowIf, type ConditionSource, type ConditionValue } from "./draft-ops.ts";
import { useEditor } from "./editor-context.tsx";
import { words, shortText, type Naming } from "./words.ts";

/** Choice values keep their type through a <select>: written as JSON in the option's value. */
const encode = (value: ConditionValue) => JSON.stringify(value);
const decode = (raw: string) => JSON.parse(raw) as ConditionValue;

/**
 * "Show only if…" for a question or a page: a previous question, then one of its answers (a choice, yes or
 * no, a number or a typed text). An expression an expert wrote by hand is shown as it is and never
 * rewritten here.
 */
export function ConditionEditor({ target, naming }: { target: string; naming: Naming }) {
  const t = useText();
  const { locale } = useLocale();
  const { content, entries, update, readOnly, id } = useEditor();
  const [open, setOpen] = useState(false);
  const [pendingSource, setPendingSource] = useState("");
  const [typed, setTyped] = useState<string | null>(null);
  const holder = findPage(content, target) ?? findElement(content, target);
  const showIf = holder ? readShowIf(holder) : null;
  const legend = t(words.conditionEditor.showOnlyIf(naming.the));

  if (showIf && "complex" in showIf) {
    return (
      <fieldset className="ed-condition">
        <legend>{legend}</legend>
        <p>
          <code className="ed-code">{showIf.complex}</code>
        </p>
        <p className="hint">{t(words.conditionEditor.advancedConditionWrittenHand)}</p>
      </fieldset>
    );
  }

  const sources = conditionSources(content, target, entries);
  const simple = showIf?.simple ?? null;
  const question = simple?.question ?? pendingSource;
  const source: ConditionSource | undefined = sources.find((s) => s.entry.name === question);
  const active = simple !== null || open;
  const modeId = id(target, "condition-mode");
  const sourceId = id(target, "condition-source");
  const valueId = id(target, "condition-value");

  if (!active && sources.length === 0) return null;

  const write = (name: string, value: ConditionValue) => update((c) => setShowIf(c, target, { question: name, value }));
  const clear = () => {
    if (simple) update((c) => setShowIf(c, target, null));
  };
  const chooseMode = (mode: string) => {
    setOpen(mode === "if");
    setTyped(null);
    if (mode === "always") {
      setPendingSource("");
      clear();
    }
  };
  const chooseSource = (name: string) => {
    setTyped(null);
    const chosen = sources.find((s) => s.entry.name === name);
    const first = chosen?.values.kind === "choices" ? chosen.values.options[0] : undefined;
    if (chosen && first) {
      setPendingSource("");
      write(name, first.value);
    } else {
      setOpen(true);
      setPendingSource(name);
      clear();
    }
  };
  const typeValue = (raw: string) => {
    setTyped(raw);
    const number = Number(raw);
    const value =
      source?.values.kind === "number" ? (raw.trim() !== "" && Number.isFinite(number) ? number : null) : raw === "" ? null : raw;
    if (value === null) {
      setOpen(true);
      setPendingSource(question);
      clear();
    } else write(question, value);
  };

  const describe = (s: ConditionSource) => `${s.entry.number}. ${shortText(s.entry.element.title?.[locale]) || s.entry.name}`;
  const missingSource = simple && !source;
  const options = source?.values.kind === "choices" ? source.values.options : [];
  const missingValue = simple && source?.values.kind === "choices" && !options.some((o) => o.value === simple.value);

  return (
    <fieldset className="ed-condition">
      <legend>{legend}</legend>
      <Field id={modeId} label={t(words.conditionEditor.whenShow)}>
        {(control) => (
          <select {...control} value={active ? "if" : "always"} disabled={readOnly} onChange={(e) => chooseMode(e.target.value)}>
            <option value="always">{t(words.conditionEditor.always)}</option>
            <option value="if">{t(words.conditionEditor.onlyDependingEarlierAnswer)}</option>
          </select>
        )}
      </Field>
      {active && (
        <div className="ed-inline">
          <Field
            id={sourceId}
            label={t(words.conditionEditor.earlierQuestion)}
            errors={[missingSource && t(words.conditionEditor.questionNoLongerExists(simple.question))]}
          >
            {(control) => (
              <select {...control} value={question} disabled={readOnly} onChange={(e) => chooseSource(e.target.value)}>
                <option value="">{t(words.conditionEditor.chooseQuestion)}</option>
                {missingSource && <option value={simple.question}>{simple.question}</option>}
                {sources.map((s) => (
                  <option key={s.entry.name} value={s.entry.name}>
                    {describe(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {source && source.values.kind === "choices" && (
            <Field id={valueId} label={t(source.op === "contains" ? words.conditionEditor.ifPersonTicked : words.conditionEditor.ifAnswer)}>
              {(control) => (
                <select
                  {...control}
                  value={simple ? encode(simple.value) : ""}
                  disabled={readOnly}
                  onChange={(e) => write(question, decode(e.target.value))}
                >
                  {missingValue && (
                    <option value={encode(simple.value)}>{t(words.conditionEditor.noLongerExists(String(simple.value)))}</option>
                  )}
                  {options.map((o) => (
                    <option key={encode(o.value)} value={encode(o.value)}>
                      {shortText(o.text[locale]) || String(o.value)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {source && source.values.kind !== "choices" && (
            <Field id={valueId} label={t(words.conditionEditor.ifAnswer)}>
              {(control) => (
                <input
                  {...control}
                  type={source.values.kind === "number" ? "number" : "text"}
                  value={typed ?? (simple ? String(simple.value) : "")}
                  readOnly={readOnly}
                  onChange={(e) => typeValue(e.target.value)}
                />
              )}
            </Field>
          )}
        </div>
      )}
    </fieldset>
  );
}
