import { useText } from "../../shared/locale.tsx";

type Localized = { fr: string; en: string };

/**
 * A questionnaire, then one of its published versions (the latest chosen by default): the pair every form
 * starting from the library asks for. The version select is a form field named `version`.
 */
export function QuestionnaireVersionFields(props: {
  idPrefix: string;
  questionnaires: { slug: string; title: Localized }[];
  slug: string;
  onSlug: (slug: string) => void;
  versions: { version: number }[];
  versionLabel: Localized;
}) {
  const t = useText();
  return (
    <>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-questionnaire`}>{t({ fr: "Questionnaire", en: "Questionnaire" })}</label>
        <select id={`${props.idPrefix}-questionnaire`} value={props.slug} onChange={(e) => props.onSlug(e.target.value)}>
          {props.questionnaires.map((q) => (
            <option key={q.slug} value={q.slug}>
              {t(q.title)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-version`}>{t(props.versionLabel)}</label>
        <select id={`${props.idPrefix}-version`} name="version" key={props.slug} defaultValue={props.versions.at(-1)?.version}>
          {props.versions.map((v) => (
            <option key={v.version} value={v.version}>
              {v.version}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
