import { useText } from "../shared/locale.tsx";
import type { Localized, Submitted } from "./campaign-api.ts";
import { HelpResources } from "./help-resources.tsx";
import { PageFrame, PageTitle } from "./page-frame.tsx";

type Score = Submitted["scores"][number];

/** Where a score sits on its 0–100 scale, in words: a description, never a verdict. */
function position(score: number): Localized {
  if (score < 100 / 3) return { fr: "dans le bas de l'échelle", en: "in the lower part of the scale" };
  if (score < 200 / 3) return { fr: "vers le milieu de l'échelle", en: "around the middle of the scale" };
  return { fr: "dans le haut de l'échelle", en: "in the upper part of the scale" };
}

function direction(higherIsBetter: boolean): Localized {
  return higherIsBetter
    ? {
        fr: "Pour ce thème, un score plus haut correspond à une situation que les personnes vivent en général comme plus favorable.",
        en: "For this theme, a higher score matches a situation people generally experience as more favourable.",
      }
    : {
        fr: "Pour ce thème, c'est l'inverse : un score plus bas correspond à une situation que les personnes vivent en général comme plus favorable.",
        en: "For this theme it is the other way round: a lower score matches a situation people generally experience as more favourable.",
      };
}

function ScoreItem({ score }: { score: Score }) {
  const t = useText();
  const title = t(score.title);
  if (score.score === null) {
    return (
      <li className="r-score">
        <h3>{title}</h3>
        <p>
          {t({
            fr: "Pas de score ici : vous avez passé plusieurs questions de ce thème, et c'est tout à fait votre droit.",
            en: "No score here: you skipped several questions on this theme, which is entirely your right.",
          })}
        </p>
      </li>
    );
  }
  const value = Math.round(score.score);
  return (
    <li className="r-score">
      <h3>{title}</h3>
      <p className="r-score-value">
        <strong>{value}</strong> {t({ fr: "sur 100", en: "out of 100" })}
      </p>
      <div className="r-bar" aria-hidden="true">
        <div className="r-bar-fill" style={{ width: `${value}%` }} />
      </div>
      <p>
        {t({ fr: "Votre score se situe ", en: "Your score is " })}
        {t(position(value))}. {t(direction(score.higherIsBetter))}
      </p>
    </li>
  );
}

/** The respondent's own scores, for her alone: no comparison with anyone, no judgement. */
export function ResultsPage({ result, structureName }: { result: Submitted; structureName?: string | undefined }) {
  const t = useText();
  return (
    <PageFrame>
      <PageTitle>{t({ fr: "Merci, vos réponses sont envoyées", en: "Thank you, your answers have been sent" })}</PageTitle>
      <p className="r-lead">
        {t({
          fr: "Voici ce que vos réponses disent aujourd'hui, thème par thème, sur une échelle de 0 à 100. C'est un reflet de vos réponses, pas une note, ni un jugement, ni un diagnostic. Ces résultats ne sont gardés nulle part sur cet appareil : ils disparaissent quand vous fermez la page.",
          en: "Here is what your answers say today, theme by theme, on a scale from 0 to 100. It reflects your answers: it is not a grade, a judgement or a diagnosis. These results are not kept anywhere on this device: they disappear when you close the page.",
        })}
      </p>
      <ul className="r-scores">
        {result.scores.map((score) => (
          <ScoreItem key={score.dimension} score={score} />
        ))}
      </ul>
      <HelpResources structureName={structureName} />
    </PageFrame>
  );
}
