import { useText } from "../../shared/locale.tsx";
import { Field } from "@web/shared/forms.tsx";

type Text = { fr: string; en: string };

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
      <Field id={id("name")} label={t({ fr: "Nom du projet", en: "Project name" })}>
        {(control) => <input {...control} name="name" required maxLength={200} defaultValue={initial?.name} />}
      </Field>
      <Field id={id("description")} label={t({ fr: "Description", en: "Description" })}>
        {(control) => <textarea {...control} name="description" rows={3} maxLength={5000} defaultValue={initial?.description} />}
      </Field>
      <fieldset>
        <legend>{t({ fr: "Éthique et consentement (facultatif)", en: "Ethics and consent (optional)" })}</legend>
        <p className="hint" id={id("ethics-hint")}>
          {t({
            fr: "C'est ce que liront les personnes qui répondent aux questionnaires du projet : qui mène l'étude, pourquoi, ce que deviennent leurs réponses, leur droit de ne pas répondre.",
            en: "This is what people answering the project's questionnaires will read: who runs the study, why, what happens to their answers, their right not to answer.",
          })}
        </p>
        <Field id={id("ethics-fr")} describedBy={id("ethics-hint")} label={t({ fr: "Texte en français", en: "Text in French" })}>
          {(control) => <textarea {...control} name="ethicsFr" rows={4} lang="fr" maxLength={5000} defaultValue={initial?.ethics?.fr} />}
        </Field>
        <Field id={id("ethics-en")} describedBy={id("ethics-hint")} label={t({ fr: "Texte en anglais", en: "Text in English" })}>
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
      error: {
        fr: "Écrivez le texte d'éthique et de consentement dans les deux langues, ou laissez les deux vides.",
        en: "Write the ethics and consent text in both languages, or leave both empty.",
      },
    };
  }
  return { name: text("name"), description: text("description"), ethics: ethics.fr ? ethics : null };
}
