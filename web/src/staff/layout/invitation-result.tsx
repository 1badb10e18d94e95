import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";

/**
 * What an invitation form shows once it is sent: the error, or the link to pass on — shown this once, since
 * only its hash is kept — and until when it works. A live region, so that screen readers announce it.
 */
export function InvitationResult({ error, result }: { error: string | null; result: { link: string; expiresAt: string } | null }) {
  const t = useText();
  const { locale } = useLocale();
  return (
    <div role="status">
      {error && <p className="error">{error}</p>}
      {result && (
        <div className="card">
          <p className="success">
            {t({
              fr: "Invitation créée. Transmettez ce lien à la personne : il ne sera plus affiché.",
              en: "Invitation created. Pass this link on to the person: it will not be shown again.",
            })}
          </p>
          <p className="link-box">{result.link}</p>
          <p className="hint">
            {t({ fr: "Valable jusqu'au", en: "Valid until" })} {formatDate(result.expiresAt, locale, true)}
          </p>
        </div>
      )}
    </div>
  );
}
