import { useState } from "react";
import { useEditorActions } from "./editor-context.tsx";
import { Field } from "@web/shared/forms.tsx";

interface NumberFieldProps {
  id: string;
  label: string;
  value: number | undefined;
  /** undefined when the field is emptied. */
  onChange: (value: number | undefined) => void;
  min?: number;
}

/**
 * A number the person may clear or type digit by digit: what is typed stays on screen, and only a number
 * (or nothing) reaches the draft.
 */
export function NumberField({ id, label, value, onChange, min }: NumberFieldProps) {
  const { readOnly } = useEditorActions();
  const [typed, setTyped] = useState<string | null>(null);
  const shown =
    typed !== null && (typed.trim() === "" ? value === undefined : Number(typed) === value)
      ? typed
      : value === undefined
        ? ""
        : String(value);
  return (
    <Field id={id} label={label}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          min={min}
          value={shown}
          readOnly={readOnly}
          onChange={(e) => {
            const raw = e.target.value;
            setTyped(raw);
            if (raw.trim() === "") onChange(undefined);
            else if (Number.isFinite(Number(raw))) onChange(Number(raw));
          }}
        />
      )}
    </Field>
  );
}
