import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { Link } from "../router.tsx";
import type { Draft } from "./codesign-api.ts";
import { words, DRAFT_STATUS_LABELS, wordsOf } from "./words.ts";
import { versionHref } from "./version-href.ts";

/** The draft's title, project, status, revision, and who saved it last. */
export function DraftHeader({ draft }: { draft: Draft }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <>
      <p>
        <Link href={`/projets/${draft.project.id}`}>← {draft.project.name}</Link>
      </p>
      <h1>{t(draft.content.title) || draft.slug}</h1>
      <ul className="draft-meta">
        <li>
          <span className="status-badge">{t(wordsOf(DRAFT_STATUS_LABELS, draft.status))}</span>
        </li>
        <li>
          {t(words.common.revisionTitle)} {draft.revision}
        </li>
        <li>
          {t(words.draftHeader.lastChange)} : {formatDate(draft.updatedAt, locale, true)}
          {draft.updatedBy?.displayName ? ` ${t(words.draftHeader.by)} ${draft.updatedBy.displayName}` : ""}
        </li>
        <li>
          {draft.baseVersion
            ? t(words.draftHeader.fromVersion(draft.baseVersion.version, draft.baseVersion.slug))
            : t(words.draftHeader.newQuestionnaire(draft.slug))}
        </li>
      </ul>
      {draft.published && (
        <p className="notice">
          {t(words.draftHeader.draftPublishedNoLonger)}
          <Link href={versionHref(draft.published.slug, draft.published.version)}>
            {t(words.draftHeader.seeVersion(draft.published.version))}
          </Link>
        </p>
      )}
    </>
  );
}
