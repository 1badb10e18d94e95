import { useState, type FormEvent } from "react";
import type { ApiErrorCode } from "../shared/api-error.ts";
import { useText } from "../shared/locale.tsx";
import { HelpResources } from "./help-resources.tsx";
import { PageFrame, PageTitle } from "./page-frame.tsx";

export function SendingPage() {
  const t = useText();
  return (
    <PageFrame>
      <PageTitle>{t({ fr: "Envoi de vos réponses…", en: "Sending your answers…" })}</PageTitle>
      <p className="r-lead" role="status">
        {t({ fr: "Un instant, s'il vous plaît.", en: "One moment, please." })}
      </p>
    </PageFrame>
  );
}

/** The answers are safe on the device and will leave it by themselves when the network returns. */
export function WaitingPage({ offline, onRetry }: { offline: boolean; onRetry: () => void }) {
  const t = useText();
  return (
    <PageFrame>
      <PageTitle>{t({ fr: "Vos réponses sont bien gardées", en: "Your answers are safe" })}</PageTitle>
      <div role="status">
        <p className="r-lead">
          {offline
            ? t({
                fr: "Il n'y a pas de réseau pour le moment. Vos réponses sont enregistrées sur cet appareil et seront envoyées dès que la connexion reviendra — vous n'avez rien à refaire.",
                en: "There is no network right now. Your answers are saved on this device and will be sent as soon as the connection is back — you have nothing to do again.",
              })
            : t({
                fr: "Le serveur n'a pas pu les recevoir pour le moment. Elles sont enregistrées sur cet appareil et seront envoyées un peu plus tard — vous n'avez rien à refaire.",
                en: "The server could not receive them just now. They are saved on this device and will be sent a little later — you have nothing to do again.",
              })}
        </p>
        <p>
          {t({
            fr: "Vous pouvez laisser cette page ouverte, ou revenir plus tard avec le même lien : l'envoi se fera à ce moment-là. Une fois envoyées, elles sont effacées de l'appareil.",
            en: "You can leave this page open, or come back later with the same link: they will be sent then. Once sent, they are erased from the device.",
          })}
        </p>
      </div>
      <button type="button" className="r-button" onClick={onRetry}>
        {t({ fr: "Réessayer maintenant", en: "Try again now" })}
      </button>
    </PageFrame>
  );
}

const REFUSALS: Partial<Record<ApiErrorCode, { fr: string; en: string }>> = {
  invitation_used: {
    fr: "Ce code d'invitation a déjà servi : chaque code ne permet qu'une seule réponse. Si vous pensez que c'est une erreur, demandez un nouveau code à la structure.",
    en: "This invitation code has already been used: each code allows one answer only. If you think this is a mistake, ask the place for a new code.",
  },
  invitation_required: {
    fr: "Ce code d'invitation n'a pas été reconnu. Vérifiez-le (sur le papier qui vous a été remis) et réessayez.",
    en: "This invitation code was not recognised. Check it (on the slip you were given) and try again.",
  },
  campaign_not_open: {
    fr: "Le questionnaire a été fermé ou mis en pause entre-temps : vos réponses n'ont pas pu être reçues. Merci du temps que vous y avez consacré.",
    en: "The questionnaire was closed or paused in the meantime: your answers could not be received. Thank you for the time you gave it.",
  },
  campaign_not_found: {
    fr: "Ce questionnaire n'existe plus : vos réponses n'ont pas pu être reçues.",
    en: "This questionnaire no longer exists: your answers could not be received.",
  },
  invalid_answers: {
    fr: "Certaines réponses n'ont pas pu être acceptées (le questionnaire a peut-être changé entre-temps). Vous pouvez le recommencer avec le même lien.",
    en: "Some answers could not be accepted (the questionnaire may have changed in the meantime). You can start again with the same link.",
  },
};

/**
 * The server refused the answers for good. Nothing is left on the device; the answers are only kept in this
 * page's memory so that a mistyped invitation code can be corrected without answering again.
 */
export function RefusedPage({
  code,
  onRetryWithInvitation,
}: {
  code: ApiErrorCode;
  onRetryWithInvitation?: ((invitation: string) => void) | undefined;
}) {
  const t = useText();
  const [typed, setTyped] = useState("");
  const retry = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== "" && onRetryWithInvitation) onRetryWithInvitation(typed.trim());
  };
  return (
    <PageFrame>
      <PageTitle>{t({ fr: "Vos réponses n'ont pas pu être reçues", en: "Your answers could not be received" })}</PageTitle>
      <p className="r-lead">
        {t(
          REFUSALS[code] ?? {
            fr: "Le serveur n'a pas accepté ces réponses. Vous pouvez recommencer avec le même lien.",
            en: "The server did not accept these answers. You can start again with the same link.",
          },
        )}
      </p>
      <p>
        {t({
          fr: "Rien de vos réponses n'est resté enregistré sur cet appareil.",
          en: "Nothing of your answers has been left stored on this device.",
        })}
      </p>
      {code === "invitation_required" && onRetryWithInvitation && (
        <form onSubmit={retry} noValidate className="r-start">
          <div className="r-field">
            <label htmlFor="invitation-retry">{t({ fr: "Votre code d'invitation", en: "Your invitation code" })}</label>
            <input
              id="invitation-retry"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <button type="submit" className="r-button r-button-primary">
            {t({ fr: "Envoyer avec ce code", en: "Send with this code" })}
          </button>
        </form>
      )}
      <HelpResources />
    </PageFrame>
  );
}
