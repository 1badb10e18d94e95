import { useEffect, useRef, type ReactNode } from "react";
import { LocaleSwitch, useText } from "../../shared/locale.tsx";
import { Link, navigate, useLocation } from "../router.tsx";
import { useSession } from "../session.tsx";
import { words } from "../words.ts";

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
        {t(words.staffLayout.skipContent)}
      </a>
      <header className="staff-header no-print">
        <Link href="/" className="brand">
          Repères
        </Link>
        {user && (
          <nav aria-label={t(words.staffLayout.mainNavigation)}>
            <ul>
              <li>
                <Link href="/" aria-current={path === "/" ? "page" : undefined}>
                  {t(words.common.myStructures)}
                </Link>
              </li>
              {canResearch && (
                <li>
                  <Link href="/projets" aria-current={path === "/projets" ? "page" : undefined}>
                    {t(words.staffLayout.researchProjects)}
                  </Link>
                </li>
              )}
              {canSeeRegion && (
                <li>
                  <Link href="/region" aria-current={path === "/region" ? "page" : undefined}>
                    {t(words.common.region)}
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
              {t(words.staffLayout.signOut)}
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
