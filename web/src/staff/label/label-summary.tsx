import { useText } from "../../shared/locale.tsx";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { LABEL_LEVEL_LABELS, labelOf, words } from "../words.ts";
import { loadLabel } from "./label-api.ts";

/** The label at a glance on the structure's dashboard, from its latest self-assessment. */
export function LabelSummary({ structureId }: { structureId: number }) {
  const t = useText();
  const w = words.label;
  const [state] = useAsync(() => loadLabel(structureId), [structureId]);
  if (state.status !== "ready") return null;
  const { profile } = state.data;
  return (
    <section aria-labelledby="label-summary" className="no-print label-summary">
      <h2 id="label-summary">{t(w.label)}</h2>
      {profile ? (
        <p>
          <strong>{t(labelOf(LABEL_LEVEL_LABELS, profile.level))}</strong> — {profile.metCount} {t(w.criteriaMet)} {profile.criteria.length}
        </p>
      ) : (
        <p>{t(w.noAssessment)}</p>
      )}
      <Link href={`/structures/${structureId}/label`}>{t(w.openProfile)}</Link>
    </section>
  );
}
