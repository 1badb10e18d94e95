import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { Store } from "../db/store.ts";
import { compileValidator, type AnswerValidator } from "../domain/questionnaire/answer-validation.ts";
import { listQuestions } from "../domain/questionnaire/survey-elements.ts";

export interface CompiledVersion {
  version: VersionRecord;
  validate: AnswerValidator;
  /** Names of the free-text questions, whose answers are masked of identifiers before storage. */
  freeText: string[];
}

/**
 * Published versions never change (the database forbids it), so each is read and compiled once per
 * process and reused for every submission.
 */
export function createVersionCatalog(store: Store) {
  const cache = new Map<number, Promise<CompiledVersion | undefined>>();
  return {
    get(versionId: number): Promise<CompiledVersion | undefined> {
      let entry = cache.get(versionId);
      if (!entry) {
        entry = store.questionnaires.getVersionById(versionId).then((version) =>
          version && version.status === "published"
            ? {
                version,
                validate: compileValidator(version.definition),
                freeText: listQuestions(version.definition)
                  .map((p) => p.question)
                  .filter((q) => q.type === "comment" || (q.type === "text" && q.inputType !== "number"))
                  .map((q) => q.name),
              }
            : undefined,
        );
        entry.then((v) => v === undefined && cache.delete(versionId)).catch(() => cache.delete(versionId));
        cache.set(versionId, entry);
      }
      return entry;
    },
  };
}

export type VersionCatalog = ReturnType<typeof createVersionCatalog>;
