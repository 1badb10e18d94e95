import { useText } from "../../shared/locale.tsx";

/** How the figures are made, in plain words; the printed report links here for the threshold. */
export function MethodSection({ threshold, method }: { threshold: number; method: string }) {
  const t = useText();
  return (
    <section id="methode" aria-labelledby="methode-title" className="method">
      <h2 id="methode-title">{t({ fr: "Méthode", en: "Method" })}</h2>
      <p>
        {t({
          fr: `Seuil d'anonymat : aucun chiffre n'est montré s'il repose sur moins de ${threshold} réponses, et un groupe de comparaison réunit au moins 4 structures. Les chiffres sont publiés une fois par trimestre dans un registre qui ne change plus ; avant chaque publication, un vérificateur s'assure qu'aucune combinaison de chiffres, même avec les publications précédentes, n'isole moins de 4 structures. Sinon le chiffre n'est pas mis à jour et sa dernière valeur publiée reste affichée, avec sa date.`,
          en: `Anonymity threshold: no figure is shown if it rests on fewer than ${threshold} responses, and a comparison group holds at least 4 structures. Figures are released once a quarter to a ledger that never changes; before each release, an auditor checks that no combination of figures, earlier releases included, singles out fewer than 4 structures. Otherwise the figure is not updated and its last released value stays on show, with its date.`,
        })}
      </p>
      <p>
        {t({
          fr: "Les scores vont de 0 à 100 ; les proportions sont en %. L'intervalle à 95 % dit la marge d'incertitude due au nombre de réponses. Les quartiles et la médiane (à partir de 10 structures) décrivent les structures du groupe, chacune comptant pour une ; le rang centile (à partir de 20 structures) dit la part des structures du groupe dont la valeur est plus basse ; en dessous, on dit combien de structures sont au-dessus et en dessous de la vôtre.",
          en: "Scores run from 0 to 100; proportions are in %. The 95% interval gives the uncertainty due to the number of responses. Quartiles and median (from 10 structures) describe the structures of the group, each counting once; the percentile rank (from 20 structures) is the share of the group's structures with a lower value; below that, the report says how many structures are above and below yours.",
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
