/**
 * The one error type of the domain and of the actions: a rule refused what was asked. Its code is one of
 * the API's error codes (src/http/error-codes.ts gives each its status and its French and English message;
 * the error handler maps it, and the compiler checks that every code below has an entry there).
 * @example
 * throw new DomainError("campaign_not_found");
 * throw new DomainError("invalid_answers", { questions: [{ question: "hope_future", reason: "required" }] });
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

/** What a rule of the domain can refuse; the failures of HTTP itself (malformed JSON, 429…) are not here. */
export type DomainErrorCode =
  | "invalid_request"
  | "invalid_credentials"
  | "wrong_password"
  | "forbidden"
  | "not_found"
  | "campaign_not_found"
  | "structure_not_found"
  | "questionnaire_not_found"
  | "quarter_not_closed"
  | "indicator_not_found"
  | "version_not_found"
  | "project_not_found"
  | "draft_not_found"
  | "comment_not_found"
  | "user_not_found"
  | "not_a_co_researcher"
  | "questionnaire_of_another_project"
  | "draft_conflict"
  | "draft_published"
  | "draft_not_in_review"
  | "draft_invalid"
  | "revision_stale"
  | "approval_not_allowed"
  | "background_unattested"
  | "publication_unconfirmed"
  | "comment_threads_open"
  | "approvals_missing"
  | "decisions_missing"
  | "version_exists"
  | "account_exists"
  | "staff_invitation_invalid"
  | "invitation_required"
  | "invitation_used"
  | "version_not_published"
  | "campaign_not_open"
  | "invalid_answers"
  | "invalid_window"
  | "role_not_allowed"
  | "storage_busy"
  | "erasure_not_confirmed"
  | "data_use_request_not_found"
  | "data_use_not_approved"
  | "data_use_decided"
  | "free_text_not_requested"
  | "label_not_assessed";
