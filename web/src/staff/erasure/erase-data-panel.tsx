import { useState, type FormEvent } from "react";
import { Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { errorText } from "../error-text.ts";
import { words } from "../words.ts";
import { eraseStructureData } from "./erasure-api.ts";

/**
 * An administrator's last action on a structure that leaves: its campaigns, invitations, responses and
 * report cells are deleted for good. The effect is stated before, and the structure's name must be typed
 * again: a slip of the mouse cannot erase years of answers.
 */
export function EraseDataPanel({ structureId, name }: { structureId: number; name: string }) {
  const t = useText();
  const w = words.eraseDataPanel;
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ campaigns: number; responses: number } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setDone(await eraseStructureData(structureId, typed));
      setTyped("");
    } catch (e) {
      setError(errorText(e, t, w.couldNotErase));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="erase-title" className="no-print">
      <h2 id="erase-title">{t(w.title)}</h2>
      <p>{t(w.effect)}</p>
      <p>{t(w.kept)}</p>
      <form onSubmit={submit}>
        <Field label={t(w.typeName(name))} errors={[error]} announce>
          {(control) => (
            <input {...control} name="confirm" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} required />
          )}
        </Field>
        <button type="submit" disabled={busy || typed.trim() !== name.trim()}>
          {t(w.erase)}
        </button>
      </form>
      <div role="status">{done && <p className="success">{t(w.erased(done.campaigns, done.responses))}</p>}</div>
    </section>
  );
}
