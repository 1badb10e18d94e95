import { useLocale, useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { formatDate } from "../format.ts";
import type { Approvals } from "./codesign-api.ts";
import { MISSING_APPROVAL_LABELS, wordsOf } from "./codesign-words.ts";

type Approval = Approvals["current"][number];

function Who({ approval }: { approval: Approval }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <>
      <strong>{approval.displayName ?? t({ fr: "Compte supprimé", en: "Deleted account" })}</strong> (
      {t(labelOf(BACKGROUND_LABELS, approval.background))}) — {formatDate(approval.createdAt, locale, true)}
    </>
  );
}

/** Who approved the current revision, and what is still missing, in words. */
export function CurrentApprovals({ approvals, revision }: { approvals: Approvals; revision: number }) {
  const t = useText();
  return (
    <>
      <h3>{t({ fr: `Approbations de la révision ${revision}`, en: `Approvals of revision ${revision}` })}</h3>
      {approvals.current.length === 0 ? (
        <p>{t({ fr: "Personne n'a encore approuvé cette révision.", en: "Nobody has approved this revision yet." })}</p>
      ) : (
        <ul>
          {approvals.current.map((a) => (
            <li key={a.userId}>
              <Who approval={a} />
            </li>
          ))}
        </ul>
      )}
      {approvals.satisfied ? (
        <p className="success">{t({ fr: "Les approbations nécessaires sont réunies.", en: "The approvals needed are all there." })}</p>
      ) : (
        <ul>
          {approvals.missing.map((m) => (
            <li key={m}>{t(wordsOf(MISSING_APPROVAL_LABELS, m))}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every approval ever given to the draft; those of earlier revisions no longer count. */
export function ApprovalHistory({ approvals, revision }: { approvals: Approvals; revision: number }) {
  const t = useText();
  if (approvals.history.length === 0) return null;
  return (
    <>
      <h3>{t({ fr: "Historique des approbations", en: "Approval history" })}</h3>
      <ul>
        {approvals.history.map((a) => (
          <li key={`${a.userId}-${a.revision}`}>
            <Who approval={a} /> · {t({ fr: "révision", en: "revision" })} {a.revision}
            {a.revision !== revision &&
              ` ${t({ fr: "(ne compte plus : le brouillon a changé depuis)", en: "(no longer counts: the draft changed since)" })}`}
          </li>
        ))}
      </ul>
    </>
  );
}
