import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";

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
          ? `${t({ fr: "Rapport figé le", en: "Report frozen on" })} ${formatDate(frozenAt, locale)}`
          : `${t({ fr: "Rapport imprimé le", en: "Report printed on" })} ${formatDate(new Date().toISOString(), locale)}`}{" "}
        · {t({ fr: "données jusqu'au", en: "data up to" })} {formatDate(horizon, locale)}
      </p>
      <p>
        {t({ fr: "Méthode", en: "Method" })} {method} · {t({ fr: "seuil d'anonymat", en: "anonymity threshold" })} : {threshold}{" "}
        {t({ fr: "réponses", en: "responses" })} —{" "}
        <a href={`${window.location.origin}${window.location.pathname}#methode`}>{t({ fr: "voir « Méthode »", en: "see “Method”" })}</a>
      </p>
    </div>
  );
}
