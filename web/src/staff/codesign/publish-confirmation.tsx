import { useState, type FormEvent } from "react";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import type { Publication } from "./codesign-api.ts";
import { words } from "./words.ts";

const w = words.publishConfirmation;

/**
 * Before publishing: what the new version does to what is in use (campaigns keeping their version, the
 * series continued or started anew) and the comment threads still open, each resolved elsewhere or left
 * open here with a reason. Confirming sends the effect read, which the API checks is still the effect.
 */
export function PublishConfirmation({
  publication,
  busy,
  onConfirm,
  onCancel,
}: {
  publication: Publication;
  busy: boolean;
  onConfirm: (leftOpen: { commentId: number; reason: string }[]) => void;
  onCancel: () => void;
}) {
  const t = useText();
  const { effect, openThreads } = publication;
  const [errors, setErrors] = useState<string[]>([]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const leftOpen = openThreads.map((thread) => ({ commentId: thread.id, reason: String(form.get(`reason-${thread.id}`) ?? "").trim() }));
    if (leftOpen.some((l) => l.reason === "")) {
      setErrors([t(w.resolveOrExplain)]);
      return;
    }
    setErrors([]);
    onConfirm(leftOpen);
  };
  return (
    <form onSubmit={submit} className="panel stack" aria-labelledby="publish-confirmation-title">
      <h3 id="publish-confirmation-title">{t(w.title(effect.version))}</h3>
      {effect.previous === null ? (
        <p>{t(w.newQuestionnaire)}</p>
      ) : (
        <ul>
          {effect.campaignsKeepingTheirVersion.length === 0 && <li>{t(w.noCampaign)}</li>}
          {effect.campaignsKeepingTheirVersion.map((live) => (
            <li key={live.version}>{t(w.campaignsKeep(live.campaigns, live.structures, live.version))}</li>
          ))}
          <li>
            {effect.series.startsAnew
              ? t(w.seriesStartsAnew(effect.series.key, effect.series.previous?.key ?? null, effect.series.previous?.releasedQuarters ?? 0))
              : t(w.seriesContinues(effect.series.key))}
          </li>
        </ul>
      )}
      <h4>{t(w.openThreads)}</h4>
      {openThreads.length === 0 ? (
        <p>{t(w.noOpenThread)}</p>
      ) : (
        <>
          <p>{t(w.resolveOrExplain)}</p>
          {openThreads.map((thread) => (
            <div key={thread.id}>
              <p>
                <strong>{thread.question ? t(w.onQuestion(thread.question)) : t(w.onDraft)}</strong>
                {thread.author ? ` — ${thread.author}` : ""} : « {thread.body} »
              </p>
              <Field id={`reason-${thread.id}`} label={t(w.reasonLeftOpen(thread.id))}>
                {(control) => <textarea {...control} name={`reason-${thread.id}`} maxLength={2000} rows={2} required />}
              </Field>
            </div>
          ))}
        </>
      )}
      <ErrorList errors={errors} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t(w.confirm)}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {t(w.cancel)}
        </button>
      </div>
    </form>
  );
}
