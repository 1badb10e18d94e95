import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";

/** On screen: the data cut-off and the threshold, with a link to the method. */
export function ReportMeta({ threshold, horizon }: { threshold: number; horizon: string }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <p className="muted no-print">
      {t({ fr: "Données jusqu'au", en: "Data up to" })} {formatDate(horizon, locale)} ·{" "}
      {t({ fr: "seuil d'anonymat", en: "anonymity threshold" })} : {threshold} {t({ fr: "réponses", en: "responses" })} (
      <a href="#methode">{t({ fr: "méthode", en: "method" })}</a>)
    </p>
  );
}
