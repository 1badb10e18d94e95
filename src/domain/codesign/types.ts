import type { Localized, RespondentRole, Scoring, SurveyDefinition } from "../questionnaire/types.ts";

/**
 * Co-design: what a draft holds, how two versions differ, and who approved what. Pure types shared by the
 * diff, the merge of concurrent edits, the approval rule, the API and the web editor.
 */

/** Everything of a questionnaire a draft can change: what a published version freezes. */
export interface DraftContent {
  title: Localized;
  description: Localized;
  roles: RespondentRole[];
  definition: SurveyDefinition;
  scoring: Scoring;
}

/**
 * How a change bears on the comparability of results across versions:
 * - `cosmetic`: no answer can differ (typography, a translation fix of the English text, a question moved);
 * - `wording`: what is asked may be understood differently; the co-researchers decide, and record, whether
 *   results stay comparable;
 * - `breaking`: answers are not on the same footing any more (type, scale, choices or scoring changed).
 */
export const CHANGE_CLASSES = ["cosmetic", "wording", "breaking"] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/**
 * What a change is about. The key (`targetKey`) names it in conflicts, comments and recorded decisions:
 * "question:q3", "dimension:hope", "indicator:hope_mean", "scale", "page:p2", "questionnaire".
 */
export type ChangeTarget =
  | { type: "question"; name: string }
  | { type: "dimension"; id: string }
  | { type: "indicator"; id: string }
  | { type: "scale" }
  | { type: "page"; name: string }
  | { type: "questionnaire" };

export type ChangeKind = "added" | "removed" | "reworded" | "changed" | "moved";

/** What part of a target changed. */
export type ChangeAspect =
  | "type"
  | "title"
  | "description"
  | "choices"
  | "choice_texts"
  | "scale"
  | "scale_labels"
  | "rows"
  | "row_texts"
  | "columns"
  | "column_texts"
  | "conditions"
  | "required"
  | "limits"
  | "position"
  | "items"
  | "reverse"
  | "definition"
  | "roles"
  | "other";

export interface VersionChange {
  target: ChangeTarget;
  /** `targetKey(target)`. */
  key: string;
  kind: ChangeKind;
  aspects: ChangeAspect[];
  class: ChangeClass;
  /** True when the target counts in a dimension or an indicator of either version, so in the benchmarks. */
  scored: boolean;
  /** The target as it was and as it is (absent when added or removed). */
  before?: unknown;
  after?: unknown;
}

/** The co-researchers' recorded answer to a `wording` change: do results stay comparable? */
export interface WordingDecision {
  key: string;
  comparable: boolean;
  note: string;
}

export function targetKey(target: ChangeTarget): string {
  switch (target.type) {
    case "question":
      return `question:${target.name}`;
    case "dimension":
      return `dimension:${target.id}`;
    case "indicator":
      return `indicator:${target.id}`;
    case "page":
      return `page:${target.name}`;
    case "scale":
    case "questionnaire":
      return target.type;
  }
}
