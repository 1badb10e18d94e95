import { z } from "zod";

/**
 * Passwords: at least 12 characters and at most 256, any characters (NIST SP 800-63B §5.1.1: length over
 * composition rules, no forced mixture of character classes).
 */
export const passwordField = z.string().min(12, "at least 12 characters").max(256, "at most 256 characters");
