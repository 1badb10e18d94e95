import type { ReactNode } from "react";

/**
 * A table's box: a wide table scrolls inside it, never the page (360 px screens). The box is focusable and
 * named so that keyboard users can scroll it too.
 */
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
