import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { createApp } from "@/app.ts";
import { prepareStore } from "@/bootstrap.ts";
import { parseConfig } from "@/config.ts";
import { createSqliteStore } from "@/db/store.ts";

/**
 * Page weight, a promise to people on old phones (issue 6): the respondent route must weigh no more than
 * 1.1 × a minimal page that renders ONE SurveyJS question with survey-react-ui and its default CSS — only
 * SurveyJS itself should weigh.
 *
 * Both pages are built in the same run (the app with the repository's vite.config.ts, the minimal page of
 * bench/page-weight/ into a temporary directory), served by a small static server, and opened in Chromium
 * with the network throttled to a slow 4G profile. For each page it reports the JS + CSS the route actually
 * loads (every script and stylesheet the browser requested, brotli-compressed at quality 11 from the built
 * files, and served so) and the time from navigation until the first question's input is visible and enabled. On the
 * respondent route that includes reading the notice and pressing "Commencer" (a click, no network).
 *
 * `npm run bench:web` · `--dist=<dir>`: measure an app already built there instead of building it.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_RATIO = 1.1;
const CAMPAIGN = "demo-gem-traboules";
/** Slow 4G as in Lighthouse's mobile profile: 150 ms latency, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const RUNS = 3;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

type ApiHandler = (request: Request) => Promise<Response>;

/** Serves a built directory (index.html for any other path), and `/api/*` from the app when given one. */
function staticServer(dir: string, api?: ApiHandler): Promise<{ server: Server; url: string }> {
  // Compressed before the first request, so that no measured run waits for the compressor.
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) compressed(join(entry.parentPath, entry.name));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (api && url.pathname.startsWith("/api/")) {
      const response = await api(new Request(url, { method: req.method ?? "GET", headers: { accept: "application/json" } }));
      res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" });
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    const path = normalize(join(dir, decodeURIComponent(url.pathname)));
    const file = path.startsWith(dir) && existsSync(path) && statSync(path).isFile() ? path : join(dir, "index.html");
    const headers: Record<string, string> = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    // Sent brotli-compressed, as any production front server would: the bytes on the wire are those counted.
    const wantsBrotli = /\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (wantsBrotli) headers["content-encoding"] = "br";
    res.writeHead(200, headers);
    res.end(wantsBrotli ? compressed(file) : readFileSync(file));
  });
  return new Promise((resolvePromise) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolvePromise({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

const cache = new Map<string, Buffer>();
function compressed(file: string): Buffer {
  let bytes = cache.get(file);
  if (!bytes) cache.set(file, (bytes = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })));
  return bytes;
}

const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

interface Measure {
  files: { path: string; raw: number; brotli: number }[];
  brotli: number;
  raw: number;
  msToQuestion: number[];
}

/** Opens `url` throttled, clicks through `before` (if any), and waits for the first question's input. */
async function measure(browser: Browser, dir: string, base: string, route: string, before?: string): Promise<Measure> {
  const times: number[] = [];
  const loaded = new Set<string>();
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
    const page = await context.newPage();
    page.on("request", (request) => {
      const type = request.resourceType();
      if (type === "script" || type === "stylesheet") loaded.add(new URL(request.url()).pathname);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    const start = performance.now();
    await page.goto(base + route, { waitUntil: "commit" });
    if (before) await page.getByRole("button", { name: before }).click({ timeout: 120_000 });
    await page.waitForFunction(
      () => {
        const input = document.querySelector<HTMLInputElement>(
          ".sd-question input:not([type=hidden]), .sd-question textarea, .sd-question [role=combobox]",
        );
        if (!input || input.disabled) return false;
        const box = input.closest(".sd-question")!.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      },
      undefined,
      { timeout: 120_000, polling: 20 },
    );
    times.push(performance.now() - start);
    await page.waitForLoadState("networkidle");
    await context.close();
  }
  const files = [...loaded].sort().map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, raw: bytes.length, brotli: brotli(bytes) };
  });
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    brotli: files.reduce((sum, f) => sum + f.brotli, 0),
    msToQuestion: times,
  };
}

