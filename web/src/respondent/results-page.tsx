import { useText, type Text } from "../shared/locale.tsx";
import type { Submitted } from "./campaign-api.ts";
import { HelpResources } from "./help-resources.tsx";
import { JourneySection } from "./journey-section.tsx";
import { PageFrame, PageTitle } from "./page-frame.tsx";
import { words } from "./words.ts";

type Score = Submitted["scores"][number];

/** Where a score sits on its 0–100 scale, in words: a description, never a verdict. */
function position(score: number): Text {
  if (score < 100 / 3) return words.results.lowerPart;
  if (score < 200 / 3) return words.results.middle;
  return words.results.upperPart;
}

function ScoreItem({ score }: { score: Score }) {
  const t = useText();
  const title = t(score.title);
  if (score.score === null) {
    return (
      <li className="r-score">
        <h3>{title}</h3>
        <p>{t(words.results.noScore)}</p>
      </li>
    );
  }
  const value = Math.round(score.score);
  return (
    <li className="r-score">
      <h3>{title}</h3>
      <p className="r-score-value">
        <strong>{value}</strong> {t(words.results.outOf100)}
      </p>
      <div className="r-bar" aria-hidden="true">
        <div className="r-bar-fill" style={{ width: `${value}%` }} />
      </div>
      <p>
        {t(words.results.yourScoreIs)}
        {t(position(value))}. {t(score.higherIsBetter ? words.results.higherIsBetter : words.results.lowerIsBetter)}
      </p>
    </li>
  );
}

/** The respondent's own scores, for her alone: no comparison with anyone, no judgement. */
export function ResultsPage({ result, structureName }: { result: Submitted; structureName?: string | undefined }) {
  const t = useText();
  return (
    <PageFrame>
      <PageTitle>{t(words.results.title)}</PageTitle>
      <p className="r-lead">{t(words.results.lead)}</p>
      <ul className="r-scores">
        {result.scores.map((score) => (
          <ScoreItem key={score.dimension} score={score} />
        ))}
      </ul>
      <JourneySection result={result} />
      <HelpResources structureName={structureName} />
    </PageFrame>
  );
}
