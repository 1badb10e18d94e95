import { useText, type Text } from "../../shared/locale.tsx";
import { Field } from "@web/shared/forms.tsx";
import { words } from "./words.ts";

/** What a project says of itself, as a form holds it: for the new-project form and the project's settings. */
export interface ProjectFieldValues {
  name: string;
  description: string;
  ethics: Text | null;
}

/**
 * The project's name, description and ethics & consent text (both languages or none). `idPrefix` keeps ids
 * unique when two such forms could share a page.
 */
export function ProjectFields({ idPrefix, initial }: { idPrefix: string; initial?: ProjectFieldValues }) {
  const t = useText();
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field id={id("name")} label={t(words.projectFields.projectName)}>
        {(control) => <input {...control} name="name" required maxLength={200} defaultValue={initial?.name} />}
      </Field>
      <Field id={id("description")} label={t(words.projectFields.description)}>
        {(control) => <textarea {...control} name="description" rows={3} maxLength={5000} defaultValue={initial?.description} />}
      </Field>
      <fieldset>
        <legend>{t(words.projectFields.ethicsConsentOptional)}</legend>
        <p className="hint" id={id("ethics-hint")}>
          {t(words.projectFields.whatPeopleAnsweringProjects)}
        </p>
        <Field id={id("ethics-fr")} describedBy={id("ethics-hint")} label={t(words.projectFields.textFrench)}>
          {(control) => <textarea {...control} name="ethicsFr" rows={4} lang="fr" maxLength={5000} defaultValue={initial?.ethics?.fr} />}
        </Field>
        <Field id={id("ethics-en")} describedBy={id("ethics-hint")} label={t(words.projectFields.textEnglish)}>
          {(control) => <textarea {...control} name="ethicsEn" rows={4} lang="en" maxLength={5000} defaultValue={initial?.ethics?.en} />}
        </Field>
      </fieldset>
    </>
  );
}

/** Reads the fields back; the ethics text must be given in both languages or in neither. */
export function readProjectFields(form: FormData): ProjectFieldValues | { error: Text } {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const ethics = { fr: text("ethicsFr"), en: text("ethicsEn") };
  if ((ethics.fr === "") !== (ethics.en === "")) {
    return {
      error: words.projectFields.writeEthicsConsentText,
    };
  }
  return { name: text("name"), description: text("description"), ethics: ethics.fr ? ethics : null };
}
