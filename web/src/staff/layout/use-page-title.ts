import { useEffect } from "react";

/** Each page names itself in the tab title, which screen readers announce on arrival. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Repères`;
  }, [title]);
}
