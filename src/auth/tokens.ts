import { createHash, randomBytes } from "node:crypto";

/** 256-bit random token, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens (sessions, invitations) are stored only as their SHA-256: a leaked database yields no usable token. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A campaign code: 20 characters from a 31-letter alphabet without look-alikes (0/o, 1/l/i), about 99 bits
 * of randomness — unguessable, yet short enough to type from a printed poster.
 */
export function campaignCode(length = 20): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const b = bytes[i]!;
    // Rejection sampling keeps every letter equally likely (248 = 8 × 31).
    if (b < 248) out += CODE_ALPHABET[b % CODE_ALPHABET.length];
  }
  return out.length === length ? out : campaignCode(length);
}

/** A random response id (128 bits): ids say nothing about the order in which responses arrived. */
export function responseId(): string {
  return randomBytes(16).toString("hex");
}
