import { ErrorList } from "@web/shared/forms.tsx";
import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { words } from "../words.ts";

/**
 * What an invitation form shows once it is sent: the error, or the link to pass on — shown this once, since
 * only its hash is kept — and until when it works. A live region, so that screen readers announce it.
 */
export function InvitationResult({ error, result }: { error: string | null; result: { link: string; expiresAt: string } | null }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <div role="status">
      <ErrorList errors={[error]} />
      {result && (
        <div className="card">
          <p className="success">{t(words.invitationResult.invitationCreatedPassLink)}</p>
          <p className="link-box">{result.link}</p>
          <p className="hint">
            {t(words.invitationResult.validUntil)} {formatDate(result.expiresAt, locale, true)}
          </p>
        </div>
      )}
    </div>
  );
}
