import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { CRITERION_LEVEL_LABELS, KIND_LABELS, LABEL_LEVEL_LABELS, labelOf, SETTING_LABELS, suppressionText, words } from "../words.ts";
import type { GroupDistribution, RegionLabel } from "./label-api.ts";

type Shown = Exclude<GroupDistribution, { suppressed: true }>;
const isShown = (g: GroupDistribution): g is Shown => !("suppressed" in g);

/** Whether the region's label distribution has anything to show: the pages open on it only then. */
export function hasLabelFigures(label: RegionLabel): boolean {
  return isShown(label.overall);
}

/** The region's label distribution, public: the region, then each kind and setting the units rule lets through. */
export function RegionLabelOverview({ label }: { label: RegionLabel }) {
  const t = useText();
  const { locale } = useLocale();
  const w = words.label;
  const groups: { key: string; name: string; group: GroupDistribution }[] = [
    { key: "region", name: label.region.name ?? label.region.code, group: label.overall },
    ...Object.entries(label.byKind).map(([k, g]) => ({ key: `kind-${k}`, name: t(labelOf(KIND_LABELS, k)), group: g })),
    ...Object.entries(label.bySetting).map(([s, g]) => ({ key: `setting-${s}`, name: t(labelOf(SETTING_LABELS, s)), group: g })),
  ].filter((g) => g.key === "region" || isShown(g.group));
  const counts = (c: Record<string, number> | { suppressed: true }, labels: Record<string, { fr: string; en: string }>) =>
    "suppressed" in c
      ? t(w.withheldDominance)
      : Object.entries(c)
          .map(([k, n]) => `${t(labelOf(labels, k))} : ${n}`)
          .join(" · ");
  return (
    <section aria-labelledby="region-label">
      <h2 id="region-label">{t(w.regionTitle)}</h2>
      <p className="muted">
        {t(w.regionIntro)}
        {label.cutoff && ` (${t(words.common.dataUpTo)} ${formatDate(label.cutoff, locale)})`}
      </p>
      {!isShown(label.overall) && <p>{t(w.regionNone)}</p>}
      {groups
        .filter((g) => isShown(g.group))
        .map(({ key, name, group }) => {
          const g = group as Shown;
          const caption = `${name} — ${g.structures} ${t(w.structuresCount)}${g.asOf ? ` (${t(w.asOf)} ${g.asOf})` : ""}`;
          return (
            <TableBox key={key} label={caption}>
              <table>
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(w.criterion)}</th>
                    <th scope="col">{t(words.regionOpenFigures.all)}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t(w.level)}</th>
                    <td>{counts(g.label, LABEL_LEVEL_LABELS)}</td>
                  </tr>
                  {label.criteria.criteria.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{t(c.title)}</th>
                      <td>{g.criteria[c.id] ? counts(g.criteria[c.id]!, CRITERION_LEVEL_LABELS) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          );
        })}
      {!isShown(label.overall) && label.overall.reason !== "too_few_structures" && (
        <p className="muted">{t(suppressionText(label.overall.reason, 0, label.overall.minStructures))}</p>
      )}
    </section>
  );
}
