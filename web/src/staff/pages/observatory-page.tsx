import { useText } from "../../shared/locale.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { RegionFigures } from "../region/region-figures.tsx";

/**
 * The observatory's open regional figures: public, linkable, no sign-in — the same figures and the same
 * disclosure control as everywhere else, no structure named.
 */
export default function ObservatoryPage({ region }: { region: string }) {
  const t = useText();
  const title = t({ fr: "Observatoire régional de la pair-aidance", en: "Regional peer-support observatory" });
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>
        {t({
          fr: "Chiffres ouverts, calculés à partir des réponses anonymes des structures de la région. Aucun chiffre ne repose sur trop peu de personnes pour les protéger.",
          en: "Open figures, computed from the anonymous answers gathered by the region's structures. No figure rests on too few people to protect them.",
        })}
      </p>
      <RegionFigures region={region} />
    </>
  );
}
