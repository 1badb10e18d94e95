import { useLocale, useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { loadVersionHistory } from "./codesign-api.ts";

/** How a version was made: its project, when it was published, who approved which revision. */
export function VersionHistoryView({ slug, version }: { slug: string; version: number }) {
  const t = useText();
  const { locale } = useLocale();
  const [state] = useAsync(() => loadVersionHistory(slug, version), [slug, version]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t({ fr: `Comment la version ${version} a été faite`, en: `How version ${version} was made` })}</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.project === null ? (
          <p>
            {t({
              fr: "Version de la bibliothèque, importée de ses fichiers : elle n'a pas été écrite dans un projet de co-construction.",
              en: "A library version, imported from its files: it was not written in a co-design project.",
            })}
          </p>
        ) : (
          <>
            <p>
              {t({ fr: "Écrite dans le projet", en: "Written in the project" })}{" "}
              <Link href={`/projets/${state.data.project.id}`}>{state.data.project.name}</Link>
              {state.data.publishedAt &&
                `, ${t({ fr: "publiée le", en: "published on" })} ${formatDate(state.data.publishedAt, locale, true)}`}
              .
            </p>
            <h3>{t({ fr: "Approbations", en: "Approvals" })}</h3>
            <ul>
              {state.data.approvals.map((a) => (
                <li key={`${a.userId}-${a.revision}`}>
                  {a.displayName ?? t({ fr: "Compte supprimé", en: "Deleted account" })} ({t(labelOf(BACKGROUND_LABELS, a.background))}) —{" "}
                  {t({ fr: "révision", en: "revision" })} {a.revision}, {formatDate(a.createdAt, locale, true)}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
