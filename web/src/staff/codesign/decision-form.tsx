import { useState, type FormEvent } from "react";
import { CheckField, Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import type { WordingDecision } from "@web/shared/domain.ts";

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
        <legend>{t({ fr: "Décision de l'équipe", en: "The team's decision" })}</legend>
        {!decision && (
          <p className="error">{t({ fr: "Décision à prendre avant la publication.", en: "Decision needed before publication." })}</p>
        )}
        <CheckField
          type="radio"
          name="comparable"
          value="yes"
          required
          defaultChecked={decision?.comparable === true}
          disabled={disabled}
          label={t({ fr: "Les résultats restent comparables", en: "Results stay comparable" })}
        />
        <CheckField
          type="radio"
          name="comparable"
          value="no"
          defaultChecked={decision?.comparable === false}
          disabled={disabled}
          label={t({ fr: "Les résultats ne sont plus comparables", en: "Results are no longer comparable" })}
        />
        <Field label={t({ fr: "Pourquoi (note gardée avec la version)", en: "Why (note kept with the version)" })}>
          {(control) => (
            <textarea {...control} name="note" rows={2} maxLength={2000} defaultValue={decision?.note ?? ""} disabled={disabled} />
          )}
        </Field>
      </fieldset>
      {!disabled && (
        <div>
          <button type="submit" className="secondary" disabled={busy}>
            {t({ fr: "Enregistrer la décision", en: "Save the decision" })}
          </button>
        </div>
      )}
    </form>
  );
}
