import { useText } from "../../shared/locale.tsx";
import { Link, useLocation } from "../router.tsx";
import { words } from "../words.ts";

/** The pages of a structure: its dashboard, its campaigns and its label. */
export function StructureTabs({ id }: { id: number }) {
  const t = useText();
  const { path } = useLocation();
  const dashboard = `/structures/${id}`;
  const campaigns = `/structures/${id}/enquetes`;
  const label = `/structures/${id}/label`;
  return (
    <nav aria-label={t(words.structureTabs.structurePages)} className="tabs no-print">
      <Link href="/">{t(words.structureTabs.myStructures)}</Link>
      <Link href={dashboard} aria-current={path === dashboard ? "page" : undefined}>
        {t(words.common.dashboard)}
      </Link>
      <Link href={campaigns} aria-current={path === campaigns ? "page" : undefined}>
        {t(words.common.campaigns)}
      </Link>
      <Link href={label} aria-current={path === label ? "page" : undefined}>
        {t(words.label.label)}
      </Link>
    </nav>
  );
}
