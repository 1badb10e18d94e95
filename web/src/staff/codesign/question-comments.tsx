import { useState } from "react";
import { useText } from "../../shared/locale.tsx";
import type { DraftComment } from "./codesign-api.ts";
import { CommentForm } from "./comment-form.tsx";
import { CommentThreads } from "./comment-threads.tsx";
import { words } from "./words.ts";

interface QuestionCommentsProps {
  draftId: number;
  name: string;
  comments: DraftComment[];
  onChanged: () => void;
}

/** At the foot of a question's card: "Commentaires (n)", opening that question's threads and a new comment. */
export function QuestionComments({ draftId, name, comments, onChanged }: QuestionCommentsProps) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const mine = comments.filter((c) => c.question === name);
  const threads = mine.filter((c) => c.parentId === null);
  const unresolved = threads.filter((c) => c.status === "open").length;
  const regionId = `comments-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <div className="question-comments">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {t({ fr: `Commentaires (${mine.length})`, en: `Comments (${mine.length})` })}
        {unresolved > 0 && (
          <span className="visually-hidden">{t({ fr: `, ${unresolved} fil(s) ouvert(s)`, en: `, ${unresolved} open thread(s)` })}</span>
        )}
      </button>
      {open && (
        <div id={regionId} role="region" aria-label={t({ fr: `Commentaires sur la question ${name}`, en: `Comments on question ${name}` })}>
          <CommentThreads draftId={draftId} comments={comments} threads={threads} onChanged={onChanged} />
          <CommentForm
            draftId={draftId}
            question={name}
            withFalc
            label={{ fr: `Nouveau commentaire sur la question ${name}`, en: `New comment on question ${name}` }}
            submitLabel={words.common.postComment}
            onPosted={onChanged}
          />
        </div>
      )}
    </div>
  );
}
