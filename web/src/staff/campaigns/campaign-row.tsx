import { useState } from "react";
import { useLocale, useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import { formatDate } from "../format.ts";
import { campaignUrl, setCampaignStatus, type CampaignSummary, type StatusAction } from "./campaign-api.ts";
import { QrPoster } from "./qr-poster.tsx";

const STATUS = {
  active: { fr: "en cours", en: "running" },
  paused: { fr: "en pause", en: "paused" },
  closed: { fr: "close", en: "closed" },
} as const;

/** One campaign: its link, its state, its response count (never below the threshold), its controls. */
export function CampaignRow({
  campaign,
  structureName,
  title,
  frenchTitle,
}: {
  campaign: CampaignSummary;
  structureName: string;
  title: string;
  frenchTitle: string;
}) {
  const t = useText();
  const { locale } = useLocale();
  const [status, setStatus] = useState(campaign.status);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: StatusAction) => {
    if (action === "close" && !window.confirm(t({ fr: "Clore définitivement cette enquête ?", en: "Close this campaign for good?" })))
      return;
    setError(null);
    try {
      setStatus((await setCampaignStatus(campaign.code, action)).status);
    } catch (e) {
      setError(e instanceof RequestError ? e.message : String(e));
    }
  };
  const responses = campaign.responses !== null ? String(campaign.responses) : (campaign.responsesBelow ?? "—");
  return (
    <li className="card">
      <h3 className="card-title">
        {title} — {t(labelOf(RESPONDENT_ROLE_LABELS, campaign.role))}
      </h3>
      <p>
        {t({ fr: "État", en: "Status" })} : <strong>{t(STATUS[status])}</strong> · {t({ fr: "réponses", en: "responses" })} : {responses}
        <br />
        {t({ fr: "du", en: "from" })} {formatDate(campaign.opensAt, locale)}
        {campaign.closesAt ? ` ${t({ fr: "au", en: "to" })} ${formatDate(campaign.closesAt, locale)}` : ""} · v{campaign.version}
        {campaign.requiresInvitation ? ` · ${t({ fr: "sur invitation", en: "by invitation" })}` : ""}
      </p>
      <p className="link-box">{campaignUrl(campaign.code)}</p>
      <div className="actions">
        {status === "active" && (
          <button type="button" className="secondary" onClick={() => act("pause")}>
            {t({ fr: "Mettre en pause", en: "Pause" })}
          </button>
        )}
        {status === "paused" && (
          <button type="button" className="secondary" onClick={() => act("resume")}>
            {t({ fr: "Reprendre", en: "Resume" })}
          </button>
        )}
        {status !== "closed" && (
          <button type="button" className="secondary" onClick={() => act("close")}>
            {t({ fr: "Clore", en: "Close" })}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {status !== "closed" && !campaign.requiresInvitation && (
        <details>
          <summary>{t({ fr: "Affiche avec QR code", en: "QR-code poster" })}</summary>
          <QrPoster code={campaign.code} structureName={structureName} questionnaireTitle={frenchTitle} />
        </details>
      )}
    </li>
  );
}
