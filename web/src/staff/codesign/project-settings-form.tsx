import { useState, type FormEvent } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { updateProject, type Project } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { ProjectFields, readProjectFields } from "./project-fields.tsx";
import { words } from "./words.ts";

/**
 * Revising what the project says of itself — typically the ethics text once a committee has answered. Folded
 * away by default: it is seldom needed, and the page is about the drafts.
 */
export function ProjectSettingsForm({
  project,
  onSaved,
}: {
  project: Project;
  onSaved: (fields: Pick<Project, "name" | "description" | "ethics">) => void;
}) {
  const t = useText();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = readProjectFields(new FormData(event.currentTarget));
    if ("error" in fields) return setMessage({ kind: "error", text: t(fields.error) });
    setBusy(true);
    try {
      const saved = await updateProject(project.id, fields);
      setMessage({ kind: "success", text: t(words.projectSettingsForm.projectUpdated) });
      onSaved({ name: saved.name, description: saved.description, ethics: saved.ethics });
    } catch (e) {
      setMessage({
        kind: "error",
        text: errorText(e, t, words.projectSettingsForm.projectCouldNotUpdated),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="project-settings">
      <summary>{t(words.projectSettingsForm.editProjectNameDescription)}</summary>
      <form onSubmit={submit} className="stack narrow">
        <ProjectFields idPrefix="settings" initial={{ name: project.name, description: project.description, ethics: project.ethics }} />
        <div role="status">
          {message?.kind === "success" && <p className="success">{message.text}</p>}
          <ErrorList errors={[message?.kind === "error" && message.text]} />
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t(words.projectSettingsForm.saveProject)}
          </button>
        </div>
      </form>
    </details>
  );
}
