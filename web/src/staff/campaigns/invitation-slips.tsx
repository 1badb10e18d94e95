import { useRef } from "react";
import { useText } from "../../shared/locale.tsx";
import { printPart } from "../print-part.ts";
import { campaignUrl } from "./campaign-api.ts";
import { QrImage } from "./qr-image.tsx";
import { words } from "../words.ts";

/** Past this many slips, a QR code each would make the page slow; the link alone is printed. */
const MAX_QR_SLIPS = 300;

/**
 * One slip per invitation, to cut and hand out: each link answers once. The tokens exist only here (the API
 * keeps their hashes), so they must be printed or saved now.
 */
export function InvitationSlips({ code, tokens, questionnaireTitle }: { code: string; tokens: string[]; questionnaireTitle: string }) {
  const t = useText();
  const slips = useRef<HTMLDivElement>(null);
  return (
    <section aria-labelledby={`slips-${code}`}>
      <h3 id={`slips-${code}`}>
        {t(words.invitationSlips.individualInvitations)} ({tokens.length})
      </h3>
      <p className="suppressed">{t(words.invitationSlips.theseLinksAreShown)}</p>
      <div className="actions">
        <button type="button" onClick={() => printPart(slips.current)}>
          {t(words.invitationSlips.printInvitations)}
        </button>
      </div>
      <div className="slips" ref={slips} lang="fr">
        {tokens.map((token) => {
          const url = campaignUrl(code, token);
          return (
            <div className="slip" key={token}>
              <p>
                <strong>Invitation personnelle</strong> — « {questionnaireTitle} »
              </p>
              {tokens.length <= MAX_QR_SLIPS && <QrImage value={url} size={120} alt="QR code de l'invitation" />}
              <p className="link-box">{url}</p>
              <p className="hint">Anonyme. Ce lien ne sert qu'une fois.</p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
