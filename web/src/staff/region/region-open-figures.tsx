import { useAsync } from "../use-async.ts";
import { hasLabelFigures, RegionLabelOverview } from "../label/region-label.tsx";
import { loadRegionLabel } from "../label/label-api.ts";
import { RegionFigures } from "./region-figures.tsx";

/**
 * The region's open figures: the label overview and the questionnaires' figures. The page opens on whichever
 * has released figures — the label overview when the units rule lets it through, else the patients' figures —
 * never on an empty view.
 */
export function RegionOpenFigures({ region }: { region: string }) {
  const [label] = useAsync(() => loadRegionLabel(region), [region]);
  const overview = label.status === "ready" ? <RegionLabelOverview label={label.data} /> : null;
  const labelFirst = label.status === "ready" && hasLabelFigures(label.data);
  return (
    <>
      {labelFirst && overview}
      <RegionFigures region={region} />
      {!labelFirst && overview}
    </>
  );
}
