import { useEffect, useRef, type ReactNode } from "react";
import { LocaleSwitch, useText } from "../../shared/locale.tsx";
import { Link, navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";

/** Header (skip link, navigation, language, sign-out) and the main landmark of every staff page. */
export function StaffLayout({ children }: { children: ReactNode }) {
  const t = useText();
  const { user, signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After a client-side navigation, move focus to the new page, as a page load would.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);
  const leave = async () => {
    await signOut();
    navigate("/connexion");
  };
  const canSeeRegion = user && (user.role === "coordinator" || user.role === "admin");
  const canResearch = user && (user.role === "co_researcher" || user.role === "admin");
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t({ fr: "Aller au contenu", en: "Skip to content" })}
      </a>
      <header className="staff-header no-print">
        <Link href="/" className="brand">
          Repères
        </Link>
        {user && (
          <nav aria-label={t({ fr: "Navigation principale", en: "Main navigation" })}>
            <ul>
              <li>
                <Link href="/" aria-current={path === "/" ? "page" : undefined}>
                  {t({ fr: "Mes structures", en: "My structures" })}
                </Link>
              </li>
              {canResearch && (
                <li>
                  <Link href="/projets" aria-current={path === "/projets" ? "page" : undefined}>
                    {t({ fr: "Projets de recherche", en: "Research projects" })}
                  </Link>
                </li>
              )}
              {canSeeRegion && (
                <li>
                  <Link href="/region" aria-current={path === "/region" ? "page" : undefined}>
                    {t({ fr: "Région", en: "Region" })}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="header-actions">
          <LocaleSwitch />
          {user && (
            <button type="button" className="secondary" onClick={leave}>
              {t({ fr: "Se déconnecter", en: "Sign out" })}
            </button>
          )}
        </div>
      </header>
      <main id="contenu" tabIndex={-1} ref={main} className="staff-main">
        {children}
      </main>
    </>
  );
}
