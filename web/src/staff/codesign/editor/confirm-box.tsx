import { useEffect, useRef, type ReactNode } from "react";
import { useText } from "@web/shared/locale.tsx";
import { words } from "./words.ts";

interface ConfirmBoxProps {
  id: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The button that opened the box, given focus back on "Cancel" or Escape. */
  returnFocusTo: string;
}

/**
 * An inline confirmation in place of window.confirm: its sentence gets the focus (a screen reader reads it
 * at once), then "Yes…" and "Cancel"; Escape cancels.
 */
export function ConfirmBox({ id, message, confirmLabel, onConfirm, onCancel, returnFocusTo }: ConfirmBoxProps) {
  const t = useText();
  const prompt = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    prompt.current?.focus();
  }, []);
  const cancel = () => {
    onCancel();
    document.getElementById(returnFocusTo)?.focus();
  };
  return (
    <div
      className="ed-confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === "Escape") cancel();
      }}
    >
      <p id={id} ref={prompt} tabIndex={-1}>
        {message}
      </p>
      <div className="ed-buttons">
        <button type="button" className="ed-danger-solid" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={cancel}>
          {t(words.common.cancel)}
        </button>
      </div>
    </div>
  );
}
