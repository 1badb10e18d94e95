import { useState } from "react";
import { useText } from "../../shared/locale.tsx";
import { loadQuestionnaires } from "../dashboard/report-api.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { StructureTabs } from "../layout/structure-tabs.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { listStructures } from "../structures.ts";
import { useAsync } from "../use-async.ts";
import { listCampaigns, type CampaignSummary, type CreatedCampaign } from "./campaign-api.ts";
import { CampaignForm } from "./campaign-form.tsx";
import { CampaignRow } from "./campaign-row.tsx";
import { CreatedCampaignPanel } from "./created-campaign.tsx";
import { words } from "../words.ts";

function summaryOf(c: CreatedCampaign): CampaignSummary {
  return { ...c, availability: c.status === "active" ? "open" : c.status, responses: null, responsesBelow: "0", alerts: [] };
}

/** A structure's campaigns: create one, share it (link, poster, slips), pause, resume, close. */
export default function CampaignsPage({ id }: { id: number }) {
  const t = useText();
  const [data] = useAsync(async () => {
    const [structures, questionnaires, campaigns] = await Promise.all([listStructures(), loadQuestionnaires(), listCampaigns(id)]);
    return { structure: structures.find((s) => s.id === id), questionnaires, campaigns };
  }, [id]);
  const [created, setCreated] = useState<CreatedCampaign[]>([]);
  const name = data.status === "ready" && data.data.structure ? data.data.structure.name : "";
  usePageTitle(`${t(words.common.campaigns)} ${name}`);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ErrorMessage error={data.error} />;
  const { questionnaires, campaigns } = data.data;
  const titleOf = (slug: string) => {
    const q = questionnaires.find((x) => x.slug === slug);
    return q ? t(q.title) : slug;
  };
  const frenchTitleOf = (slug: string) => questionnaires.find((x) => x.slug === slug)?.title.fr ?? slug;
  const latest = created[0];
  const listed = [...created.map(summaryOf).filter((c) => !campaigns.some((k) => k.code === c.code)), ...campaigns];
  return (
    <>
      <StructureTabs id={id} />
      <h1>
        {t(words.common.campaigns)} — {name}
      </h1>
      {latest && (
        <CreatedCampaignPanel
          key={latest.code}
          campaign={latest}
          structureName={name}
          questionnaireTitle={frenchTitleOf(latest.questionnaire)}
        />
      )}
      <CampaignForm structureId={id} questionnaires={questionnaires} onCreated={(c) => setCreated((list) => [c, ...list])} />
      <section aria-labelledby="campaign-list">
        <h2 id="campaign-list">{t(words.campaignsPage.structuresCampaigns)}</h2>
        {listed.length === 0 ? (
          <p>{t(words.campaignsPage.noCampaignYet)}</p>
        ) : (
          <ul className="card-list">
            {listed.map((c) => (
              <CampaignRow
                key={c.code}
                campaign={c}
                structureName={name}
                title={titleOf(c.questionnaire)}
                frenchTitle={frenchTitleOf(c.questionnaire)}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
