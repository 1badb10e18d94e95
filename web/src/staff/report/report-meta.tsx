import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { words } from "../words.ts";

/** On screen: the data cut-off and the threshold, with a link to the method. */
export function ReportMeta({ threshold, horizon }: { threshold: number; horizon: string }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <p className="muted no-print">
      {t(words.reportMeta.dataUp)} {formatDate(horizon, locale)} · {t(words.common.anonymityThreshold)} : {threshold}{" "}
      {t(words.common.responses)} (<a href="#methode">{t(words.common.methodLower)}</a>)
    </p>
  );
}
