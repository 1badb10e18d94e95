import { useText } from "../../shared/locale.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";

export function NotFoundPage() {
  const t = useText();
  usePageTitle(t({ fr: "Page introuvable", en: "Page not found" }));
  return (
    <>
      <h1>{t({ fr: "Page introuvable", en: "Page not found" })}</h1>
      <p>
        <Link href="/">{t({ fr: "Retour à l'accueil", en: "Back to the home page" })}</Link>
      </p>
    </>
  );
}
