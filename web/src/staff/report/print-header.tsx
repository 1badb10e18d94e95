import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { words } from "../words.ts";

/** What the printed report says on top: date, data cut-off, method and threshold (with a link to their meaning). */
export function PrintHeader({
  threshold,
  method,
  horizon,
  frozenAt,
}: {
  threshold: number;
  method: string;
  horizon: string;
  frozenAt?: string;
}) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <div className="print-only report-meta">
      <p>
        {frozenAt
          ? `${t(words.printHeader.reportFrozen)} ${formatDate(frozenAt, locale)}`
          : `${t(words.printHeader.reportPrinted)} ${formatDate(new Date().toISOString(), locale)}`}{" "}
        · {t(words.common.dataUpTo)} {formatDate(horizon, locale)}
      </p>
      <p>
        {t(words.common.method)} {method} · {t(words.common.anonymityThreshold)} : {threshold} {t(words.common.responses)} —{" "}
        <a href={`${window.location.origin}${window.location.pathname}#methode`}>{t(words.printHeader.seeMethod)}</a>
      </p>
    </div>
  );
}
