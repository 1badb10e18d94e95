import { useEffect, useId, useState, type FormEvent } from "react";
import { Field } from "../shared/forms.tsx";
import { useLocale, useText } from "../shared/locale.tsx";
import {
  changeSinceLastTime,
  checkPersonalCode,
  deriveJourneySecrets,
  mergeHistories,
  newPersonalCode,
  openJourney,
  readHistory,
  sealJourney,
  type Change,
  type JourneyHistory,
  type JourneySecrets,
  type JourneyVisit,
} from "../shared/domain.ts";
import { QrImage } from "../staff/campaigns/qr-image.tsx";
import type { Submitted } from "./campaign-api.ts";
import { deleteRemoteJourney, fetchJourney, keepJourney, syncDeviceJourneys } from "./journey-api.ts";
import { forgetDeviceJourney, readDeviceJourney } from "./journey-device.ts";
import { words } from "./words.ts";

const w = words.journey;

type Saved = "synced" | "on_device";

type State =
  | { name: "offer" }
  | { name: "warn" }
  | { name: "enter"; problem: string | null }
  | { name: "working" }
  | {
      name: "open";
      secrets: JourneySecrets;
      history: JourneyHistory;
      /** The visits before this one: what "last time" is read from. */
      before: JourneyVisit[];
      saved: Saved;
      /** Shown when just created or changed: the only moment the app displays it. */
      newCode?: { code: string; changed: boolean };
      confirmingDelete?: boolean;
      failed?: boolean;
    }
  | { name: "deleted" };

/** Today on this device's calendar: the history never holds a finer time. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Both copies of the history under these secrets (the device's and the server's), opened and merged; null if none. */
async function openHistory(secrets: JourneySecrets): Promise<JourneyHistory | null> {
  const [local, remote] = await Promise.all([readDeviceJourney(secrets.lookupKey), fetchJourney(secrets.lookupKey)]);
  const sealed = [local?.sealed, remote.kind === "found" ? remote.sealed : undefined].filter((s) => s !== undefined);
  const opened = (await Promise.all(sealed.map((s) => openJourney(s, secrets.encryptionKey)))).filter((h) => h !== null);
  if (opened.length === 0) return null;
  return opened.map(readHistory).reduce(mergeHistories);
}

async function keep(secrets: JourneySecrets, history: JourneyHistory): Promise<Saved> {
  return keepJourney(secrets.lookupKey, await sealJourney(history, secrets.encryptionKey));
}

function changeText(change: Change) {
  switch (change.kind) {
    case "first_time":
      return w.firstTime;
    case "no_score":
      return w.noScore;
    case "about_the_same":
      return w.aboutTheSame(change.before, change.now);
    case "higher":
      return w.higher(change.before, change.now);
    case "lower":
      return w.lower(change.before, change.now);
  }
}

