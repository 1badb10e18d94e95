import { useState, type FormEvent } from "react";
import { CheckField, ErrorList, Field } from "@web/shared/forms.tsx";
import { QuestionnaireVersionFields } from "../layout/questionnaire-version-fields.tsx";
import { useText } from "../../shared/locale.tsx";
import { navigate } from "../router.tsx";
import { createDraft, type LibraryQuestionnaire } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";

/** A new draft: from scratch with a title, or from a published version of a questionnaire of the library. */
export function NewDraftForm({ projectId, questionnaires }: { projectId: number; questionnaires: LibraryQuestionnaire[] }) {
  const t = useText();
  const library = questionnaires.filter((q) => q.versions.some((v) => v.status === "published"));
  const [source, setSource] = useState<"scratch" | "library">("scratch");
  const [slug, setSlug] = useState(library[0]?.slug ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const versions = library.find((q) => q.slug === slug)?.versions.filter((v) => v.status === "published") ?? [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setBusy(true);
    setError(null);
    try {
      const created = await createDraft(
        projectId,
        source === "scratch"
          ? { title: { fr: text("titleFr"), en: text("titleEn") } }
          : { questionnaire: slug, version: Number(form.get("version")) },
      );
      navigate(`/brouillons/${created.id}`);
    } catch (e) {
      setError(errorText(e, t, { fr: "Le brouillon n'a pas pu être créé.", en: "The draft could not be created." }));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="new-draft">
      <h2 id="new-draft">{t({ fr: "Nouveau brouillon", en: "New draft" })}</h2>
      <form onSubmit={submit} className="stack narrow">
        <fieldset>
          <legend>{t({ fr: "Point de départ", en: "Starting point" })}</legend>
          <CheckField
            type="radio"
            name="source"
            value="scratch"
            checked={source === "scratch"}
            onChange={() => setSource("scratch")}
            label={t({ fr: "Une page blanche", en: "A blank page" })}
          />
          <CheckField
            type="radio"
            name="source"
            value="library"
            checked={source === "library"}
            onChange={() => setSource("library")}
            disabled={library.length === 0}
            label={t({ fr: "Un questionnaire de la bibliothèque (nouvelle version)", en: "A questionnaire of the library (new version)" })}
          />
        </fieldset>
        {source === "scratch" ? (
          <>
            <Field id="draft-title-fr" label={t({ fr: "Titre en français", en: "Title in French" })}>
              {(control) => <input {...control} name="titleFr" lang="fr" required maxLength={200} />}
            </Field>
            <Field id="draft-title-en" label={t({ fr: "Titre en anglais", en: "Title in English" })}>
              {(control) => <input {...control} name="titleEn" lang="en" maxLength={200} />}
            </Field>
          </>
        ) : (
          <>
            <QuestionnaireVersionFields
              idPrefix="draft"
              questionnaires={library}
              slug={slug}
              onSlug={setSlug}
              versions={versions}
              versionLabel={{ fr: "Version de départ", en: "Starting version" }}
            />
          </>
        )}
        <div role="status">
          <ErrorList errors={[error]} />
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t({ fr: "Créer le brouillon", en: "Create the draft" })}
          </button>
        </div>
      </form>
    </section>
  );
}
