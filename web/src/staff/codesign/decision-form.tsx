import { useState, type FormEvent } from "react";
import { CheckField, Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import type { WordingDecision } from "@web/shared/domain.ts";
import { words } from "./words.ts";

interface DecisionFormProps {
  changeKey: string;
  decision: WordingDecision | undefined;
  disabled: boolean;
  onSave: (decision: WordingDecision) => Promise<void>;
}

/** For one rewording: do results stay comparable with the previous version? With the team's reason. */
export function DecisionForm({ changeKey, decision, disabled, onSave }: DecisionFormProps) {
  const t = useText();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const choice = form.get("comparable");
    if (choice === null) return;
    setBusy(true);
    await onSave({ key: changeKey, comparable: choice === "yes", note: String(form.get("note") ?? "").trim() });
    setBusy(false);
  };
  return (
    <form onSubmit={submit} className="stack">
      <fieldset>
        <legend>{t(words.decisionForm.teamsDecision)}</legend>
        {!decision && <p className="error">{t(words.decisionForm.decisionNeededBeforePublication)}</p>}
        <CheckField
          type="radio"
          name="comparable"
          value="yes"
          required
          defaultChecked={decision?.comparable === true}
          disabled={disabled}
          label={t(words.decisionForm.resultsStayComparable)}
        />
        <CheckField
          type="radio"
          name="comparable"
          value="no"
          defaultChecked={decision?.comparable === false}
          disabled={disabled}
          label={t(words.decisionForm.resultsAreNoLonger)}
        />
        <Field label={t(words.decisionForm.whyNoteKeptVersion)}>
          {(control) => (
            <textarea {...control} name="note" rows={2} maxLength={2000} defaultValue={decision?.note ?? ""} disabled={disabled} />
          )}
        </Field>
      </fieldset>
      {!disabled && (
        <div>
          <button type="submit" className="secondary" disabled={busy}>
            {t(words.decisionForm.saveDecision)}
          </button>
        </div>
      )}
    </form>
  );
}
