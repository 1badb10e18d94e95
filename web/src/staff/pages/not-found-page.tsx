import { useText } from "../../shared/locale.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import { words } from "../words.ts";

export function NotFoundPage() {
  const t = useText();
  usePageTitle(t(words.notFoundPage.pageNotFound));
  return (
    <>
      <h1>{t(words.notFoundPage.pageNotFound)}</h1>
      <p>
        <Link href="/">{t(words.notFoundPage.backHomePage)}</Link>
      </p>
    </>
  );
}
