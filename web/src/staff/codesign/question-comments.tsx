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
        {t(words.questionComments.comments(mine.length))}
        {unresolved > 0 && <span className="visually-hidden">{t(words.questionComments.openThreads(unresolved))}</span>}
      </button>
      {open && (
        <div id={regionId} role="region" aria-label={t(words.questionComments.commentsQuestion(name))}>
          <CommentThreads draftId={draftId} comments={comments} threads={threads} onChanged={onChanged} />
          <CommentForm
            draftId={draftId}
            question={name}
            withFalc
            label={words.questionComments.newCommentQuestion(name)}
            submitLabel={words.common.postComment}
            onPosted={onChanged}
          />
        </div>
      )}
    </div>
  );
}
