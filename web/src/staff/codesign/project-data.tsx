import { useState, type FormEvent } from "react";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { errorText } from "../error-text.ts";
import { DownloadLinks } from "../layout/download-links.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { listDataRequests, requestData } from "./codesign-api.ts";
import { words } from "./words.ts";

/** The project's data-use requests, a form to make one, and the downloads an approved one allows. */
export function ProjectData({ projectId }: { projectId: number }) {
  const t = useText();
  const w = words.projectData;
  const [state, reload] = useAsync(() => listDataRequests(projectId), [projectId]);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      await requestData(projectId, {
        purpose: String(form.get("purpose") ?? ""),
        people: String(form.get("people") ?? "")
          .split("\n")
          .map((p) => p.trim())
          .filter(Boolean),
        retainUntil: String(form.get("retainUntil") ?? ""),
        freeText: form.get("freeText") === "on",
      });
      setMessage({ kind: "success", text: t(w.sent) });
      reload();
    } catch (e) {
      setMessage({ kind: "error", text: errorText(e, t, w.failed) });
    } finally {
      setBusy(false);
    }
  };
  const today = new Date().toISOString().slice(0, 10);
  const inForce = state.status === "ready" ? state.data.find((r) => r.status === "approved" && r.retainUntil >= today) : undefined;
  const href = (part: string) => `/api/projects/${projectId}/responses/export?format=csv&part=${part}&request=${inForce?.id}`;
  return (
    <section aria-labelledby="project-data-title">
      <h2 id="project-data-title">{t(w.title)}</h2>
      <p className="hint">{t(w.intro)}</p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && state.data.length > 0 && (
        <ul>
          {state.data.map((r) => (
            <li key={r.id}>
              {r.purpose} — {t(w.status(r.status, r.retainUntil))}
            </li>
          ))}
        </ul>
      )}
      {inForce && (
        <DownloadLinks
          label={w.downloads}
          links={[
            { href: href("responses"), text: w.responses, hint: w.responsesHint },
            ...(inForce.freeText ? [{ href: href("comments"), text: w.comments, hint: w.commentsHint }] : []),
            { href: href("disclosure"), text: w.disclosure, hint: w.disclosureHint },
          ]}
        />
      )}
      <form onSubmit={submit} className="stack narrow">
        <Field label={t(w.purpose)}>{(control) => <textarea {...control} name="purpose" required minLength={10} maxLength={5000} />}</Field>
        <Field label={t(w.people)}>{(control) => <textarea {...control} name="people" required />}</Field>
        <Field label={t(w.retainUntil)}>{(control) => <input {...control} type="date" name="retainUntil" required min={today} />}</Field>
        <label>
          <input type="checkbox" name="freeText" /> {t(w.freeText)}
        </label>
        <div role="status">
          {message?.kind === "success" && <p className="success">{message.text}</p>}
          <ErrorList errors={[message?.kind === "error" && message.text]} />
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t(w.send)}
          </button>
        </div>
      </form>
    </section>
  );
}
