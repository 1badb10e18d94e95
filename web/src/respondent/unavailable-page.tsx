import { useLocale, useText } from "../shared/locale.tsx";
import { HelpResources } from "./help-resources.tsx";
import { PageFrame, PageTitle } from "./page-frame.tsx";
import { words, type Unavailable } from "./words.ts";

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
  const { title, text } = words.unavailable.reasons[reason];
  const retry = reason === "offline" || reason === "failed";
  return (
    <PageFrame>
      <PageTitle>{t(title)}</PageTitle>
      <p className="r-lead">{t(text)}</p>
      {reason === "not_yet_open" && opensAt && (
        <p>
          {t(words.unavailable.opens)}
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
          {t(words.unavailable.retry)}
        </button>
      )}
      <HelpResources structureName={structureName} />
    </PageFrame>
  );
}
