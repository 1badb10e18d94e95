import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkQuestionnaire } from "../domain/questionnaire/check-questionnaire.ts";
import { QuestionnaireFileError } from "../domain/questionnaire/questionnaire-fault.ts";
import { scoringSignature } from "../domain/questionnaire/comparability.ts";
import { canonicalJson, contentHash } from "../domain/questionnaire/content-hash.ts";
import { safeContent } from "../domain/questionnaire/safe-content.ts";
import { listQuestions } from "../domain/questionnaire/survey-elements.ts";
import type { QuestionnaireFile } from "../domain/questionnaire/types.ts";
import type { Store } from "../db/store.ts";

export interface LoadedSurvey {
  file: string;
  questionnaire: QuestionnaireFile;
  hash: string;
}

/** Questionnaire files: every `*.json` of the folder but the JSON Schema itself. */
export function questionnaireFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads and checks every questionnaire file. All faults of all files are reported together, each naming
 * its file and its place in it, and nothing is imported if any file is wrong.
 */
export function readSurveys(dir: string): LoadedSurvey[] {
  const loaded: LoadedSurvey[] = [];
  const errors: string[] = [];
  for (const file of questionnaireFiles(dir)) {
    try {
      // A library file is cleaned like a draft: clean files are unchanged, so their content hash is too.
      const questionnaire = safeContent(checkQuestionnaire(parseJson(file), file));
      const { title, description, roles, survey, scoring } = questionnaire;
      loaded.push({ file, questionnaire, hash: contentHash({ title, description, roles, survey, scoring }) });
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  const slugs = new Map<string, string>();
  for (const { file, questionnaire } of loaded) {
    const other = slugs.get(questionnaire.slug);
    if (other) errors.push(`${file}: slug "${questionnaire.slug}" is already used by ${other}`);
    slugs.set(questionnaire.slug, file);
  }
  errors.push(...checkVariants(loaded));
  if (errors.length > 0) throw new Error(`Questionnaire files are invalid:\n${errors.join("\n")}`);
  return loaded;
}

/**
 * A variant (an easy-to-read wording) must ask the same questions with the same answers and scoring as the
 * questionnaire it rewords, so that both can be pooled; only the words may differ.
 */
function checkVariants(loaded: LoadedSurvey[]): string[] {
  const bySlug = new Map(loaded.map((s) => [s.questionnaire.slug, s.questionnaire]));
  const errors: string[] = [];
  for (const { file, questionnaire } of loaded) {
    if (!questionnaire.variantOf) continue;
    const parent = bySlug.get(questionnaire.variantOf);
    if (!parent) {
      errors.push(`${file}: variantOf "${questionnaire.variantOf}" is not a questionnaire of the library`);
      continue;
    }
    const names = (q: QuestionnaireFile) =>
      listQuestions(q.survey)
        .map((p) => `${p.question.name}:${p.question.type}`)
        .join(",");
    const asScored = (q: QuestionnaireFile) => ({ definition: q.survey, scoring: q.scoring });
    if (names(questionnaire) !== names(parent))
      errors.push(`${file}: a variant must ask the same questions, in the same order and of the same types, as "${parent.slug}"`);
    if (
      scoringSignature(asScored(questionnaire)) !== scoringSignature(asScored(parent)) ||
      canonicalJson(questionnaire.scoring.indicators.map((i) => ({ ...i, title: null, description: null }))) !==
        canonicalJson(parent.scoring.indicators.map((i) => ({ ...i, title: null, description: null })))
    ) {
      errors.push(`${file}: a variant must keep the answers, scoring and indicators of "${parent.slug}"`);
    }
  }
  return errors;
}

function parseJson(file: string): unknown {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new QuestionnaireFileError(file, [{ path: "", message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

/**
 * Imports every questionnaire file as a published version. A file whose content is already stored changes
 * nothing; an edited file becomes the next version.
 */
export async function importSurveys(store: Store, dir: string, now: Date) {
  const results = [];
  for (const { file, questionnaire, hash } of readSurveys(dir)) {
    const { version, created } = await store.questionnaires.importPublished(questionnaire, hash, file, now);
    results.push({ slug: questionnaire.slug, version, created });
  }
  return results;
}
