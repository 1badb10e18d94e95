import { useLocale, useText } from "../shared/locale.tsx";
import { HelpResources } from "./help-resources.tsx";
import { PageFrame, PageTitle } from "./page-frame.tsx";

export type Unavailable = "not_found" | "closed" | "paused" | "not_yet_open" | "offline" | "failed";

const TEXTS: Record<Unavailable, { title: { fr: string; en: string }; text: { fr: string; en: string } }> = {
  not_found: {
    title: { fr: "Nous ne trouvons pas ce questionnaire", en: "We cannot find this questionnaire" },
    text: {
      fr: "Le lien est peut-être incomplet ou mal recopié. Vérifiez-le, ou demandez-le à nouveau à la structure qui vous l'a donné.",
      en: "The link may be incomplete or mistyped. Check it, or ask the place that gave it to you for it again.",
    },
  },
  closed: {
    title: { fr: "Ce questionnaire est terminé", en: "This questionnaire has ended" },
    text: {
      fr: "Il ne reçoit plus de réponses. Merci de l'intérêt que vous lui portez.",
      en: "It no longer takes answers. Thank you for your interest.",
    },
  },
  paused: {
    title: { fr: "Ce questionnaire est en pause", en: "This questionnaire is paused" },
    text: {
      fr: "La structure a suspendu les réponses pour le moment. Vous pourrez réessayer plus tard avec le même lien.",
      en: "The place running it has paused answers for now. You can try again later with the same link.",
    },
  },
  not_yet_open: {
    title: { fr: "Ce questionnaire n'est pas encore ouvert", en: "This questionnaire is not open yet" },
    text: {
      fr: "Revenez avec le même lien à partir de la date d'ouverture.",
      en: "Come back with the same link from the opening date.",
    },
  },
  offline: {
    title: { fr: "Pas de connexion pour le moment", en: "No connection right now" },
    text: {
      fr: "Le questionnaire n'a pas pu être chargé. Vérifiez votre connexion puis réessayez.",
      en: "The questionnaire could not be loaded. Check your connection, then try again.",
    },
  },
  failed: {
    title: { fr: "Le questionnaire n'a pas pu s'ouvrir", en: "The questionnaire could not open" },
    text: {
      fr: "Un problème de notre côté nous empêche de l'afficher. Réessayez dans quelques minutes.",
      en: "A problem on our side prevents showing it. Please try again in a few minutes.",
    },
  },
};

/** A kind page for every reason the questionnaire cannot be answered now — never an error dump. */
export function UnavailablePage({
  reason,
  opensAt,
  structureName,
}: {
  reason: Unavailable;
  opensAt?: string | undefined;
  structureName?: string | undefined;
}) {
  const t = useText();
  const { locale } = useLocale();
  const { title, text } = TEXTS[reason];
  const retry = reason === "offline" || reason === "failed";
  return (
    <PageFrame>
      <PageTitle>{t(title)}</PageTitle>
      <p className="r-lead">{t(text)}</p>
      {reason === "not_yet_open" && opensAt && (
        <p>
          {t({ fr: "Ouverture : ", en: "Opens: " })}
          <strong>
            {new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
              dateStyle: "long",
              timeStyle: "short",
              timeZone: "Europe/Paris",
            }).format(new Date(opensAt))}
          </strong>
        </p>
      )}
      {retry && (
        <button type="button" className="r-button" onClick={() => window.location.reload()}>
          {t({ fr: "Réessayer", en: "Try again" })}
        </button>
      )}
      <HelpResources structureName={structureName} />
    </PageFrame>
  );
}
