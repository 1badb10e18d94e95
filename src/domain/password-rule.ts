/**
 * The password rule: at least 12 characters and at most 256, any characters (NIST SP 800-63B §5.1.1: length
 * over composition rules, no forced mixture of character classes). Imports nothing, so that the web app's
 * invitation page states the same rule as the API that checks it.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
