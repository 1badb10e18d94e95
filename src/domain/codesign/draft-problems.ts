import { checkQuestionnaire } from "../questionnaire/check-questionnaire.ts";
import { QuestionnaireFileError, type QuestionnaireFault } from "../questionnaire/questionnaire-fault.ts";
import type { DraftContent } from "./types.ts";

/**
 * What stands between a draft and publication: the very checks a library file passes (shape, both
 * languages everywhere, conditions pointing at real questions, scoring consistent), with paths written
 * against the draft (`/definition/…` rather than a file's `/survey/…`). A draft may be saved with problems —
 * it is work in progress — but neither submitted for review nor published.
 */
export function draftProblems(slug: string, content: DraftContent): QuestionnaireFault[] {
  const file = {
    slug,
    roles: content.roles,
    title: content.title,
    description: content.description,
    survey: content.definition,
    scoring: content.scoring,
  };
  try {
    checkQuestionnaire(file, slug);
    return [];
  } catch (error) {
    if (!(error instanceof QuestionnaireFileError)) throw error;
    return error.faults.map((fault) => ({ ...fault, path: fault.path.replace(/^\/survey(?=\/|$)/, "/definition") }));
  }
}
