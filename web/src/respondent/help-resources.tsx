import { useText } from "../shared/locale.tsx";

/** Where to turn, shown with the results and on every "not now" page. Links are plain links: nothing loads. */
export function HelpResources({ structureName }: { structureName?: string | undefined }) {
  const t = useText();
  return (
    <section className="r-help" aria-labelledby="help-title">
      <h2 id="help-title">{t({ fr: "Si vous avez besoin de parler à quelqu'un", en: "If you need to talk to someone" })}</h2>
      <ul>
        <li>
          <a href="tel:3114">
            <strong>3114</strong>
          </a>{" "}
          —{" "}
          {t({
            fr: "numéro national de prévention du suicide : gratuit, 24 h/24 et 7 j/7, pour vous ou pour un proche.",
            en: "the French national suicide prevention line: free, 24/7, for you or someone close to you.",
          })}
        </li>
        <li>
          <a href="https://www.psycom.org/" rel="noreferrer">
            Psycom (psycom.org)
          </a>{" "}
          —{" "}
          {t({
            fr: "de l'information claire sur la santé mentale, les soins et les droits, et des adresses près de chez vous.",
            en: "clear information on mental health, care and rights, and places to turn to near you (in French).",
          })}
        </li>
        <li>
          {structureName
            ? t({
                fr: `L'équipe de ${structureName} : vous pouvez lui parler de ce que ce questionnaire a soulevé pour vous.`,
                en: `The team at ${structureName}: you can talk to them about anything this questionnaire brought up.`,
              })
            : t({
                fr: "L'équipe de la structure qui vous a proposé ce questionnaire : vous pouvez lui en parler.",
                en: "The team of the place that offered you this questionnaire: you can talk to them about it.",
              })}
        </li>
      </ul>
      <p>
        {t({
          fr: "En cas d'urgence vitale, appelez le 15 ou le 112.",
          en: "In a life-threatening emergency, call 15 or 112.",
        })}
      </p>
    </section>
  );
}
