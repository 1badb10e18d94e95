import { useEffect, useRef, type ReactNode } from "react";
import { LocaleSwitch } from "../shared/locale.tsx";

/** Every respondent page: the name of the platform, the language switch, then the page itself. */
export function PageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="r-page">
      <header className="r-header">
        <span className="r-brand">Repères</span>
        <LocaleSwitch />
      </header>
      <main className="r-main">{children}</main>
    </div>
  );
}

/**
 * The page's title, focused when the page appears: a screen reader then announces the new step
 * (the notice, the questionnaire, the results) instead of staying silent on a changed screen.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="r-title">
      {children}
    </h1>
  );
}
