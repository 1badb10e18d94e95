import { useState, type FormEvent } from "react";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import type { Questionnaire } from "../dashboard/report-api.ts";
import { words, labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import { QuestionnaireVersionFields } from "../layout/questionnaire-version-fields.tsx";
import { createCampaign, type CampaignInput, type CreatedCampaign } from "./campaign-api.ts";
import { errorText } from "../error-text.ts";
import { CheckField, ErrorList, Field } from "@web/shared/forms.tsx";

const w = words.campaignForm;

/** A day picked in a date field, as the start of that day in the browser's time zone. */
function dayToIso(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}

/** Creating a campaign: questionnaire, published version, respondent role, window, optional invitations. */
export function CampaignForm({
  structureId,
  questionnaires,
  onCreated,
}: {
  structureId: number;
  questionnaires: Questionnaire[];
  onCreated: (c: CreatedCampaign) => void;
}) {
  const t = useText();
  const [slug, setSlug] = useState(questionnaires[0]?.slug ?? "");
  const [withInvitations, setWithInvitations] = useState(false);
  /** A refusal about one field is shown under it; any other under the form. */
  const [error, setError] = useState<{ on: "closesAt" | "role" | "form"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const questionnaire = questionnaires.find((q) => q.slug === slug);
  const versions = questionnaire?.versions.filter((v) => v.status === "published") ?? [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const opensAt = dayToIso(String(form.get("opensAt") ?? ""));
    const closesAt = dayToIso(String(form.get("closesAt") ?? ""));
    const input: CampaignInput = {
      structureId,
      questionnaire: slug,
      version: Number(form.get("version")),
      role: String(form.get("role")) as CampaignInput["role"],
      ...(opensAt ? { opensAt } : {}),
      ...(closesAt ? { closesAt } : {}),
      ...(withInvitations ? { invitations: Number(form.get("invitations")) } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      onCreated(await createCampaign(input));
    } catch (e) {
      const code = e instanceof RequestError ? e.code : null;
      setError(
        code === "invalid_window"
          ? { on: "closesAt", text: errorText(e, t, w.endDateMustCome) }
          : code === "role_not_allowed"
            ? { on: "role", text: errorText(e, t, w.questionnaireNotMeantThese) }
            : { on: "form", text: errorText(e, t, w.campaignCouldNotCreated) },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="stack" aria-labelledby="new-campaign">
      <h2 id="new-campaign">{t(w.newCampaign)}</h2>
      <QuestionnaireVersionFields
        idPrefix="c"
        questionnaires={questionnaires}
        slug={slug}
        onSlug={setSlug}
        versions={versions}
        versionLabel={w.version}
      />
      <Field id="c-role" label={t(words.common.respondents)} errors={[error?.on === "role" && error.text]} announce>
        {(control) => (
          <select {...control} name="role" key={slug}>
            {questionnaire?.roles.map((r) => (
              <option key={r} value={r}>
                {t(labelOf(RESPONDENT_ROLE_LABELS, r))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="c-opens" label={t(w.opensOptionalTodayDefault)}>
        {(control) => <input {...control} name="opensAt" type="date" />}
      </Field>
      <Field id="c-closes" label={t(w.closesOptional)} errors={[error?.on === "closesAt" && error.text]} announce>
        {(control) => <input {...control} name="closesAt" type="date" />}
      </Field>
      <CheckField
        type="checkbox"
        label={t(w.responseInvitationOnlyOne)}
        checked={withInvitations}
        onChange={(e) => setWithInvitations(e.target.checked)}
      />
      {withInvitations && (
        <Field id="c-invitations" label={t(w.numberInvitations)}>
          {(control) => <input {...control} name="invitations" type="number" min={1} max={5000} defaultValue={20} required />}
        </Field>
      )}
      <ErrorList errors={[error?.on === "form" && error.text]} announce />
      <div>
        <button type="submit" disabled={busy || !questionnaire}>
          {t(w.createCampaign)}
        </button>
      </div>
    </form>
  );
}
