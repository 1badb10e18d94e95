import { useState, type FormEvent } from "react";
import { CheckField, ErrorList, Field } from "@web/shared/forms.tsx";
import { QuestionnaireVersionFields } from "../layout/questionnaire-version-fields.tsx";
import { useText } from "../../shared/locale.tsx";
import { navigate } from "../router.tsx";
import { createDraft, type LibraryQuestionnaire } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { words } from "./words.ts";

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
      setError(errorText(e, t, words.newDraftForm.draftCouldNotCreated));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="new-draft">
      <h2 id="new-draft">{t(words.newDraftForm.newDraft)}</h2>
      <form onSubmit={submit} className="stack narrow">
        <fieldset>
          <legend>{t(words.newDraftForm.startingPoint)}</legend>
          <CheckField
            type="radio"
            name="source"
            value="scratch"
            checked={source === "scratch"}
            onChange={() => setSource("scratch")}
            label={t(words.newDraftForm.blankPage)}
          />
          <CheckField
            type="radio"
            name="source"
            value="library"
            checked={source === "library"}
            onChange={() => setSource("library")}
            disabled={library.length === 0}
            label={t(words.newDraftForm.questionnaireLibraryNewVersion)}
          />
        </fieldset>
        {source === "scratch" ? (
          <>
            <Field id="draft-title-fr" label={t(words.newDraftForm.titleFrench)}>
              {(control) => <input {...control} name="titleFr" lang="fr" required maxLength={200} />}
            </Field>
            <Field id="draft-title-en" label={t(words.newDraftForm.titleEnglish)}>
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
              versionLabel={words.newDraftForm.startingVersion}
            />
          </>
        )}
        <div role="status">
          <ErrorList errors={[error]} />
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t(words.newDraftForm.createDraft)}
          </button>
        </div>
      </form>
    </section>
  );
}
