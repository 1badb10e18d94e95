import { useState, type FormEvent } from "react";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { BACKGROUND_LABELS } from "../words.ts";
import { errorText } from "../error-text.ts";
import { attestBackground, listPendingAttestations, type CoResearcherBackground, type PendingAttestation } from "./codesign-api.ts";
import { words } from "./words.ts";

const w = words.attestations;
const BACKGROUNDS = Object.keys(BACKGROUND_LABELS) as CoResearcherBackground[];

/**
 * Admins and coordinators: the co-researchers whose background (declared, or proposed by whoever invited
 * them) waits for someone answerable to vouch for it. Until then they comment; they do not approve.
 */
export function AttestationsPanel() {
  const t = useText();
  const [state, reload] = useAsync(() => listPendingAttestations(), []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const nameOf = (p: PendingAttestation) => p.displayName ?? p.email;
  const attest = async (event: FormEvent<HTMLFormElement>, person: PendingAttestation) => {
    event.preventDefault();
    const background = String(new FormData(event.currentTarget).get("background")) as CoResearcherBackground;
    setMessage(null);
    try {
      await attestBackground(person.id, background);
      setMessage({ ok: true, text: t(w.attested(nameOf(person))) });
      reload();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t, w.couldNotAttest) });
    }
  };
  return (
    <section aria-labelledby="attestations-title">
      <h2 id="attestations-title">{t(w.title)}</h2>
      <p>{t(w.explanation)}</p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t(w.none)}</p>
        ) : (
          <ul className="card-list">
            {state.data.map((person) => (
              <li key={person.id} className="card">
                <form onSubmit={(event) => void attest(event, person)} className="filters">
                  <Field id={`attest-${person.id}`} label={t(w.backgroundOf(nameOf(person)))} hint={person.email}>
                    {(control) => (
                      <select {...control} name="background" defaultValue={person.background ?? undefined}>
                        {BACKGROUNDS.map((b) => (
                          <option key={b} value={b}>
                            {t(BACKGROUND_LABELS[b]!)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <div>
                    <button type="submit">{t(w.attest)}</button>
                  </div>
                </form>
              </li>
            ))}
          </ul>
        ))}
      <div role="status">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
      </div>
    </section>
  );
}
