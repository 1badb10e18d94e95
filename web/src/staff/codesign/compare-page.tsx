import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { navigate, useLocation } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { loadQuestionnaire } from "./codesign-api.ts";
import "./codesign.css";
import { diffHref } from "./version-href.ts";
import { VersionDiffView } from "./version-diff-view.tsx";
import { VersionHistoryView } from "./version-history-view.tsx";
import { VersionQuestionsView } from "./version-questions-view.tsx";
import { Field } from "@web/shared/forms.tsx";
import { words } from "./words.ts";

/** Two published versions side by side: what changed, what the team decided, whether results are pooled. */
export default function ComparePage({ slug }: { slug: string }) {
  const t = useText();
  const { search } = useLocation();
  const [state] = useAsync(() => loadQuestionnaire(slug), [slug]);
  const title = state.status === "ready" ? t(state.data.title) : slug;
  usePageTitle(`${t(words.comparePage.compareVersions)} — ${title}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const versions = state.data.versions.filter((v) => v.status === "published").map((v) => v.version);
  const latest = versions.at(-1) ?? 1;
  const pick = (value: string | null, fallback: number) => (versions.includes(Number(value)) ? Number(value) : fallback);
  const to = pick(search.get("a"), latest);
  const from = pick(search.get("de"), Math.max(versions[0] ?? 1, to - 1));
  const go = (nextFrom: number, nextTo: number) => navigate(diffHref(slug, nextFrom, nextTo), { replace: true });
  return (
    <>
      <h1>
        {title} — {t(words.comparePage.versions)}
      </h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <Field id="compare-from" label={t(words.comparePage.fromVersion)}>
          {(control) => (
            <select {...control} value={from} onChange={(e) => go(Number(e.target.value), to)}>
              {versions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="compare-to" label={t(words.comparePage.version)}>
          {(control) => (
            <select {...control} value={to} onChange={(e) => go(from, Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {from === to ? (
        <>
          <p>{t(words.comparePage.oneVersionChosenVersion(to))}</p>
          <VersionQuestionsView slug={slug} version={to} />
        </>
      ) : (
        <VersionDiffView slug={slug} from={from} to={to} />
      )}
      <VersionHistoryView slug={slug} version={to} />
    </>
  );
}
