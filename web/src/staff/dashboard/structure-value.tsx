import { useLocale, useText } from "../../shared/locale.tsx";
import { formatNumber } from "../format.ts";
import { suppressionText } from "../words.ts";
import { formatInterval, formatValue } from "./format-value.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

/** The structure's own figure with its interval, or why it is hidden and what may be read instead (roll-up). */
export function StructureValue({ indicator, threshold }: { indicator: IndicatorReport; threshold: number }) {
  const t = useText();
  const { locale } = useLocale();
  const cell = indicator.structure;
  if (isShown(cell)) {
    return (
      <p>
        <span className="big-value">{formatValue(cell.value, indicator.kind, locale)}</span>{" "}
        <span>
          ({t({ fr: "intervalle de confiance à 95 %", en: "95% confidence interval" })} : {formatInterval(cell.ci, locale)} ;{" "}
          {t({ fr: "réponses", en: "responses" })} : {formatNumber(cell.n, locale)})
        </span>
      </p>
    );
  }
  const rollUp = indicator.rollUp;
  const parts = [rollUp?.region && { name: { fr: "Région", en: "Region" }, g: rollUp.region }].filter((x) => !!x);
  return (
    <div className="suppressed">
      <p>
        <strong>{t(suppressionText(cell.reason, threshold))}</strong>
        {"nBelow" in cell && <> ({cell.nBelow})</>}
      </p>
      {parts.length > 0 && (
        <>
          <p>{t({ fr: "À défaut, les chiffres d'ensemble :", en: "Instead, the overall figures:" })}</p>
          <ul>
            {parts.map(({ name, g }) => (
              <li key={name.fr}>
                {t(name)} : {formatValue(g.value, indicator.kind, locale)} ({formatNumber(g.structures, locale)}{" "}
                {t({ fr: "structures", en: "structures" })}, {formatNumber(g.respondents, locale)} {t({ fr: "réponses", en: "responses" })}{" "}
                )
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
