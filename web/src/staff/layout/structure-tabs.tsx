import { useText } from "../../shared/locale.tsx";
import { Link, useLocation } from "../router.tsx";
import { words } from "../words.ts";

/** The two pages of a structure: its dashboard and its campaigns. */
export function StructureTabs({ id }: { id: number }) {
  const t = useText();
  const { path } = useLocation();
  const dashboard = `/structures/${id}`;
  const campaigns = `/structures/${id}/enquetes`;
  return (
    <nav aria-label={t(words.structureTabs.structurePages)} className="tabs no-print">
      <Link href="/">{t(words.structureTabs.myStructures)}</Link>
      <Link href={dashboard} aria-current={path === dashboard ? "page" : undefined}>
        {t(words.common.dashboard)}
      </Link>
      <Link href={campaigns} aria-current={path === campaigns ? "page" : undefined}>
        {t(words.common.campaigns)}
      </Link>
    </nav>
  );
}
