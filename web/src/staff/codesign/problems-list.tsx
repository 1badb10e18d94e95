import { useText } from "../../shared/locale.tsx";
import type { DraftContent } from "@web/shared/domain.ts";
import type { Problem } from "./codesign-api.ts";
import { problemText } from "./problem-words.ts";
import { problemPlace } from "./target-names.ts";
import { words } from "./words.ts";

/** What the saved draft still lacks before it can be reviewed, each point named by its question. */
export function ProblemsList({ problems, content }: { problems: Problem[]; content: DraftContent }) {
  const t = useText();
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="problems-title" className="notice warn">
      <h2 id="problems-title">{t(words.problemsList.fixBeforeReview(problems.length))}</h2>
      <p className="hint">{t(words.problemsList.lastSavedVersion)}</p>
      <ul>
        {problems.map((p, i) => {
          const { text, raw } = problemText(p);
          return (
            <li key={`${p.path}-${i}`}>
              <strong>{problemPlace(p.path, content, t)}</strong> : <span lang={raw ? "en" : undefined}>{t(text)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
