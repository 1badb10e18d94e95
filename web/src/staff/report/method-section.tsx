import { useText } from "../../shared/locale.tsx";
import { words } from "../words.ts";

/** How the figures are made, in plain words; the printed report links here for the threshold. */
export function MethodSection({ threshold, method }: { threshold: number; method: string }) {
  const t = useText();
  return (
    <section id="methode" aria-labelledby="methode-title" className="method">
      <h2 id="methode-title">{t(words.common.method)}</h2>
      <p>
        {t({
          fr: `Seuil d'anonymat : aucun chiffre n'est montré s'il repose sur moins de ${threshold} réponses. Un chiffre peut aussi être masqué pour qu'on ne puisse pas retrouver un chiffre masqué par soustraction (suppression secondaire), et une comparaison demande au moins 3 autres structures dans le groupe.`,
          en: `Anonymity threshold: no figure is shown if it rests on fewer than ${threshold} responses. A figure may also be hidden so that a hidden figure cannot be found by subtraction (secondary suppression), and a comparison needs at least 3 other structures in the group.`,
        })}
      </p>
      <p>{t(words.methodSection.scoresRunFrom0)}</p>
      <p>
        {t(words.methodSection.methodVersion)} : {method}. {t(words.methodSection.onlyCompletedPeriodsClosed)}
      </p>
    </section>
  );
}
