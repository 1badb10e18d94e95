import { useLocale, useText } from "../../shared/locale.tsx";
import { formatNumber } from "../format.ts";
import { suppressionText, words } from "../words.ts";
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
          ({t(words.structureFigure.n95ConfidenceInterval)} : {formatInterval(cell.ci, locale)} ; {t(words.structureFigure.responses)} :{" "}
          {formatNumber(cell.n, locale)})
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
          <p>{t(words.structureFigure.insteadTheOverallFigures)}</p>
          <ul>
            {parts.map(({ name, g }) => (
              <li key={name.fr}>
                {t(name)} : {formatValue(g.value, indicator.kind, locale)} ({formatNumber(g.structures, locale)}{" "}
                {t(words.structureFigure.structures)}, {formatNumber(g.respondents, locale)} {t(words.structureFigure.responses)} )
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
