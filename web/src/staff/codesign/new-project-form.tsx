import { useState, type FormEvent } from "react";
import { CheckField, ErrorList } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { navigate } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { createProject, type CoResearcher } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { ProjectFields, readProjectFields } from "./project-fields.tsx";
import { words } from "./words.ts";

/** A new research project: its name, what it is about, what respondents read about ethics, its members. */
export function NewProjectForm({ user, coResearchers }: { user: StaffUser; coResearchers: CoResearcher[] }) {
  const t = useText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const others = coResearchers.filter((p) => p.id !== user.id);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = readProjectFields(form);
    if ("error" in fields) return setError(t(fields.error));
    setBusy(true);
    setError(null);
    try {
      const project = await createProject({
        name: fields.name,
        description: fields.description,
        members: form.getAll("members").map(Number),
        ...(fields.ethics ? { ethics: fields.ethics } : {}),
      });
      navigate(`/projets/${project.id}`);
    } catch (e) {
      setError(errorText(e, t, words.newProjectForm.projectCouldNotCreated));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="new-project">
      <h2 id="new-project">{t(words.newProjectForm.newProject)}</h2>
      <form onSubmit={submit} className="stack narrow">
        <ProjectFields idPrefix="project" />
        <fieldset>
          <legend>{t(words.common.members)}</legend>
          {user.role === "co_researcher" && <p className="hint">{t(words.newProjectForm.areMemberFromStart)}</p>}
          {others.length === 0 && <p>{t(words.newProjectForm.noOtherCoResearcher)}</p>}
          {others.map((p) => (
            <CheckField
              type="checkbox"
              key={p.id}
              name="members"
              value={p.id}
              label={`${p.displayName ?? p.email}${p.background ? ` — ${t(labelOf(BACKGROUND_LABELS, p.background))}` : ""}`}
            />
          ))}
        </fieldset>
        <div role="status">
          <ErrorList errors={[error]} />
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t(words.newProjectForm.createProject)}
          </button>
        </div>
      </form>
    </section>
  );
}
