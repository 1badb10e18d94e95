import { Field } from "@web/shared/forms.tsx";
import { useText, type Text } from "../../shared/locale.tsx";
import { words } from "../words.ts";

/**
 * A questionnaire, then one of its published versions (the latest chosen by default): the pair every form
 * starting from the library asks for. The version select is a form field named `version`.
 */
export function QuestionnaireVersionFields(props: {
  idPrefix: string;
  questionnaires: { slug: string; title: Text }[];
  slug: string;
  onSlug: (slug: string) => void;
  versions: { version: number }[];
  versionLabel: Text;
}) {
  const t = useText();
  return (
    <>
      <Field id={`${props.idPrefix}-questionnaire`} label={t(words.common.questionnaire)}>
        {(control) => (
          <select {...control} value={props.slug} onChange={(e) => props.onSlug(e.target.value)}>
            {props.questionnaires.map((q) => (
              <option key={q.slug} value={q.slug}>
                {t(q.title)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${props.idPrefix}-version`} label={t(props.versionLabel)}>
        {(control) => (
          <select {...control} name="version" key={props.slug} defaultValue={props.versions.at(-1)?.version}>
            {props.versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
