import { useText } from "../../shared/locale.tsx";
import type { DraftComment } from "./codesign-api.ts";
import { CommentForm } from "./comment-form.tsx";
import { CommentThreads } from "./comment-threads.tsx";

/** The discussion about the whole draft (comments on no question in particular). */
export function GeneralComments({ draftId, comments, onChanged }: { draftId: number; comments: DraftComment[]; onChanged: () => void }) {
  const t = useText();
  const threads = comments.filter((c) => c.question === null && c.parentId === null);
  return (
    <section aria-labelledby="general-comments" className="panel">
      <h2 id="general-comments">{t({ fr: "Discussion sur l'ensemble du brouillon", en: "Discussion of the whole draft" })}</h2>
      <CommentThreads draftId={draftId} comments={comments} threads={threads} onChanged={onChanged} />
      <CommentForm
        draftId={draftId}
        label={{ fr: "Nouveau commentaire sur l'ensemble du brouillon", en: "New comment on the whole draft" }}
        submitLabel={{ fr: "Publier le commentaire", en: "Post the comment" }}
        onPosted={onChanged}
      />
    </section>
  );
}
