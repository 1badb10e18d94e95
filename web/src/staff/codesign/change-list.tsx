import type { ReactNode } from "react";
import { useText } from "../../shared/locale.tsx";
import type { Change } from "./codesign-api.ts";
import {
  words,
  ASPECT_LABELS,
  CHANGE_CLASS_EXPLANATIONS,
  CHANGE_CLASS_LABELS,
  CHANGE_CLASSES,
  CHANGE_KIND_LABELS,
  wordsOf,
} from "./words.ts";
import { changeTitle, readableLines } from "./change-texts.ts";
import { targetName } from "./target-names.ts";

function Side({ label, value }: { label: string; value: unknown }) {
  const lines = readableLines(value);
  return (
    <div>
      <p className="comment-meta">{label}</p>
      {lines.length === 0 ? (
        <p>—</p>
      ) : (
        lines.map((line, i) => (
          <p key={i} lang="fr">
            {line}
          </p>
        ))
      )}
    </div>
  );
}

/**
 * Changes between two versions grouped by class (break, rewording, cosmetic), each class with what it means
 * for the results, each change with its texts before and after; `extra` adds e.g. a decision form.
 */
export function ChangeList({
  changes,
  headingLevel,
  extra,
}: {
  changes: Change[];
  headingLevel: 3 | 4;
  extra?: (change: Change) => ReactNode;
}) {
  const t = useText();
  const Group = headingLevel === 3 ? "h3" : "h4";
  const Item = headingLevel === 3 ? "h4" : "h5";
  return (
    <>
      {CHANGE_CLASSES.map((cls) => {
        const list = changes.filter((c) => c.class === cls);
        if (list.length === 0) return null;
        return (
          <div key={cls}>
            <Group>
              <span className={`class-badge class-${cls}`}>{t(wordsOf(CHANGE_CLASS_LABELS, cls))}</span> ({list.length})
            </Group>
            <p className="hint">{t(wordsOf(CHANGE_CLASS_EXPLANATIONS, cls))}</p>
            <ul className="plain-list">
              {list.map((change) => {
                const name = targetName(change.key, undefined, t);
                const title = changeTitle(change);
                return (
                  <li key={change.key} className="card">
                    <Item className="card-title">
                      {name}
                      {title && change.key.includes(":") ? ` — ${title}` : ""}
                    </Item>
                    <p>
                      <span className={`class-badge class-${cls}`}>{t(wordsOf(CHANGE_CLASS_LABELS, cls))}</span>{" "}
                      {t(wordsOf(CHANGE_KIND_LABELS, change.kind))}
                      {change.aspects.length > 0 && ` : ${change.aspects.map((a) => t(wordsOf(ASPECT_LABELS, a))).join(", ")}`}
                      {change.scored && ` · ${t(words.changeList.countsScores)}`}
                    </p>
                    {change.kind !== "moved" && (
                      <div className="before-after">
                        <Side label={t(words.changeList.before)} value={change.before} />
                        <Side label={t(words.changeList.after)} value={change.after} />
                      </div>
                    )}
                    {extra?.(change)}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}
