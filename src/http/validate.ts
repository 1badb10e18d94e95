import { zValidator } from "@hono/zod-validator";
import type { MiddlewareHandler, ValidationTargets } from "hono";
import type { ZodType } from "zod";
import { ApiError } from "./api-error.ts";
import { describedBy } from "./openapi.ts";

/**
 * No request of the API nests deeper than this: a questionnaire definition, the deepest, stays under 30
 * (survey › pages › page › elements › panel › … › choice › text). Deeper input is refused before anything walks
 * it, so that no recursive code — zod, SurveyJS semantics, JSON.stringify — can exhaust the stack on it.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * zod validation at the edge of every route. A failure becomes `invalid_request` with one detail per
 * faulty field: `{ path, message }`. A JSON body nested deeper than `MAX_JSON_DEPTH` is refused first, with
 * `nesting_too_deep` (422).
 * @example
 * app.post("/structures", validate("json", structureInput), (c) => { const input = c.req.valid("json"); … })
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  const validator = describedBy(
    target,
    schema,
    zValidator(target, schema, (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
        throw new ApiError("invalid_request", issues);
      }
    }),
  );
  if (target !== "json") return validator;
  const bounded: MiddlewareHandler = async (c, next) => {
    let text: string | undefined;
    try {
      // Read once and cached: the validator parses this same text.
      text = await c.req.text();
    } catch {
      // Unreadable bodies get the validator's own answer.
    }
    if (text !== undefined && jsonDepth(text) > MAX_JSON_DEPTH) throw new ApiError("nesting_too_deep", { maxDepth: MAX_JSON_DEPTH });
    return validator(c, next);
  };
  return describedBy(target, schema, bounded) as typeof validator;
}

/**
 * The deepest nesting of arrays and objects in a JSON text, read in one pass without parsing or recursion.
 * Brackets inside strings do not count; malformed text gets some number and is then refused by the parser.
 * @example
 * jsonDepth('{"a":[1,{"b":"]"}]}') // → 3
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}
