import { useText } from "../../shared/locale.tsx";
import { words } from "../words.ts";

/** How the figures are made, in plain words; the printed report links here for the threshold. */
export function MethodSection({ threshold, method }: { threshold: number; method: string }) {
  const t = useText();
  return (
    <section id="methode" aria-labelledby="methode-title" className="method">
      <h2 id="methode-title">{t(words.methodText.method)}</h2>
      <p>{t(words.methodText.anonymityThresholdNoFigure(threshold))}</p>
      <p>{t(words.methodText.scoresRunFrom0)}</p>
      <p>
        {t(words.methodText.methodVersion)} : {method}. {t(words.methodText.onlyCompletedPeriodsClosed)}
      </p>
    </section>
  );
}
