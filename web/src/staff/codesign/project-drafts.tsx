import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { Link } from "../router.tsx";
import type { DraftSummary } from "./codesign-api.ts";
import { words, DRAFT_STATUS_LABELS, wordsOf } from "./words.ts";
import { versionHref } from "./version-href.ts";

/** The project's drafts with their status in words; a published one links to its version. */
export function ProjectDrafts({ drafts }: { drafts: DraftSummary[] }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t(words.projectDrafts.drafts)}</h2>
      {drafts.length === 0 ? (
        <p>{t(words.projectDrafts.noDraftYet)}</p>
      ) : (
        <ul className="card-list">
          {drafts.map((d) => (
            <li key={d.id} className="card">
              <h3 className="card-title">
                <Link href={`/brouillons/${d.id}`}>{t(d.title)}</Link>
              </h3>
              <p>
                <span className="status-badge">{t(wordsOf(DRAFT_STATUS_LABELS, d.status))}</span>
              </p>
              <p className="muted">
                {t(words.common.revisionTitle)} {d.revision} · {t(words.projectDrafts.changed)} {formatDate(d.updatedAt, locale, true)}
              </p>
              {d.published && (
                <p>
                  <Link href={versionHref(d.published.slug, d.published.version)}>
                    {t(words.projectDrafts.seePublishedVersion(d.published.version))}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
