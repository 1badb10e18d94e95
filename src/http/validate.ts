import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { ZodType } from "zod";
import { ApiError } from "./api-error.ts";

/**
 * zod validation at the edge of every route. A failure becomes `invalid_request` with one detail per
 * faulty field: `{ path, message }`.
 * @example
 * app.post("/structures", validate("json", structureInput), (c) => { const input = c.req.valid("json"); … })
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      throw new ApiError("invalid_request", issues);
    }
  });
}