function Comparison({ result, before }: { result: Submitted; before: JourneyVisit[] }) {
  const t = useText();
  const { locale } = useLocale();
  const last = before.at(-1);
  if (!last) return <p>{t(w.firstVisit)}</p>;
  const day = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${last.day}T12:00:00Z`),
  );
  return (
    <section aria-labelledby="journey-comparison" className="r-journey-comparison">
      <h3 id="journey-comparison">{t(w.comparisonTitle)}</h3>
      <p>{t(w.lastTime(day))}</p>
      <ul className="r-scores">
        {result.scores.map((score) => (
          <li key={score.dimension} className="r-score">
            <h4>{t(score.title)}</h4>
            <p>{t(changeText(changeSinceLastTime(score.dimension, score.score, before)))}</p>
          </li>
        ))}
      </ul>
      <p>{t(w.kindNote)}</p>
    </section>
  );
}

function ShownCode({ code, changed }: { code: string; changed: boolean }) {
  const t = useText();
  return (
    <div className="r-journey-code">
      <h3>{t(w.yourCode)}</h3>
      {changed && <p>{t(w.codeChanged)}</p>}
      <p className="r-journey-words" data-testid="personal-code">
        {code}
      </p>
      <p>{t(w.keepIt)}</p>
      <QrImage value={code} size={180} alt={t(w.qrAlt)} />
    </div>
  );
}

/**
 * After the results: keep a personal code, or enter one to see "you now vs last time". Everything that ties
 * the visits together happens here, in the browser; the server only ever sees an opaque blob under a key.
 */
export function JourneySection({ result }: { result: Submitted }) {
  const t = useText();
  const headingId = useId();
  const [state, setState] = useState<State>({ name: "offer" });
  const [typed, setTyped] = useState("");
  const visit: JourneyVisit = { day: today(), scores: result.scores.map((s) => ({ dimension: s.dimension, score: s.score })) };

  // A history kept without network earlier goes to the server now, or when the network returns.
  useEffect(() => {
    void syncDeviceJourneys();
    const sync = () => void syncDeviceJourneys();
    window.addEventListener("online", sync);
    return () => window.removeEventListener("online", sync);
  }, []);

  const create = async () => {
    setState({ name: "working" });
    const code = newPersonalCode();
    const secrets = await deriveJourneySecrets(code);
    const history = { visits: [visit] };
    setState({ name: "open", secrets, history, before: [], saved: await keep(secrets, history), newCode: { code, changed: false } });
  };

  const enter = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkPersonalCode(typed);
    if (!check.ok)
      return setState({
        name: "enter",
        problem: t(check.reason === "unknown_word" ? w.unknownWords(check.unknownWords.join(", ")) : w.wordCount),
      });
    setState({ name: "working" });
    const secrets = await deriveJourneySecrets(check.code);
    const found = await openHistory(secrets);
    if (!found) return setState({ name: "enter", problem: t(w.notFound) });
    // This visit may already be in it (the code entered twice on this page): it is then not "last time".
    const before = found.visits.filter((v) => JSON.stringify(v) !== JSON.stringify(visit));
    const history = mergeHistories(found, { visits: [visit] });
    setState({ name: "open", secrets, history, before, saved: await keep(secrets, history) });
  };

  const changeCode = async (open: Extract<State, { name: "open" }>) => {
    setState({ name: "working" });
    const code = newPersonalCode();
    const secrets = await deriveJourneySecrets(code);
    const saved = await keep(secrets, open.history);
    // The old blob goes only once the new one is kept.
    await forgetDeviceJourney(open.secrets.lookupKey);
    await deleteRemoteJourney(open.secrets.lookupKey);
    setState({ ...open, secrets, saved, newCode: { code, changed: true }, confirmingDelete: false });
  };

  const remove = async (open: Extract<State, { name: "open" }>) => {
    setState({ name: "working" });
    await forgetDeviceJourney(open.secrets.lookupKey);
    if (await deleteRemoteJourney(open.secrets.lookupKey)) return setState({ name: "deleted" });
    setState({ ...open, failed: true, confirmingDelete: false });
  };

  return (
    <section aria-labelledby={headingId} className="r-journey">
      <h2 id={headingId}>{t(w.title)}</h2>
      {state.name === "offer" && (
        <>
          <p>{t(w.intro)}</p>
          <div className="r-actions">
            <button type="button" className="r-button r-button-primary" onClick={() => setState({ name: "enter", problem: null })}>
              {t(w.haveCode)}
            </button>
            <button type="button" className="r-button" onClick={() => setState({ name: "warn" })}>
              {t(w.createCode)}
            </button>
          </div>
        </>
      )}
      {state.name === "warn" && (
        <>
          <p className="r-journey-warning" role="alert">
            {t(w.lossWarning)}
          </p>
          <div className="r-actions">
            <button type="button" className="r-button r-button-primary" onClick={() => void create()}>
              {t(w.confirmCreate)}
            </button>
            <button type="button" className="r-button" onClick={() => setState({ name: "offer" })}>
              {t(w.noThanks)}
            </button>
          </div>
        </>
      )}
      {state.name === "enter" && (
        <form onSubmit={(e) => void enter(e)} noValidate>
          <Field className="r-field" label={t(w.codeLabel)} hint={t(w.codeHint)} errors={[state.problem]} announce>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
            )}
          </Field>
          <div className="r-actions">
            <button type="submit" className="r-button r-button-primary">
              {t(w.compare)}
            </button>
            <button type="button" className="r-button" onClick={() => setState({ name: "warn" })}>
              {t(w.createCode)}
            </button>
          </div>
        </form>
      )}
      {state.name === "working" && <p role="status">{t(w.working)}</p>}
      {state.name === "open" && (
        <>
          {state.newCode && <ShownCode code={state.newCode.code} changed={state.newCode.changed} />}
          {!state.newCode?.changed && <Comparison result={result} before={state.before} />}
          <p role="status">{t(state.saved === "synced" ? w.saved : w.savedOffline)}</p>
          {state.failed && <p role="alert">{t(w.failed)}</p>}
          {state.confirmingDelete ? (
            <>
              <p>{t(w.confirmDelete)}</p>
              <div className="r-actions">
                <button type="button" className="r-button r-button-primary" onClick={() => void remove(state)}>
                  {t(w.confirmDeleteButton)}
                </button>
                <button type="button" className="r-button" onClick={() => setState({ ...state, confirmingDelete: false })}>
                  {t(w.noThanks)}
                </button>
              </div>
            </>
          ) : (
            <div className="r-actions">
              <button type="button" className="r-button" onClick={() => void changeCode(state)}>
                {t(w.changeCode)}
              </button>
              <button type="button" className="r-button" onClick={() => setState({ ...state, confirmingDelete: true })}>
                {t(w.deleteHistory)}
              </button>
            </div>
          )}
        </>
      )}
      {state.name === "deleted" && <p role="status">{t(w.deleted)}</p>}
    </section>
  );
}
