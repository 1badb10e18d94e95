import { useText } from "../../shared/locale.tsx";
import { words, GROUP_KEYS, percentileWords } from "../words.ts";
import { isShown, type IndicatorReport } from "./report-api.ts";

/** The structure's place in each group, in words (the table gives the exact percentile ranks). */
export function PositionWords({ indicator }: { indicator: IndicatorReport }) {
  const t = useText();
  const sentences = GROUP_KEYS.flatMap((key) => {
    const g = indicator.groups[key];
    return isShown(g) && g.percentile !== null ? [t(percentileWords(g.percentile, key))] : [];
  });
  if (sentences.length === 0) return null;
  return (
    <>
      <p>{t(words.positionWords.structureStands)}</p>
      <ul>
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}
