import { useState, type FormEvent } from "react";
import { useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../labels.ts";
import { navigate } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { createProject, type CoResearcher } from "./codesign-api.ts";
import { errorText } from "./error-text.ts";

/** A new research project: its name, what it is about, what respondents read about ethics, its members. */
export function NewProjectForm({ user, coResearchers }: { user: StaffUser; coResearchers: CoResearcher[] }) {
  const t = useText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const others = coResearchers.filter((p) => p.id !== user.id);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const ethics = { fr: text("ethicsFr"), en: text("ethicsEn") };
    if ((ethics.fr === "") !== (ethics.en === "")) {
      setError(t({ fr: "Écrivez le texte d'éthique et de consentement dans les deux langues, ou laissez les deux vides.", en: "Write the ethics and consent text in both languages, or leave both empty." }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const project = await createProject({
        name: text("name"),
        description: text("description"),
        members: form.getAll("members").map(Number),
        ...(ethics.fr ? { ethics } : {}),
      });
      navigate(`/projets/${project.id}`);
    } catch (e) {
      setError(errorText(e, t, { fr: "Le projet n'a pas pu être créé.", en: "The project could not be created." }));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="new-project">
      <h2 id="new-project">{t({ fr: "Nouveau projet", en: "New project" })}</h2>
      <form onSubmit={submit} className="stack narrow">
        <div className="field">
          <label htmlFor="project-name">{t({ fr: "Nom du projet", en: "Project name" })}</label>
          <input id="project-name" name="name" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="project-description">{t({ fr: "Description", en: "Description" })}</label>
          <textarea id="project-description" name="description" rows={3} maxLength={5000} />
        </div>
        <fieldset>
          <legend>{t({ fr: "Éthique et consentement (facultatif)", en: "Ethics and consent (optional)" })}</legend>
          <p className="hint" id="ethics-hint">
            {t({
              fr: "C'est ce que liront les personnes qui répondent aux questionnaires du projet : qui mène l'étude, pourquoi, ce que deviennent leurs réponses, leur droit de ne pas répondre.",
              en: "This is what people answering the project's questionnaires will read: who runs the study, why, what happens to their answers, their right not to answer.",
            })}
          </p>
          <div className="field">
            <label htmlFor="ethics-fr">{t({ fr: "Texte en français", en: "Text in French" })}</label>
            <textarea id="ethics-fr" name="ethicsFr" rows={4} lang="fr" aria-describedby="ethics-hint" maxLength={5000} />
          </div>
          <div className="field">
            <label htmlFor="ethics-en">{t({ fr: "Texte en anglais", en: "Text in English" })}</label>
            <textarea id="ethics-en" name="ethicsEn" rows={4} lang="en" aria-describedby="ethics-hint" maxLength={5000} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t({ fr: "Membres", en: "Members" })}</legend>
          {user.role === "co_researcher" && <p className="hint">{t({ fr: "Vous en faites partie d'office.", en: "You are a member from the start." })}</p>}
          {others.length === 0 && <p>{t({ fr: "Aucun·e autre co-chercheur·e pour l'instant : invitez-en ci-dessous.", en: "No other co-researcher yet: invite some below." })}</p>}
          {others.map((p) => (
            <label className="checkbox" key={p.id}>
              <input type="checkbox" name="members" value={p.id} />
              {p.displayName ?? p.email}
              {p.background ? ` — ${t(labelOf(BACKGROUND_LABELS, p.background))}` : ""}
            </label>
          ))}
        </fieldset>
        <div role="status">{error && <p className="error">{error}</p>}</div>
        <div>
          <button type="submit" disabled={busy}>
            {t({ fr: "Créer le projet", en: "Create the project" })}
          </button>
        </div>
      </form>
    </section>
  );
}
