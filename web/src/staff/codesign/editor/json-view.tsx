import { useEffect, useId, useState } from "react";
import { Field } from "@web/shared/forms.tsx";
import type { DraftContent } from "@web/shared/domain.ts";
import { useLocale, useText } from "@web/shared/locale.tsx";
import { shapeProblems } from "./draft-ops.ts";
import "./editor.css";
import { words } from "./words.ts";

export interface JsonViewProps {
  content: DraftContent;
  /** Called with the edited draft once it reads as JSON and has the shape the editor needs. */
  onApply: (next: DraftContent) => void;
  /** The server's faults for the current draft, each with its JSON path. */
  problems?: { path: string; message: string }[];
  readOnly?: boolean;
}

const format = (content: DraftContent) => JSON.stringify(content, null, 2);

type Outcome = { kind: "problems"; lines: string[] } | { kind: "ok" } | null;

/**
 * The draft as JSON, for experts: a text area, "Check" and "Apply". Only JSON that parses and passes the
 * light shape check is applied; the server then checks everything and its faults are listed below with
 * their paths. What is typed here is kept while the draft changes elsewhere, until it is applied or
 * reloaded.
 */
export function JsonView({ content, onApply, problems = [], readOnly = false }: JsonViewProps) {
  const t = useText();
  const { locale } = useLocale();
  const base = useId();
  const [text, setText] = useState(() => format(content));
  const [dirty, setDirty] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  /** The draft as it was when typing began here, to tell when it changed elsewhere meanwhile. */
  const [baseline, setBaseline] = useState<string | null>(null);
  const current = format(content);

  useEffect(() => {
    // Follow the draft while nothing is typed here; a draft applied from here comes back as it was sent.
    if (!dirty) setText(current);
  }, [current, dirty]);

  const check = (): DraftContent | null => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setOutcome({
        kind: "problems",
        lines: [t(words.jsonView.textNotValidJson) + (error as Error).message],
      });
      return null;
    }
    const lines = shapeProblems(parsed, locale);
    if (lines.length > 0) {
      setOutcome({ kind: "problems", lines });
      return null;
    }
    setOutcome({ kind: "ok" });
    return parsed as DraftContent;
  };
  const apply = () => {
    const next = check();
    if (!next) return;
    setDirty(false);
    onApply(next);
  };
  const reload = () => {
    setText(current);
    setDirty(false);
    setOutcome(null);
  };

  const areaId = `${base}-json`;
  const stale = dirty && baseline !== null && baseline !== current;
  return (
    <section className="ed-json" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>{t(words.jsonView.jsonViewExperts)}</h2>
      <Field id={areaId} label={t(words.jsonView.draftJson)} hint={t(words.jsonView.checkLooksShapeServer)}>
        {(control) => (
          <textarea
            {...control}
            className="ed-code-area"
            value={text}
            readOnly={readOnly}
            rows={24}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => {
              if (!dirty) setBaseline(current);
              setText(e.target.value);
              setDirty(true);
              setOutcome(null);
            }}
          />
        )}
      </Field>
      {stale && <p className="hint">{t(words.jsonView.draftHasChangedSince)}</p>}
      <div className="ed-buttons">
        <button type="button" className="secondary" onClick={() => check()}>
          {t(words.jsonView.check)}
        </button>
        {!readOnly && (
          <button type="button" onClick={apply}>
            {t(words.jsonView.apply)}
          </button>
        )}
        {dirty && (
          <button type="button" className="secondary" onClick={reload}>
            {t(words.jsonView.discardMyJsonEdits)}
          </button>
        )}
      </div>
      <div role="alert">
        {outcome?.kind === "problems" && (
          <>
            <p className="ed-problem">{t(words.jsonView.fixBeforeApplying)}</p>
            <ul className="ed-problems">
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div role="status">{outcome?.kind === "ok" && <p className="success">{t(words.jsonView.shapeCorrect)}</p>}</div>
      {problems.length > 0 && (
        <>
          <p className="ed-problem">{t(words.jsonView.problemsReportedServer)}</p>
          <ul className="ed-problems">
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <code>{p.path || "/"}</code> : {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
