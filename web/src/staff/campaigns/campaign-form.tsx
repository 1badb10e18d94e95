import { useState, type FormEvent } from "react";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import type { Questionnaire } from "../dashboard/report-api.ts";
import { labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import { QuestionnaireVersionFields } from "../layout/questionnaire-version-fields.tsx";
import { createCampaign, type CampaignInput, type CreatedCampaign } from "./campaign-api.ts";

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
  const [error, setError] = useState<string | null>(null);
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
      const code = e instanceof RequestError ? e.code : "";
      setError(
        t(
          code === "invalid_window"
            ? { fr: "La date de fin doit suivre la date de début.", en: "The end date must come after the start date." }
            : code === "role_not_allowed"
              ? {
                  fr: "Ce questionnaire ne s'adresse pas à ces répondant·es.",
                  en: "This questionnaire is not meant for these respondents.",
                }
              : { fr: "L'enquête n'a pas pu être créée.", en: "The campaign could not be created." },
        ) + (e instanceof RequestError && e.message ? ` (${e.message})` : ""),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="stack" aria-labelledby="new-campaign">
      <h2 id="new-campaign">{t({ fr: "Nouvelle enquête", en: "New campaign" })}</h2>
      <QuestionnaireVersionFields
        idPrefix="c"
        questionnaires={questionnaires}
        slug={slug}
        onSlug={setSlug}
        versions={versions}
        versionLabel={{ fr: "Version", en: "Version" }}
      />
      <div className="field">
        <label htmlFor="c-role">{t({ fr: "Répondant·es", en: "Respondents" })}</label>
        <select id="c-role" name="role" key={slug}>
          {questionnaire?.roles.map((r) => (
            <option key={r} value={r}>
              {t(labelOf(RESPONDENT_ROLE_LABELS, r))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="c-opens">
          {t({ fr: "Ouverture (facultatif, aujourd'hui par défaut)", en: "Opens (optional, today by default)" })}
        </label>
        <input id="c-opens" name="opensAt" type="date" />
      </div>
      <div className="field">
        <label htmlFor="c-closes">{t({ fr: "Fermeture (facultatif)", en: "Closes (optional)" })}</label>
        <input id="c-closes" name="closesAt" type="date" />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={withInvitations} onChange={(e) => setWithInvitations(e.target.checked)} />
        {t({ fr: "Réponse sur invitation seulement (un lien par personne)", en: "Response by invitation only (one link per person)" })}
      </label>
      {withInvitations && (
        <div className="field">
          <label htmlFor="c-invitations">{t({ fr: "Nombre d'invitations", en: "Number of invitations" })}</label>
          <input id="c-invitations" name="invitations" type="number" min={1} max={5000} defaultValue={20} required />
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" disabled={busy || !questionnaire}>
          {t({ fr: "Créer l'enquête", en: "Create the campaign" })}
        </button>
      </div>
    </form>
  );
}
