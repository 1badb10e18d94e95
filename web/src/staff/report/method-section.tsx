import { useText } from "../../shared/locale.tsx";

/** How the figures are made, in plain words; the printed report links here for the threshold. */
export function MethodSection({ threshold, method }: { threshold: number; method: string }) {
  const t = useText();
  return (
    <section id="methode" aria-labelledby="methode-title" className="method">
      <h2 id="methode-title">{t({ fr: "Méthode", en: "Method" })}</h2>
      <p>
        {t({
          fr: `Seuil d'anonymat : aucun chiffre n'est montré s'il repose sur moins de ${threshold} réponses. Un chiffre peut aussi être masqué pour qu'on ne puisse pas retrouver un chiffre masqué par soustraction (suppression secondaire), et une comparaison demande au moins 3 autres structures dans le groupe.`,
          en: `Anonymity threshold: no figure is shown if it rests on fewer than ${threshold} responses. A figure may also be hidden so that a hidden figure cannot be found by subtraction (secondary suppression), and a comparison needs at least 3 other structures in the group.`,
        })}
      </p>
      <p>
        {t({
          fr: "Les scores vont de 0 à 100 ; les proportions sont en %. L'intervalle à 95 % dit la marge d'incertitude due au nombre de réponses. Les quartiles et la médiane décrivent les structures du groupe, chacune comptant pour une ; le rang centile dit la part des structures du groupe dont la valeur est plus basse.",
          en: "Scores run from 0 to 100; proportions are in %. The 95% interval gives the uncertainty due to the number of responses. Quartiles and median describe the structures of the group, each counting once; the percentile rank is the share of the group's structures with a lower value.",
        })}
      </p>
      <p>
        {t({ fr: "Version de la méthode", en: "Method version" })} : {method}.{" "}
        {t({
          fr: "Seules les périodes terminées (trimestres clos) sont prises en compte.",
          en: "Only completed periods (closed quarters) are counted.",
        })}
      </p>
    </section>
  );
}
