import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

export type Locale = "fr" | "en";

/** A text of the interface in both languages, French first: the words tables (`words.ts` of each area) hold them. */
export type Text = { fr: string; en: string };

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "fr", setLocale: () => {} });

/** French first; English when the browser prefers it or the person chooses it (kept for this tab only). */
function initialLocale(): Locale {
  const chosen = sessionStorage.getItem("reperes.locale");
  if (chosen === "fr" || chosen === "en") return chosen;
  const preferred = navigator.languages.find((l) => l.startsWith("fr") || l.startsWith("en"));
  return preferred?.startsWith("en") ? "en" : "fr";
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = (next: Locale) => {
    sessionStorage.setItem("reperes.locale", next);
    setLocaleState(next);
  };
  return <LocaleContext.Provider value={{ locale, setLocale }}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** Picks the text of the current locale from a { fr, en } pair. */
export function useText(): (text: Text) => string {
  const { locale } = useLocale();
  return (text) => text[locale];
}

/** The language switch shown on every page. */
export function LocaleSwitch() {
  const { locale, setLocale } = useLocale();
  const other: Locale = locale === "fr" ? "en" : "fr";
  return (
    <button type="button" className="locale-switch" lang={other} onClick={() => setLocale(other)}>
      {other === "en" ? "English" : "Français"}
    </button>
  );
}
