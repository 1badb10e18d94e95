import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useLocale, useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { words, labelOf, RESPONDENT_ROLE_LABELS } from "../words.ts";
import { formatDate } from "../format.ts";
import { campaignUrl, setCampaignStatus, type CampaignSummary, type StatusAction } from "./campaign-api.ts";
import { QrPoster } from "./qr-poster.tsx";

const STATUS = {
  active: words.campaignRow.running,
  paused: words.campaignRow.paused,
  closed: words.campaignRow.closed,
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
    if (action === "close" && !window.confirm(t(words.campaignRow.closeCampaignGood))) return;
    setError(null);
    try {
      setStatus((await setCampaignStatus(campaign.code, action)).status);
    } catch (e) {
      setError(e instanceof RequestError ? e.message : String(e));
    }
  };
  // Live counts are shown below the threshold or rounded down, never exactly (the API gives no exact count).
  const responses = "responsesAtLeast" in campaign ? `≥ ${campaign.responsesAtLeast}` : (campaign.responsesBelow ?? "—");
  return (
    <li className="card">
      <h3 className="card-title">
        {title} — {t(labelOf(RESPONDENT_ROLE_LABELS, campaign.role))}
      </h3>
      <p>
        {t(words.campaignRow.status)} : <strong>{t(STATUS[status])}</strong> · {t(words.common.responses)} : {responses}
        <br />
        {t(words.campaignRow.from)} {formatDate(campaign.opensAt, locale)}
        {campaign.closesAt ? ` ${t(words.campaignRow.to)} ${formatDate(campaign.closesAt, locale)}` : ""} · v{campaign.version}
        {campaign.requiresInvitation ? ` · ${t(words.campaignRow.invitation)}` : ""}
      </p>
      {campaign.alerts.map((alert) => (
        <p key={alert.at} className="error" role="status">
          {t({
            fr: `Afflux inhabituel : plus de ${alert.limit} réponses acceptées en ${alert.windowMinutes} minutes (le ${formatDate(alert.at, locale, true)}). L'enquête reste ouverte ; si ce n'était pas prévu, mettez-la en pause et vérifiez d'où viennent ces réponses.`,
            en: `Unusual surge: more than ${alert.limit} responses accepted within ${alert.windowMinutes} minutes (on ${formatDate(alert.at, locale, true)}). The campaign stays open; if this was not expected, pause it and check where these responses come from.`,
          })}
        </p>
      ))}
      <p className="link-box">{campaignUrl(campaign.code)}</p>
      <div className="actions">
        {status === "active" && (
          <button type="button" className="secondary" onClick={() => act("pause")}>
            {t(words.campaignRow.pause)}
          </button>
        )}
        {status === "paused" && (
          <button type="button" className="secondary" onClick={() => act("resume")}>
            {t(words.campaignRow.resume)}
          </button>
        )}
        {status !== "closed" && (
          <button type="button" className="secondary" onClick={() => act("close")}>
            {t(words.campaignRow.close)}
          </button>
        )}
      </div>
      <ErrorList errors={[error]} announce />
      {status !== "closed" && !campaign.requiresInvitation && (
        <details>
          <summary>{t(words.campaignRow.qrCodePoster)}</summary>
          <QrPoster code={campaign.code} structureName={structureName} questionnaireTitle={frenchTitle} />
        </details>
      )}
    </li>
  );
}