/** No url() in the built CSS points elsewhere: no font, no image from another host. */
function externalUrls(dir: string, files: Measure["files"]): string[] {
  return files
    .filter((f) => f.path.endsWith(".css"))
    .flatMap((f) =>
      [...readFileSync(join(dir, f.path), "utf8").matchAll(/url\(\s*['"]?(https?:)?\/\/[^)]*\)/g)].map(
        (m) => `${f.path}: ${m[0].slice(0, 80)}`,
      ),
    );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function main(argv = process.argv.slice(2)): Promise<{ app: Measure; minimal: Measure; ratio: number }> {
  const given = argv.find((a) => a.startsWith("--dist="))?.slice("--dist=".length);
  const appDist = given ? resolve(given) : join(ROOT, "web", "dist");
  const minimalDist = mkdtempSync(join(tmpdir(), "reperes-page-weight-"));
  const dataDir = mkdtempSync(join(tmpdir(), "reperes-page-weight-db-"));
  let browser: Browser | undefined;
  const servers: Server[] = [];
  try {
    if (!given) {
      console.log("building the app (vite build)…");
      await build({ configFile: join(ROOT, "vite.config.ts"), root: join(ROOT, "web"), logLevel: "warn" });
    }
    console.log("building the minimal one-question SurveyJS page…");
    await build({
      configFile: false,
      root: join(ROOT, "bench", "page-weight"),
      plugins: [react()],
      logLevel: "warn",
      build: { outDir: minimalDist, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
    });

    // The API the respondent page calls, in process, on a fresh database with the demo campaigns.
    const config = parseConfig({
      DATABASE_PATH: join(dataDir, "bench.db"),
      DEMO_DATA: "true",
      RATE_LIMITS: "off",
      WEB_DIST_DIR: join(dataDir, "none"),
    });
    const store = createSqliteStore(config.databasePath);
    await prepareStore(store, config, new Date());
    const app = createApp({ store, config, clock: () => new Date() });

    const appSite = await staticServer(appDist, async (request) => app.fetch(request));
    const minimalSite = await staticServer(minimalDist);
    servers.push(appSite.server, minimalSite.server);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
    console.log(`measuring in Chromium, slow 4G (${SLOW_4G.latency} ms, 1.6 Mbps down, 750 kbps up), ${RUNS} runs each…`);
    const appMeasure = await measure(browser, appDist, appSite.url, `/r/${CAMPAIGN}`, "Commencer");
    const minimal = await measure(browser, minimalDist, minimalSite.url, "/");
    store.close();

    const ratio = appMeasure.brotli / minimal.brotli;
    const rows: [string, string, string][] = [
      ["", `respondent /r/${CAMPAIGN}`, "minimal SurveyJS page"],
      ["JS + CSS, brotli", kb(appMeasure.brotli), kb(minimal.brotli)],
      ["JS + CSS, raw", kb(appMeasure.raw), kb(minimal.raw)],
      ["files", String(appMeasure.files.length), String(minimal.files.length)],
      ["first question (median)", `${Math.round(median(appMeasure.msToQuestion))} ms`, `${Math.round(median(minimal.msToQuestion))} ms`],
      ["first question (runs)", appMeasure.msToQuestion.map(Math.round).join(", "), minimal.msToQuestion.map(Math.round).join(", ")],
    ];
    console.log();
    for (const [label, a, b] of rows) console.log(`${label.padEnd(26)}${a.padStart(28)}${b.padStart(26)}`);
    console.log();
    for (const f of appMeasure.files) console.log(`  app      ${f.path.padEnd(48)} ${kb(f.brotli).padStart(10)} brotli`);
    for (const f of minimal.files) console.log(`  minimal  ${f.path.padEnd(48)} ${kb(f.brotli).padStart(10)} brotli`);
    const external = [...externalUrls(appDist, appMeasure.files), ...externalUrls(minimalDist, minimal.files)];
    if (external.length > 0) console.log(`\nexternal url() in the CSS:\n  ${external.join("\n  ")}`);
    console.log(
      `\nratio respondent / minimal: ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO}) — ${ratio <= TARGET_RATIO ? "ok" : "OVER TARGET"}`,
    );
    return { app: appMeasure, minimal, ratio };
  } finally {
    await browser?.close();
    for (const server of servers) server.close();
    rmSync(minimalDist, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    ({ ratio }) => process.exit(ratio <= TARGET_RATIO ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
