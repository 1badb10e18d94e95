import type { Background } from "../accounts.ts";
import type { DraftContent, WordingDecision } from "./types.ts";

/**
 * A draft: the next version of a questionnaire, written by a research project's co-researchers, revision
 * by revision, discussed in comments, approved revision by revision, then published (frozen) once.
 */

export type DraftStatus = "editing" | "in_review" | "published";

export interface DraftRecord {
  id: number;
  projectId: number;
  slug: string;
  /** The published version it started from: its number, for the diff. */
  baseVersion: { id: number; slug: string; version: number } | null;
  status: DraftStatus;
  revision: number;
  content: DraftContent;
  decisions: WordingDecision[];
  published: { slug: string; version: number } | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: { id: number; displayName: string | null } | null;
  /** Who last submitted it for review. */
  submittedBy: number | null;
}

export interface DraftSummary {
  id: number;
  slug: string;
  title: DraftContent["title"];
  status: DraftStatus;
  revision: number;
  updatedAt: string;
  published: { slug: string; version: number } | null;
}

export type CommentStatus = "open" | "resolved";

export interface CommentRecord {
  id: number;
  parentId: number | null;
  question: string | null;
  body: string;
  falcReview: boolean;
  status: CommentStatus;
  author: { id: number; displayName: string | null; background: Background | null } | null;
  createdAt: string;
  resolvedAt: string | null;
}

export interface ApprovalRecord {
  userId: number;
  displayName: string | null;
  background: Background;
  /** Who now vouches for that background (the approver's attester, as long as it is still their background); null: nobody. */
  attestedBy: number | null;
  revision: number;
  createdAt: string;
}

/** How a published version was made: its project, the approvals of its draft, the recorded decisions. */
export interface VersionHistory {
  project: { id: number; name: string } | null;
  draftId: number | null;
  approvals: ApprovalRecord[];
  decisions: WordingDecision[];
}
