import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate, formatNumber } from "../format.ts";
import { TableBox } from "../layout/table-box.tsx";
import { CRITERION_LEVEL_LABELS, LABEL_LEVEL_LABELS, labelOf, RESPONDENT_ROLE_LABELS, words } from "../words.ts";
import type { Label } from "./label-api.ts";

/** A label profile as served (today's, or a certificate's frozen content): level, criteria with their gaps, cross-check. */
export function LabelProfile({ label }: { label: Label }) {
  const t = useText();
  const { locale } = useLocale();
  const w = words.label;
  const { profile, assessment, criteria } = label;
  if (!profile || !assessment) return <p>{t(w.noAssessment)}</p>;
  const titles = new Map(criteria.criteria.map((c) => [c.id, c.title]));
  return (
    <>
      <p className="label-level">
        <strong>{t(labelOf(LABEL_LEVEL_LABELS, profile.level))}</strong> — {profile.metCount} {t(w.criteriaMet)} {profile.criteria.length}
      </p>
      <p className="muted">
        {t(w.answerOf)} {formatDate(assessment.submittedOn, locale)} ({t(assessment.final ? w.agreedFinal : w.notYetFinal)}) ·{" "}
        {t(w.criteriaVersion)} « {t(criteria.title)} », {t(w.version)} {criteria.version} : {t(w.thresholdsRule)} {criteria.thresholds.met}
        /100, {t(w.partlyFrom)} {criteria.thresholds.partlyMet}/100
      </p>
      <TableBox label={t(w.label)}>
        <table>
          <caption>{t(w.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(w.criterion)}</th>
              <th scope="col">{t(w.score)}</th>
              <th scope="col">{t(w.level)}</th>
              <th scope="col">{t(w.toMoveUp)}</th>
            </tr>
          </thead>
          <tbody>
            {profile.criteria.map((c) => (
              <tr key={c.id} data-criterion={c.id}>
                <th scope="row">
                  {t(c.title)}
                  {c.required && <span className="muted"> ({t(w.required)})</span>}
                </th>
                <td>{c.score === null ? "—" : formatNumber(c.score, locale)}</td>
                <td className={`criterion-${c.level}`}>{t(labelOf(CRITERION_LEVEL_LABELS, c.level))}</td>
                <td>
                  {c.level !== "met" && (
                    <>
                      <p>
                        {formatNumber(c.pointsToNextLevel, locale)} {t(w.pointsMissing)}
                      </p>
                      <ul>
                        {c.improvements.slice(0, 2).map((i) => (
                          <li key={i.item}>
                            +{formatNumber(i.gain, locale)} {t(w.gainIf)} « {i.title ? t(i.title) : i.item} »
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <details className="no-print">
                    <summary>{t(w.answersBehind)}</summary>
                    <ul>
                      {c.answers.map((a) => (
                        <li key={a.item}>
                          {a.title ? t(a.title) : a.item} : {a.value ?? "—"}
                          {a.score !== null && ` (${formatNumber(a.score, locale)}/100)`}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <section aria-labelledby="label-cross-check">
        <h2 id="label-cross-check">{t(w.crossCheck)}</h2>
        <p className="muted">{t(w.crossCheckIntro)}</p>
        <ul className="cross-check">
          {label.triangulation.map((c) => (
            <li key={c.id}>
              <strong>{titles.get(c.id) ? t(titles.get(c.id)!) : c.id}</strong> — {t(w.declared)} :{" "}
              {t(labelOf(CRITERION_LEVEL_LABELS, c.declared))}
              {c.lived.length === 0 && <> — {t(w.noLivedMeasure)}</>}
              {c.lived.map((l) => (
                <span key={`${l.role}-${l.indicator}`} className={l.disagrees ? "disagrees" : undefined}>
                  {" "}
                  — {t(w.lived)} ({t(labelOf(RESPONDENT_ROLE_LABELS, l.role))}) :{" "}
                  {l.figure ? (
                    <>
                      {formatNumber(l.figure.value, locale)}/100, {t(w.livedBy)}{" "}
                      {t(l.figure.scope === "structure" ? w.scopeStructure : l.figure.scope === "kind" ? w.scopeKind : w.scopeRegion)}
                    </>
                  ) : (
                    t(w.noLivedFigure)
                  )}
                  {l.disagrees && <strong> ⚠ {t(w.disagree)}</strong>}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
