import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { words } from "../words.ts";

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
        {t(words.reportProvenance.dataUpTo)} {formatDate(report.horizon, locale)} · {t(words.reportProvenance.versionsPooled)} : {versions}{" "}
        · {t(words.reportProvenance.anonymityThreshold)} : {report.threshold} {t(words.reportProvenance.responses)} (
        <a href="#methode">{t(words.reportProvenance.method)}</a>)
      </p>
      {report.requested !== report.questionnaire.slug && <p className="notice">{t(words.reportProvenance.thisVersionSResponses)}</p>}
    </>
  );
}
