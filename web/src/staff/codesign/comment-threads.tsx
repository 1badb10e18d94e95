import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useLocale, useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { formatDate } from "../format.ts";
import { setCommentStatus, type DraftComment } from "./codesign-api.ts";
import { CommentForm } from "./comment-form.tsx";
import { errorText } from "../error-text.ts";
import { words } from "./words.ts";

interface ThreadsProps {
  draftId: number;
  /** Every comment of the draft; the threads shown are those `threads` picks. */
  comments: DraftComment[];
  threads: DraftComment[];
  onChanged: () => void;
}

function Meta({ comment }: { comment: DraftComment }) {
  const t = useText();
  const { locale } = useLocale();
  const author = comment.author;
  return (
    <p className="comment-meta">
      <strong>{author?.displayName ?? t(words.common.deletedAccount)}</strong>
      {author?.background ? ` (${t(labelOf(BACKGROUND_LABELS, author.background))})` : ""} · {formatDate(comment.createdAt, locale, true)}
      {comment.falcReview && ` · ${t(words.commentThreads.easyReadReviewRequested)}`}
    </p>
  );
}

/** Threads of comments: each with its replies, a reply form, and resolve / reopen. */
export function CommentThreads({ draftId, comments, threads, onChanged }: ThreadsProps) {
  const t = useText();
  const [replying, setReplying] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (comment: DraftComment) => {
    setError(null);
    try {
      await setCommentStatus(draftId, comment.id, comment.status === "open" ? "resolved" : "open");
      onChanged();
    } catch (e) {
      setError(errorText(e, t, words.commentThreads.threadCouldNotUpdated));
    }
  };
  if (threads.length === 0) return <p className="muted">{t(words.commentThreads.noCommentYet)}</p>;
  return (
    <>
      <div role="status">
        <ErrorList errors={[error]} />
      </div>
      <ul className="thread">
        {threads.map((thread) => (
          <li key={thread.id} className={thread.status === "resolved" ? "resolved" : undefined}>
            <Meta comment={thread} />
            <p className="comment-meta">
              {thread.status === "resolved" ? t(words.commentThreads.threadResolved) : t(words.commentThreads.openThread)}
            </p>
            <p className="comment-body">{thread.body}</p>
            <ul className="replies">
              {comments
                .filter((c) => c.parentId === thread.id)
                .map((reply) => (
                  <li key={reply.id}>
                    <Meta comment={reply} />
                    <p className="comment-body">{reply.body}</p>
                  </li>
                ))}
            </ul>
            <div className="actions">
              <button
                type="button"
                className="secondary"
                aria-expanded={replying === thread.id}
                onClick={() => setReplying(replying === thread.id ? null : thread.id)}
              >
                {t(words.commentThreads.reply)}
              </button>
              <button type="button" className="secondary" onClick={() => void toggle(thread)}>
                {thread.status === "open" ? t(words.commentThreads.markResolved) : t(words.commentThreads.reopen)}
              </button>
            </div>
            {replying === thread.id && (
              <CommentForm
                draftId={draftId}
                parentId={thread.id}
                label={words.commentThreads.yourReply}
                submitLabel={words.commentThreads.postReply}
                onPosted={() => {
                  setReplying(null);
                  onChanged();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
