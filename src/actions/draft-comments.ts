import type { UserRecord } from "../domain/accounts.ts";
import type { CommentStatus } from "../domain/codesign/drafts.ts";
import { DomainError } from "../domain/domain-error.ts";
import { listElements } from "../domain/questionnaire/survey-elements.ts";
import type { ActionContext } from "./context.ts";
import { draftOfMember } from "./draft-state.ts";
import { permit } from "./permit.ts";
import { memberIdsOf } from "./projects.ts";

type Ctx = Pick<ActionContext, "store" | "clock">;

export interface CommentInput {
  /** The question commented on; none for the whole draft. */
  question?: string | undefined;
  body: string;
  /** Asks for an easy-to-read (FALC) review of the question. */
  falcReview?: boolean | undefined;
  /** The comment this one answers, in the same thread (and on the same question). */
  parentId?: number | undefined;
}

/** Members comment on the whole draft or on one of its questions, or answer a thread. */
export async function addComment({ store, clock }: Ctx, user: UserRecord, draftId: number, input: CommentInput) {
  const { draft, project } = await draftOfMember(store, user, draftId);
  permit(user, { action: "draft.comment", project: memberIdsOf(project) });
  if (input.question !== undefined && !listElements(draft.content.definition).some((e) => e.name === input.question)) {
    throw new DomainError("invalid_request", { question: "no such question in the draft" });
  }
  let question = input.question ?? null;
  if (input.parentId !== undefined) {
    const parent = (await store.draftComments.list(draft.id)).find((comment) => comment.id === input.parentId);
    if (!parent) throw new DomainError("comment_not_found");
    question = parent.question;
  }
  const comment = {
    parentId: input.parentId ?? null,
    question,
    body: input.body,
    falcReview: input.falcReview ?? false,
    authorId: user.id,
  };
  return store.draftComments.add(draft.id, comment, clock());
}

/** Members resolve a thread, or open it again. */
export async function setCommentStatus({ store, clock }: Ctx, user: UserRecord, draftId: number, commentId: number, status: CommentStatus) {
  const { draft, project } = await draftOfMember(store, user, draftId);
  permit(user, { action: "draft.comment", project: memberIdsOf(project) });
  const comment = await store.draftComments.setStatus(draft.id, commentId, status, user.id, clock());
  if (!comment) throw new DomainError("comment_not_found");
  return comment;
}
