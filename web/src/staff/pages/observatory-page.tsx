import { useText } from "../../shared/locale.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { RegionOpenFigures } from "../region/region-open-figures.tsx";
import { words } from "../words.ts";

/**
 * The observatory's open regional figures: public, linkable, no sign-in — the same figures and the same
 * disclosure control as everywhere else, no structure named.
 */
export default function ObservatoryPage({ region }: { region: string }) {
  const t = useText();
  const title = t(words.observatoryPage.regionalPeerSupportObservatory);
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{t(words.observatoryPage.openFiguresComputedFrom)}</p>
      <RegionOpenFigures region={region} />
    </>
  );
}
