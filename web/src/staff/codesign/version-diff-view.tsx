import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { ChangeList } from "./change-list.tsx";
import { loadDiff, type VersionDiff } from "./codesign-api.ts";
import { CHANGE_CLASS_LABELS, CHANGE_CLASSES, wordsOf } from "./codesign-words.ts";
import { changeTitle } from "./change-texts.ts";
import { targetName } from "./target-names.ts";

type Text = { fr: string; en: string };

/** Why the benchmarks pool the two versions or keep them apart, from what the diff and the decisions show. */
function poolingReasons(diff: VersionDiff, nameOf: (key: string) => string): Text[] {
  const reasons: Text[] = [];
  if (diff.pooled) {
    reasons.push({
      fr: "Même échelle, mêmes questions comptées avec les mêmes réponses possibles, et aucune reformulation d'une question comptée jugée non comparable entre les deux.",
      en: "Same scale, same scored questions with the same possible answers, and no rewording of a scored question judged not comparable in between.",
    });
    for (const d of diff.decisions.filter((d) => !d.comparable)) {
      reasons.push({
        fr: `${nameOf(d.key)} a été jugée non comparable, mais ne compte dans aucun score : les comparaisons ne s'en servent pas.`,
        en: `${nameOf(d.key)} was judged not comparable, but counts in no score: comparisons do not use it.`,
      });
    }
    return reasons;
  }
  for (const d of diff.decisions.filter((d) => !d.comparable)) {
    const note = d.note ? ` (« ${d.note} »)` : "";
    reasons.push({
      fr: `À la version ${d.version}, l'équipe a jugé que la reformulation de ${nameOf(d.key)} rend les résultats non comparables${note}.`,
      en: `At version ${d.version}, the team judged that rewording ${nameOf(d.key)} makes results not comparable${note}.`,
    });
  }
  const breaks = diff.changes.filter((c) => c.class === "breaking" && c.scored).map((c) => nameOf(c.key));
  if (breaks.length > 0)
    reasons.push({
      fr: `Le calcul des scores a changé : ${breaks.join(", ")}.`,
      en: `The way scores are computed changed: ${breaks.join(", ")}.`,
    });
  if (reasons.length === 0)
    reasons.push({
      fr: "Le calcul des scores diffère entre les deux versions.",
      en: "Scores are computed differently in the two versions.",
    });
  return reasons;
}

/** The changes between two versions by class, the recorded decisions, and whether results are pooled. */
export function VersionDiffView({ slug, from, to }: { slug: string; from: number; to: number }) {
  const t = useText();
  const [state] = useAsync(() => loadDiff(slug, from, to), [slug, from, to]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const diff = state.data;
  const nameOf = (key: string) => {
    const change = diff.changes.find((c) => c.key === key);
    const title = change ? changeTitle(change) : "";
    return targetName(key, undefined, t) + (title && key.includes(":") ? ` — ${title}` : "");
  };
  return (
    <>
      <section aria-labelledby="pooling-title" className="notice">
        <h2 id="pooling-title">
          {diff.pooled
            ? t({
                fr: "Les résultats de ces deux versions sont regroupés dans les comparaisons régionales",
                en: "Results of these two versions are pooled in the regional comparisons",
              })
            : t({
                fr: "Les résultats de ces deux versions ne sont pas regroupés dans les comparaisons régionales",
                en: "Results of these two versions are not pooled in the regional comparisons",
              })}
        </h2>
        <ul>
          {poolingReasons(diff, nameOf).map((reason, i) => (
            <li key={i}>{t(reason)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="diff-title">
        <h2 id="diff-title">
          {t({ fr: `Changements de la version ${from} à la version ${to}`, en: `Changes from version ${from} to version ${to}` })}
        </h2>
        <p>{CHANGE_CLASSES.map((cls) => `${t(wordsOf(CHANGE_CLASS_LABELS, cls))} : ${diff.summary[cls]}`).join(" · ")}</p>
        {diff.changes.length === 0 ? (
          <p>{t({ fr: "Aucun changement.", en: "No change." })}</p>
        ) : (
          <ChangeList changes={diff.changes} headingLevel={3} />
        )}
      </section>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t({ fr: "Décisions enregistrées", en: "Recorded decisions" })}</h2>
        {diff.decisions.length === 0 ? (
          <p>{t({ fr: "Aucune décision entre ces deux versions.", en: "No decision between these two versions." })}</p>
        ) : (
          <ul>
            {diff.decisions.map((d) => (
              <li key={`${d.version}-${d.key}`}>
                {t({ fr: `Version ${d.version}`, en: `Version ${d.version}` })} — {nameOf(d.key)} :{" "}
                <strong>
                  {d.comparable
                    ? t({ fr: "résultats comparables", en: "results comparable" })
                    : t({ fr: "résultats non comparables", en: "results not comparable" })}
                </strong>
                {d.note && <> — « {d.note} »</>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
