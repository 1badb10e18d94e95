import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";

interface Provenance {
  threshold: number;
  horizon: string;
  requested: string;
  questionnaire: { slug: string };
  versions: { questionnaire: string; version: number }[];
}

/**
 * On screen: the data cut-off, the versions pooled and the threshold, with a link to the method. When a variant
 * was asked for, says that its whole series is shown: the variant alone is never reported.
 */
export function ReportMeta({ report }: { report: Provenance }) {
  const t = useText();
  const { locale } = useLocale();
  const versions = report.versions.map((v) => `${v.questionnaire} v${v.version}`).join(", ");
  return (
    <>
      <p className="muted no-print">
        {t({ fr: "Données jusqu'au", en: "Data up to" })} {formatDate(report.horizon, locale)} ·{" "}
        {t({ fr: "versions réunies", en: "versions pooled" })} : {versions} · {t({ fr: "seuil d'anonymat", en: "anonymity threshold" })} :{" "}
        {report.threshold} {t({ fr: "réponses", en: "responses" })} (<a href="#methode">{t({ fr: "méthode", en: "method" })}</a>)
      </p>
      {report.requested !== report.questionnaire.slug && (
        <p className="notice">
          {t({
            fr: "Les réponses de cette version sont réunies avec celles des autres versions de la même série : les chiffres ci-dessous sont ceux de toute la série.",
            en: "This version's responses are pooled with the other versions of the same series: the figures below are the whole series'.",
          })}
        </p>
      )}
    </>
  );
}
