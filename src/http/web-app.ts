import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import { compress } from "hono/compress";
import { isPagePath } from "../domain/page-paths.ts";
import { compressFor, preferredEncoding } from "./compression.ts";
import type { AppEnv } from "./context.ts";
import { firstPageHtml, mountPlainForm, pageLocale, type PlainFormShell } from "./plain-form/plain-form-routes.ts";

/** Vite names every file under /assets/ by a hash of its content: a new build is a new name. */
const IMMUTABLE = "public, max-age=31536000, immutable";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
  imports?: string[];
}

/**
 * The files a respondent page loads after the entry script — the respondent app and the questionnaire page
 * with SurveyJS — read from Vite's manifest, so that the page can ask for them at once rather than one round
 * trip after the other.
 */
function respondentFiles(root: string): string[] {
  const path = join(root, ".vite", "manifest.json");
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  // The entry and what it links are in index.html already.
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (entry) {
    files.add(entry.file);
    for (const css of entry.css ?? []) files.add(css);
  }
  const linked = new Set(files);
  for (const key of Object.keys(manifest)) if (/src\/respondent\/(respondent-app|questionnaire-page)\.tsx$/.test(key)) visit(key);
  return [...files].filter((file) => !linked.has(file));
}

/** The style sheets of the respondent app, linked by the pages the server draws so that they look as the app does. */
function respondentStyles(root: string): string[] {
  const path = join(root, ".vite", "manifest.json");
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, ManifestChunk>;
  return Object.entries(manifest).flatMap(([key, chunk]) => (/src\/respondent\/respondent-app\.tsx$/.test(key) ? (chunk.css ?? []) : []));
}

/**
 * index.html with a page drawn by the server in its root element (React replaces it once the app has run), in
 * the page's language and with the respondent style sheets; `withoutScripts` for the pages that follow a form
 * post, which go on as forms to the end.
 */
function plainFormShell(html: string, styles: string[]): PlainFormShell {
  const links = styles.map((file) => `<link rel="stylesheet" crossorigin href="/${escapeAttribute(file)}">`).join("");
  const fill = (base: string, content: string, locale: "fr" | "en") =>
    base
      .replace(/<html lang="[a-z]+"/, `<html lang="${locale}"`)
      .replace("</head>", `${links}</head>`)
      .replace('<div id="root"></div>', () => `<div id="root">${content}</div>`);
  const scriptless = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link rel="modulepreload"[^>]*>/gi, "");
  return {
    withScripts: (content, locale) => fill(html, content, locale),
    withoutScripts: (content, locale) => fill(scriptless, content, locale),
  };
}

/** A malformed escape (`%E0%A4%A`) is kept as typed: the page then says the campaign is not found. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * index.html for a respondent link: the campaign's JSON and the respondent scripts are preloaded, so that on
 * a slow connection they travel alongside the entry script instead of after it has run.
 */
function respondentHtml(html: string, code: string, files: string[]): string {
  // `crossorigin` as Vite's own <link> and import() requests have it: a preload is used only by a request of the same mode.
  const links = [
    `<link rel="preload" href="${escapeAttribute(`/api/campaigns/${encodeURIComponent(code)}`)}" as="fetch" crossorigin="anonymous">`,
    ...files.map((file) =>
      file.endsWith(".css")
        ? `<link rel="preload" href="/${escapeAttribute(file)}" as="style" crossorigin>`
        : `<link rel="modulepreload" href="/${escapeAttribute(file)}">`,
    ),
  ];
  return html.replace("</head>", `${links.join("")}</head>`);
}

/** Sends an HTML page compressed as the client accepts, never cached (it names the hashed assets of this build). */
async function sendHtml(c: Context<AppEnv>, html: string, status: 200 | 404) {
  c.header("Cache-Control", "no-cache");
  c.header("Vary", "Accept-Encoding", { append: true });
  const encoding = preferredEncoding(c.req.header("Accept-Encoding"));
  if (!encoding) return c.html(html, status);
  c.header("Content-Encoding", encoding);
  c.header("Content-Type", "text/html; charset=UTF-8");
  return c.body(new Uint8Array(await compressFor(new TextEncoder().encode(html), encoding)), status);
}

/**
 * Serves the built web app: its files as built — brotli or gzip copies made at build time (vite-precompress.ts)
 * chosen by Accept-Encoding, hashed assets cached for good —, and index.html for every page of the app, with a
 * 404 status for an address that is none of them.
 */
export function mountWebApp(app: Hono<AppEnv>, dir: string) {
  const root = resolve(dir);
  const index = join(root, "index.html");
  if (!existsSync(index)) return;
  const html = readFileSync(index, "utf8");
  const preloads = respondentFiles(root);
  const styles = respondentStyles(root);
  const shell = plainFormShell(html, styles);
  // Hashed names (see IMMUTABLE); and a build made without the precompressing step still travels compressed.
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set("Cache-Control", IMMUTABLE);
    // A shared cache must not hand the uncompressed copy it once stored to every later browser.
    if (!/accept-encoding/i.test(c.res.headers.get("Vary") ?? "")) c.res.headers.append("Vary", "Accept-Encoding");
  });
  app.use("/assets/*", compress());
  app.use("/*", serveStatic({ root, precompressed: true }));
  mountPlainForm(app, shell);
  app.get("/*", async (c) => {
    const path = c.req.path;
    const code = /^\/r\/([^/]{1,64})$/.exec(path)?.[1];
    if (code) {
      const page = respondentHtml(html, safeDecode(code), preloads);
      // The notice and the first question in the page itself: readable and answerable before any script runs.
      const first = await firstPageHtml(c, safeDecode(code));
      return sendHtml(c, first === null ? page : plainFormShell(page, styles).withScripts(first, pageLocale(c)), 200);
    }
    return sendHtml(c, html, isPagePath(path) ? 200 : 404);
  });
}
