import { useLocale, useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { formatDate } from "../format.ts";
import type { Approvals } from "./codesign-api.ts";
import { words, MISSING_APPROVAL_LABELS, wordsOf } from "./words.ts";

type Approval = Approvals["current"][number];

function Who({ approval }: { approval: Approval }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <>
      <strong>{approval.displayName ?? t(words.common.deletedAccount)}</strong> ({t(labelOf(BACKGROUND_LABELS, approval.background))}) —{" "}
      {formatDate(approval.createdAt, locale, true)}
    </>
  );
}

/** Who approved the current revision, and what is still missing, in words. */
export function CurrentApprovals({ approvals, revision }: { approvals: Approvals; revision: number }) {
  const t = useText();
  return (
    <>
      <h3>{t(words.approvalsList.approvalsRevision(revision))}</h3>
      {approvals.current.length === 0 ? (
        <p>{t(words.approvalsList.nobodyHasApprovedRevision)}</p>
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
        <p className="success">{t(words.approvalsList.approvalsNeededAreAll)}</p>
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
      <h3>{t(words.approvalsList.approvalHistory)}</h3>
      <ul>
        {approvals.history.map((a) => (
          <li key={`${a.userId}-${a.revision}`}>
            <Who approval={a} /> · {t(words.common.revision)} {a.revision}
            {a.revision !== revision && ` ${t(words.approvalsList.noLongerCountsDraft)}`}
          </li>
        ))}
      </ul>
    </>
  );
}
