/**
 * The addresses of the web app's pages: the server answers any other address with a 404 (the app then shows
 * its "page not found"), and the app tells an unknown address from a page that needs signing in.
 * `:name` is one path segment.
 */
export const PAGE_PATHS = [
  "/",
  "/r/:code",
  "/connexion",
  "/invitation",
  "/observatoire/:region",
  "/structures/:id",
  "/structures/:id/enquetes",
  "/structures/:id/label",
  "/region",
  "/projets",
  "/projets/:id",
  "/brouillons/:id",
  "/questionnaires/:slug/comparer",
] as const;

/**
 * True when `path` is one of the app's pages.
 * @example
 * isPagePath("/r/abc") // → true
 * isPagePath("/wp-admin") // → false
 */
export function isPagePath(path: string): boolean {
  const segments = path.split("/").filter(Boolean);
  return PAGE_PATHS.some((pattern) => {
    const parts = pattern.split("/").filter(Boolean);
    return parts.length === segments.length && parts.every((part, i) => part.startsWith(":") || part === segments[i]);
  });
}
