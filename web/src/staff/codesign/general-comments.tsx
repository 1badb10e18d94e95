import { useText } from "../../shared/locale.tsx";
import type { DraftComment } from "./codesign-api.ts";
import { CommentForm } from "./comment-form.tsx";
import { CommentThreads } from "./comment-threads.tsx";
import { words } from "./words.ts";

/** The discussion about the whole draft (comments on no question in particular). */
export function GeneralComments({ draftId, comments, onChanged }: { draftId: number; comments: DraftComment[]; onChanged: () => void }) {
  const t = useText();
  const threads = comments.filter((c) => c.question === null && c.parentId === null);
  return (
    <section aria-labelledby="general-comments" className="panel">
      <h2 id="general-comments">{t(words.generalComments.discussionWholeDraft)}</h2>
      <CommentThreads draftId={draftId} comments={comments} threads={threads} onChanged={onChanged} />
      <CommentForm
        draftId={draftId}
        label={words.generalComments.newCommentWholeDraft}
        submitLabel={words.common.postComment}
        onPosted={onChanged}
      />
    </section>
  );
}
