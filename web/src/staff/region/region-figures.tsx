import { useState } from "react";
import { useLocale, useText } from "../../shared/locale.tsx";
import { loadQuestionnaires } from "../dashboard/report-api.ts";
import { isShown } from "../dashboard/report-api.ts";
import { formatNumber } from "../format.ts";
import { KIND_LABELS, labelOf, RESPONDENT_ROLE_LABELS, SETTING_LABELS, suppressionText, words } from "../words.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { DownloadLinks } from "../layout/download-links.tsx";
import { TableBox } from "../layout/table-box.tsx";
import { useAsync } from "../use-async.ts";
import { loadRegionReport } from "./region-api.ts";

/** The observatory's public figures for the region: the same figures anyone may read, no structure named. */
export function RegionFigures({ region }: { region: string }) {
  const t = useText();
  const { locale } = useLocale();
  const [questionnaires] = useAsync(loadQuestionnaires, []);
  const [slug, setSlug] = useState("");
  const list = questionnaires.status === "ready" ? questionnaires.data : [];
  // By default the patients' questionnaire: the most answers, so the most figures released.
  const chosen = slug || list.find((q) => q.roles.includes("patient"))?.slug || list[0]?.slug || "";
  const [report] = useAsync(() => (chosen ? loadRegionReport(region, chosen) : Promise.resolve(null)), [region, chosen]);
  return (
    <section aria-labelledby="region-figures">
      <h2 id="region-figures">{t(words.regionOpenFigures.publicFiguresOfThe)}</h2>
      {questionnaires.status === "error" && <ErrorMessage error={questionnaires.error} />}
      <div className="filters">
        <div className="field">
          <label htmlFor="region-questionnaire">{t(words.regionOpenFigures.questionnaire)}</label>
          <select id="region-questionnaire" value={chosen} onChange={(e) => setSlug(e.target.value)}>
            {list.map((q) => (
              <option key={q.slug} value={q.slug}>
                {t(q.title)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {report.status === "loading" && <Loading />}
      {report.status === "error" && <ErrorMessage error={report.error} />}
      {report.status === "ready" && report.data && (
        <>
          <p className="muted">
            {report.data.region.name} · {t(words.regionOpenFigures.anonymityThreshold)} : {report.data.threshold}
          </p>
          {report.data.roles.length === 0 && <p>{t(words.regionOpenFigures.noPublishableFiguresYet)}</p>}
          <RegionDownloads region={region} questionnaire={chosen} />
          {report.data.roles.map((r) => {
            const caption = `${t(labelOf(RESPONDENT_ROLE_LABELS, r.role))} — ${t(words.regionOpenFigures.groupValue95Confidence)}`;
            const kinds = Object.keys(r.indicators[0]?.byKind ?? {}) as (keyof (typeof r.indicators)[number]["byKind"])[];
            const settings = Object.keys(r.indicators[0]?.bySetting ?? {}) as (keyof (typeof r.indicators)[number]["bySetting"])[];
            const cell = (g: (typeof r.indicators)[number]["overall"]) =>
              isShown(g)
                ? `${formatNumber(g.value, locale)} (${formatNumber(g.ci[0], locale)}–${formatNumber(g.ci[1], locale)})`
                : t(suppressionText(g.reason, report.data!.threshold, g.minStructures));
            return (
              <TableBox key={r.role} label={caption}>
                <table>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(words.regionOpenFigures.indicator)}</th>
                      <th scope="col">{t(words.regionOpenFigures.all)}</th>
                      {kinds.map((k) => (
                        <th scope="col" key={k}>
                          {t(labelOf(KIND_LABELS, k))}
                        </th>
                      ))}
                      {settings.map((s) => (
                        <th scope="col" key={s}>
                          {t(labelOf(SETTING_LABELS, s))}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {r.indicators.map((i) => (
                      <tr key={i.id}>
                        <th scope="row">{t(i.label)}</th>
                        <td>{cell(i.overall)}</td>
                        {kinds.map((k) => (
                          <td key={k}>{cell(i.byKind[k])}</td>
                        ))}
                        {settings.map((s) => (
                          <td key={s}>{cell(i.bySetting[s])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            );
          })}
        </>
      )}
    </section>
  );
}

/** The region's open data: the same figures as the tables, as files anyone may take. */
function RegionDownloads({ region, questionnaire }: { region: string; questionnaire: string }) {
  const base = `/api/open-data/regions/${region}`;
  const href = (extra: Record<string, string>) => `${base}?${new URLSearchParams({ questionnaire, ...extra })}`;
  const d = words.downloads;
  return (
    <DownloadLinks
      label={d.regionExports}
      links={[
        { href: href({ format: "csv" }), text: d.csvSemicolon, hint: d.csvSemicolonHint },
        { href: href({ format: "csv", separator: "comma" }), text: d.csvComma, hint: d.csvCommaHint },
        { href: href({ format: "json" }), text: d.json, hint: d.jsonHint },
        { href: `${base}/datapackage.json?${new URLSearchParams({ questionnaire })}`, text: d.dataPackage, hint: d.dataPackageHint },
      ]}
    />
  );
}
