import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { useLocale, useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { formatDate } from "../format.ts";
import { setCommentStatus, type DraftComment } from "./codesign-api.ts";
import { CommentForm } from "./comment-form.tsx";
import { errorText } from "../error-text.ts";

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
      <strong>{author?.displayName ?? t({ fr: "Compte supprimé", en: "Deleted account" })}</strong>
      {author?.background ? ` (${t(labelOf(BACKGROUND_LABELS, author.background))})` : ""} · {formatDate(comment.createdAt, locale, true)}
      {comment.falcReview && ` · ${t({ fr: "relecture FALC demandée", en: "easy-to-read review requested" })}`}
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
      setError(errorText(e, t, { fr: "Le fil n'a pas pu être mis à jour.", en: "The thread could not be updated." }));
    }
  };
  if (threads.length === 0) return <p className="muted">{t({ fr: "Aucun commentaire pour l'instant.", en: "No comment yet." })}</p>;
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
              {thread.status === "resolved" ? t({ fr: "Fil résolu", en: "Thread resolved" }) : t({ fr: "Fil ouvert", en: "Open thread" })}
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
                {t({ fr: "Répondre", en: "Reply" })}
              </button>
              <button type="button" className="secondary" onClick={() => void toggle(thread)}>
                {thread.status === "open" ? t({ fr: "Marquer comme résolu", en: "Mark as resolved" }) : t({ fr: "Rouvrir", en: "Reopen" })}
              </button>
            </div>
            {replying === thread.id && (
              <CommentForm
                draftId={draftId}
                parentId={thread.id}
                label={{ fr: "Votre réponse", en: "Your reply" }}
                submitLabel={{ fr: "Publier la réponse", en: "Post the reply" }}
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
