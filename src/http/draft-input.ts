import { z } from "zod";
import { RESPONDENT_ROLES } from "../domain/questionnaire/types.ts";

/**
 * The shape a draft must have to be stored: enough structure for the editor and the merge to work on it.
 * Everything else (both languages filled in, conditions that point at real questions, scoring consistent)
 * is checked as the draft's `problems`, which a draft may have while it is being written.
 */
const text = z.string().max(5000);
export const localizedDraftText = z.object({ fr: text, en: text }).strict();

const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Depth of a real definition: survey › pages › page › elements › panel › elements › question › choices › choice › text. */
const MAX_DEPTH = 24;

/**
 * Drafts carry free-form SurveyJS properties through to the problems check, so the raw JSON is first walked
 * once: keys that would reach an object's prototype, and nesting no questionnaire needs, are refused at the edge.
 */
function isPlainData(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > MAX_DEPTH) return false;
    for (const [key, child] of Object.entries(node)) {
      if (RESERVED_KEYS.has(key)) return false;
      stack.push([child, depth + 1]);
    }
  }
  return true;
}
const plainData = { message: "reserved property names or nesting too deep" };

const element = z.looseObject({ type: z.string().min(1).max(32), name: z.string().min(1).max(64) });
const page = z.looseObject({ name: z.string().min(1).max(64), elements: z.array(element).max(300) });

// The walk runs on the raw input: once parsed into a new object, a "__proto__" key would have vanished.
export const draftDefinition = z
  .unknown()
  .refine(isPlainData, plainData)
  .pipe(z.looseObject({ pages: z.array(page).min(1).max(60) }));
export const draftScoring = z
  .unknown()
  .refine(isPlainData, plainData)
  .pipe(
    z.looseObject({
      scale: z.object({ min: z.number().int(), max: z.number().int() }).strict(),
      dimensions: z.array(z.looseObject({ id: z.string().min(1).max(64), items: z.array(z.string().max(64)).max(300) })).max(60),
      indicators: z.array(z.looseObject({ id: z.string().min(1).max(64) })).max(200),
    }),
  );
export const draftRoles = z.array(z.enum(RESPONDENT_ROLES)).max(RESPONDENT_ROLES.length);

export const wordingDecisions = z
  .array(z.object({ key: z.string().min(1).max(200), comparable: z.boolean(), note: z.string().max(2000) }).strict())
  .max(500)
  .refine((list) => new Set(list.map((d) => d.key)).size === list.length, "one decision per change");
