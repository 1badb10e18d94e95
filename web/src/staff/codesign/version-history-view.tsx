import { useLocale, useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { loadVersionHistory } from "./codesign-api.ts";
import { words } from "./words.ts";

/** How a version was made: its project, when it was published, who approved which revision. */
export function VersionHistoryView({ slug, version }: { slug: string; version: number }) {
  const t = useText();
  const { locale } = useLocale();
  const [state] = useAsync(() => loadVersionHistory(slug, version), [slug, version]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t(words.versionHistoryView.howVersionWasMade(version))}</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.project === null ? (
          <p>{t(words.versionHistoryView.libraryVersionImportedFrom)}</p>
        ) : (
          <>
            <p>
              {t(words.versionHistoryView.writtenProject)} <Link href={`/projets/${state.data.project.id}`}>{state.data.project.name}</Link>
              {state.data.publishedAt && `, ${t(words.versionHistoryView.published)} ${formatDate(state.data.publishedAt, locale, true)}`}.
            </p>
            <h3>{t(words.versionHistoryView.approvals)}</h3>
            <ul>
              {state.data.approvals.map((a) => (
                <li key={`${a.userId}-${a.revision}`}>
                  {a.displayName ?? t(words.common.deletedAccount)} ({t(labelOf(BACKGROUND_LABELS, a.background))}) —{" "}
                  {t(words.common.revision)} {a.revision}, {formatDate(a.createdAt, locale, true)}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
