import { useState } from "react";
import type { DraftContent } from "@web/shared/domain.ts";
import { useText } from "../../shared/locale.tsx";
import type { Problem } from "./codesign-api.ts";
import { JsonView } from "./editor/json-view.tsx";
import { words } from "./words.ts";

interface JsonPanelProps {
  content: DraftContent;
  problems: Problem[];
  readOnly: boolean;
  onApply: (next: DraftContent) => void;
}

/** "Vue JSON (experts)": the draft as JSON; what is applied goes into the editor, saved with the normal save. */
export function JsonPanel({ content, problems, readOnly, onApply }: JsonPanelProps) {
  const t = useText();
  const [open, setOpen] = useState(false);
  return (
    <div className="panel">
      <div className="actions">
        <button type="button" className="secondary" aria-expanded={open} aria-controls="json-view" onClick={() => setOpen(!open)}>
          {t(words.jsonPanel.jsonViewExperts)}
        </button>
      </div>
      <div id="json-view">
        {open && (
          <>
            <p className="hint">{t(words.jsonPanel.whatAppliedHereGoes)}</p>
            <JsonView content={content} problems={problems} readOnly={readOnly} onApply={onApply} />
          </>
        )}
      </div>
    </div>
  );
}
