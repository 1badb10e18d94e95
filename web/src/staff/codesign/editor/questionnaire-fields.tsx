import { RESPONDENT_ROLES } from "@web/shared/domain.ts";
import { CheckField } from "@web/shared/forms.tsx";
import { useText } from "@web/shared/locale.tsx";
import { labelOf, RESPONDENT_ROLE_LABELS } from "../../words.ts";
import { setRole, setText } from "./draft-ops.ts";
import { useEditor } from "./editor-context.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { words } from "./words.ts";

/** The questionnaire as a whole: its title and presentation in both languages, and who answers it. */
export function QuestionnaireFields() {
  const t = useText();
  const { content, update, readOnly, id } = useEditor();
  return (
    <section className="ed-section" aria-labelledby={id("", "questionnaire-heading")}>
      <h2 id={id("", "questionnaire-heading")}>{t(words.questionnaireFields.questionnaire)}</h2>
      <LocalizedField
        idBase={id("", "questionnaire-title")}
        label={words.questionnaireFields.questionnaireTitle}
        value={content.title}
        onChange={(locale, value) => update((c) => setText(c, { kind: "questionnaire", field: "title" }, locale, value))}
      />
      <LocalizedField
        idBase={id("", "questionnaire-description")}
        rows={4}
        label={words.questionnaireFields.presentationRespondents}
        value={content.description}
        onChange={(locale, value) => update((c) => setText(c, { kind: "questionnaire", field: "description" }, locale, value))}
      />
      <fieldset>
        <legend>{t(words.questionnaireFields.whoAnswersQuestionnaire)}</legend>
        {RESPONDENT_ROLES.map((role) => {
          const roleId = id("", `role-${role}`);
          return (
            <CheckField
              key={role}
              id={roleId}
              type="checkbox"
              checked={content.roles.includes(role)}
              disabled={readOnly}
              onChange={(e) => update((c) => setRole(c, role, e.target.checked))}
              label={t(labelOf(RESPONDENT_ROLE_LABELS, role))}
            />
          );
        })}
        {content.roles.length === 0 && <p className="ed-problem">{t(words.questionnaireFields.tickLeastOneGroup)}</p>}
      </fieldset>
    </section>
  );
}
