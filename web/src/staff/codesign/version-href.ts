/**
 * Where a published version is shown: alone with its history (how it was made), or beside another one.
 * @example
 * versionHref("vie-au-gem", 2) // → "/questionnaires/vie-au-gem/comparer?de=2&a=2"
 * diffHref("vie-au-gem", 1, 2) // → "/questionnaires/vie-au-gem/comparer?de=1&a=2"
 */
export function versionHref(slug: string, version: number): string {
  return diffHref(slug, version, version);
}

export function diffHref(slug: string, from: number, to: number): string {
  return `/questionnaires/${encodeURIComponent(slug)}/comparer?de=${from}&a=${to}`;
}
