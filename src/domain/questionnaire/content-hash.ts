import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every depth, so that two files that differ only in key order or
 * whitespace are the same content (and the same version).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** The identity of a version's content: SHA-256 of the canonical JSON of what respondents see and how it is scored. */
export function contentHash(content: { title: unknown; description: unknown; roles: unknown; survey: unknown; scoring: unknown }): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
