import type { Context } from "hono";

/**
 * A file as a download: its type, its name, and no caching by shared proxies (exports carry a structure's
 * figures). The name is ASCII already (see fileSlug), so it needs no RFC 5987 encoding.
 */
export function sendFile(c: Context, file: { body: string | Uint8Array; contentType: string; filename: string }) {
  c.header("content-type", file.contentType);
  c.header("content-disposition", `attachment; filename="${file.filename}"`);
  c.header("cache-control", "private, no-store");
  return c.body(typeof file.body === "string" ? file.body : (file.body as Uint8Array<ArrayBuffer>), 200);
}
