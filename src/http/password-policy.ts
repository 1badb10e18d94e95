import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../domain/password-rule.ts";

/**
 * Passwords, as the domain's password rule says (src/domain/password-rule.ts): one place for the API, the
 * start-up check of ADMIN_PASSWORD and the web app's invitation page.
 */
export const passwordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `at most ${PASSWORD_MAX_LENGTH} characters`);
