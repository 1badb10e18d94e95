import { useText } from "../../shared/locale.tsx";
import { Link, useLocation } from "../router.tsx";

/** The two pages of a structure: its dashboard and its campaigns. */
export function StructureTabs({ id }: { id: number }) {
  const t = useText();
  const { path } = useLocation();
  const dashboard = `/structures/${id}`;
  const campaigns = `/structures/${id}/enquetes`;
  return (
    <nav aria-label={t({ fr: "Pages de la structure", en: "Structure pages" })} className="tabs no-print">
      <Link href="/">{t({ fr: "← Mes structures", en: "← My structures" })}</Link>
      <Link href={dashboard} aria-current={path === dashboard ? "page" : undefined}>
        {t({ fr: "Tableau de bord", en: "Dashboard" })}
      </Link>
      <Link href={campaigns} aria-current={path === campaigns ? "page" : undefined}>
        {t({ fr: "Enquêtes", en: "Campaigns" })}
      </Link>
    </nav>
  );
}
