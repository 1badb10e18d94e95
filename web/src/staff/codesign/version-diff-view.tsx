import { useText, type Text } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { ChangeList } from "./change-list.tsx";
import { loadDiff, type VersionDiff } from "./codesign-api.ts";
import { words, CHANGE_CLASS_LABELS, CHANGE_CLASSES, wordsOf } from "./words.ts";
import { changeTitle } from "./change-texts.ts";
import { targetName } from "./target-names.ts";

/** Why the benchmarks pool the two versions or keep them apart, from what the diff and the decisions show. */
function poolingReasons(diff: VersionDiff, nameOf: (key: string) => string): Text[] {
  const reasons: Text[] = [];
  if (diff.pooled) {
    reasons.push(words.versionDiffView.sameScaleSameScored);
    for (const d of diff.decisions.filter((d) => !d.comparable)) {
      reasons.push(words.versionDiffView.wasJudgedNotComparable(nameOf(d.key)));
    }
    return reasons;
  }
  for (const d of diff.decisions.filter((d) => !d.comparable)) {
    const note = d.note ? ` (« ${d.note} »)` : "";
    reasons.push(words.versionDiffView.versionTeamJudgedRewording(d.version, nameOf(d.key), note));
  }
  const breaks = diff.changes.filter((c) => c.class === "breaking" && c.scored).map((c) => nameOf(c.key));
  if (breaks.length > 0) reasons.push(words.versionDiffView.wayScoresAreComputed(breaks.join(", ")));
  if (reasons.length === 0) reasons.push(words.versionDiffView.scoresAreComputedDifferently);
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
          {diff.pooled ? t(words.versionDiffView.resultsTheseTwoVersions) : t(words.versionDiffView.resultsTheseTwoVersionsAre)}
        </h2>
        <ul>
          {poolingReasons(diff, nameOf).map((reason, i) => (
            <li key={i}>{t(reason)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="diff-title">
        <h2 id="diff-title">{t(words.versionDiffView.changesFromVersionVersion(from, to))}</h2>
        <p>{CHANGE_CLASSES.map((cls) => `${t(wordsOf(CHANGE_CLASS_LABELS, cls))} : ${diff.summary[cls]}`).join(" · ")}</p>
        {diff.changes.length === 0 ? <p>{t(words.versionDiffView.noChange)}</p> : <ChangeList changes={diff.changes} headingLevel={3} />}
      </section>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t(words.versionDiffView.recordedDecisions)}</h2>
        {diff.decisions.length === 0 ? (
          <p>{t(words.versionDiffView.noDecisionBetweenThese)}</p>
        ) : (
          <ul>
            {diff.decisions.map((d) => (
              <li key={`${d.version}-${d.key}`}>
                {t(words.versionDiffView.versionNumber(d.version))} — {nameOf(d.key)} :{" "}
                <strong>{d.comparable ? t(words.versionDiffView.resultsComparable) : t(words.versionDiffView.resultsNotComparable)}</strong>
                {d.note && <> — « {d.note} »</>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
