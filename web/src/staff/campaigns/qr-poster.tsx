import { useRef } from "react";
import { useText } from "../../shared/locale.tsx";
import { printPart } from "../print-part.ts";
import { campaignUrl } from "./campaign-api.ts";
import { QrImage } from "./qr-image.tsx";
import { words } from "../words.ts";

/**
 * The waiting-room poster, always in French (it is for the people who come in, whatever the staff's
 * language). Printed alone, on one A4 page.
 */
export function QrPoster({ code, structureName, questionnaireTitle }: { code: string; structureName: string; questionnaireTitle: string }) {
  const t = useText();
  const poster = useRef<HTMLDivElement>(null);
  const url = campaignUrl(code);
  return (
    <section aria-labelledby={`poster-${code}`}>
      <h3 id={`poster-${code}`}>{t(words.qrPoster.qrCodePosterFrench)}</h3>
      <div className="poster" ref={poster} lang="fr">
        {/* A level below the section's own heading, so the page's outline stays right; sized as a title by the CSS. */}
        <h4 className="poster-title">Votre avis compte</h4>
        <p>
          <strong>{structureName}</strong> vous invite à répondre au questionnaire « {questionnaireTitle} ».
        </p>
        <QrImage value={url} size={480} alt={`QR code vers ${url}`} />
        <p>Scannez ce code avec l'appareil photo de votre téléphone, ou tapez l'adresse :</p>
        <p className="link-box">{url}</p>
        <p>
          C'est anonyme : on ne vous demande ni nom, ni adresse. Les résultats ne sont publiés que de façon groupée, jamais pour une
          personne.
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={() => printPart(poster.current)}>
          {t(words.qrPoster.printPoster)}
        </button>
      </div>
    </section>
  );
}
