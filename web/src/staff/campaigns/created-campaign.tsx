import { useText } from "../../shared/locale.tsx";
import { campaignUrl, type CreatedCampaign } from "./campaign-api.ts";
import { InvitationSlips } from "./invitation-slips.tsx";
import { QrPoster } from "./qr-poster.tsx";
import { words } from "../words.ts";

/** Right after creation: the link, the poster and, with invitations, the slips (shown this once). */
export function CreatedCampaignPanel({
  campaign,
  structureName,
  questionnaireTitle,
}: {
  campaign: CreatedCampaign;
  structureName: string;
  questionnaireTitle: string;
}) {
  const t = useText();
  const url = campaignUrl(campaign.code);
  return (
    <section aria-labelledby="created-title" className="card">
      <h2 id="created-title" tabIndex={-1}>
        {t(words.createdCampaign.campaignCreated)}
      </h2>
      <p>{t(words.createdCampaign.linkShare)}</p>
      <p className="link-box">{url}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(url)}>
          {t(words.createdCampaign.copyLink)}
        </button>
      </div>
      {campaign.invitations ? (
        <InvitationSlips code={campaign.code} tokens={campaign.invitations} questionnaireTitle={questionnaireTitle} />
      ) : (
        <QrPoster code={campaign.code} structureName={structureName} questionnaireTitle={questionnaireTitle} />
      )}
    </section>
  );
}
