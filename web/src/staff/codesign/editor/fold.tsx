import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is only rendered while open: a long questionnaire then keeps a few hundred
 * controls on the page instead of a thousand, and typing stays quick on a modest phone.
 */
export function Fold({ summary, initiallyOpen, children }: { summary: ReactNode; initiallyOpen: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
