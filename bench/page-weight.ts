import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { createAdaptorServer } from "@hono/node-server";
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
 * bench/page-weight/ into a temporary directory). The app is served by the app itself (createApp on a real
 * HTTP server: its precompressed files, its compressed API JSON, its preloads), the minimal page by a small
 * static server sending brotli at quality 11. Both are opened in Chromium, on a slow 4G profile and on a
 * rural phone's link (400 kbit/s, 300 ms). For each page it reports the bytes that actually crossed the
 * network (Chromium's encoded length of every response: JS + CSS, and everything, page and JSON included)
 * and the time from navigation until the first question's input is visible and enabled. On the respondent
 * route the server draws the notice and the first page in the HTML itself (src/http/plain-form), so the first
 * question is the page's own form field, answerable before SurveyJS has arrived to take the page over.
 *
 * `npm run bench:web` · `--dist=<dir>`: measure an app already built there instead of building it.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_RATIO = 1.1;
const CAMPAIGN = "demo-gem-traboules";
/** Slow 4G as in Lighthouse's mobile profile: 150 ms latency, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
/** A phone in a rural home, as met by peer workers: 400 kbit/s both ways, 300 ms latency. */
const RURAL = { offline: false, latency: 300, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const PROFILES = { "slow 4G": SLOW_4G, "rural 400 kbit/s": RURAL } as const;
type Profile = keyof typeof PROFILES;
const RUNS = 3;
/** The time to the first question the rural link must not exceed. */
const TARGET_RURAL_MS = 2500;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves a built directory (index.html for any other path), brotli-compressed as a production front server would. */
function staticServer(dir: string): Promise<{ server: Server; url: string }> {
  // Compressed before the first request, so that no measured run waits for the compressor.
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) compressed(join(entry.parentPath, entry.name));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
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
  return listen(server);
}

function listen(server: Server): Promise<{ server: Server; url: string }> {
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

interface Transfer {
  path: string;
  type: string;
  /** Bytes on the wire, as Chromium counted them (compressed body and headers). */
  bytes: number;
}

interface Measure {
  /** Every response of the first run, as served. */
  transfers: Transfer[];
  /** JS + CSS on the wire: the figure the target compares. */
  code: number;
  /** Everything on the wire: page, scripts, styles, JSON. */
  total: number;
  msToQuestion: Record<Profile, number[]>;
}

/** Opens `url` throttled, clicks through `before` (if any), and waits for the first question's input. */
async function measure(browser: Browser, base: string, route: string, before?: string): Promise<Measure> {
  const msToQuestion = { "slow 4G": [], "rural 400 kbit/s": [] } as Record<Profile, number[]>;
  let transfers: Transfer[] = [];
  for (const profile of Object.keys(PROFILES) as Profile[]) {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR" });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const responses = new Map<string, { path: string; type: string }>();
      const finished: Transfer[] = [];
      cdp.on("Network.responseReceived", (e) => responses.set(e.requestId, { path: new URL(e.response.url).pathname, type: e.type }));
      cdp.on("Network.loadingFinished", (e) => {
        const response = responses.get(e.requestId);
        if (response) finished.push({ ...response, bytes: e.encodedDataLength });
      });
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", PROFILES[profile]);
      const start = performance.now();
      await page.goto(base + route, { waitUntil: "commit" });
      if (before) await page.getByRole("button", { name: before }).click({ timeout: 120_000 });
      await page.waitForFunction(
        () => {
          const input = document.querySelector<HTMLInputElement>(
            ".sd-question input:not([type=hidden]), .sd-question textarea, .sd-question [role=combobox], .r-q input, .r-q select, .r-q textarea",
          );
          if (!input || input.disabled) return false;
          const box = input.closest(".sd-question, .r-q")!.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        },
        undefined,
        { timeout: 120_000, polling: 20 },
      );
      msToQuestion[profile].push(performance.now() - start);
      await page.waitForLoadState("networkidle");
      if (transfers.length === 0) transfers = finished.sort((a, b) => a.path.localeCompare(b.path));
      await context.close();
    }
  }
  const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);
  return {
    transfers,
    code: sum(transfers.filter((t) => t.type === "Script" || t.type === "Stylesheet")),
    total: sum(transfers),
    msToQuestion,
  };
}

/** No url() in the built CSS points elsewhere: no font, no image from another host. */
function externalUrls(dir: string, transfers: Transfer[]): string[] {
  return transfers
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

    // The app as it is served: createApp on a real HTTP server, on a fresh database with the demo campaigns.
    const config = parseConfig({
      DATABASE_PATH: join(dataDir, "bench.db"),
      DEMO_DATA: "true",
      RATE_LIMITS: "off",
      WEB_DIST_DIR: appDist,
    });
    const store = createSqliteStore(config.databasePath);
    await prepareStore(store, config, new Date());
    const app = createApp({ store, config, clock: () => new Date() });

    const appSite = await listen(createAdaptorServer({ fetch: app.fetch }) as Server);
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
    console.log(`measuring in Chromium, ${Object.keys(PROFILES).join(" and ")}, ${RUNS} runs each…`);
    const appMeasure = await measure(browser, appSite.url, `/r/${CAMPAIGN}`);
    const minimal = await measure(browser, minimalSite.url, "/");
    store.close();

    const ratio = appMeasure.code / minimal.code;
    const ruralMs = median(appMeasure.msToQuestion["rural 400 kbit/s"]);
    const rows: [string, string, string][] = [
      ["", `respondent /r/${CAMPAIGN}`, "minimal SurveyJS page"],
      ["JS + CSS, on the wire", kb(appMeasure.code), kb(minimal.code)],
      ["everything, on the wire", kb(appMeasure.total), kb(minimal.total)],
      ["responses", String(appMeasure.transfers.length), String(minimal.transfers.length)],
    ];
    for (const profile of Object.keys(PROFILES) as Profile[]) {
      const a = appMeasure.msToQuestion[profile];
      const b = minimal.msToQuestion[profile];
      rows.push([`first question, ${profile}`, `${Math.round(median(a))} ms`, `${Math.round(median(b))} ms`]);
      rows.push(["  (runs)", a.map(Math.round).join(", "), b.map(Math.round).join(", ")]);
    }
    console.log();
    for (const [label, a, b] of rows) console.log(`${label.padEnd(30)}${a.padStart(28)}${b.padStart(26)}`);
    console.log();
    for (const f of appMeasure.transfers) console.log(`  app      ${f.type.padEnd(11)} ${f.path.padEnd(48)} ${kb(f.bytes).padStart(10)}`);
    for (const f of minimal.transfers) console.log(`  minimal  ${f.type.padEnd(11)} ${f.path.padEnd(48)} ${kb(f.bytes).padStart(10)}`);
    const external = [...externalUrls(appDist, appMeasure.transfers), ...externalUrls(minimalDist, minimal.transfers)];
    if (external.length > 0) console.log(`\nexternal url() in the CSS:\n  ${external.join("\n  ")}`);
    console.log(
      `\nratio respondent / minimal (JS + CSS on the wire): ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO}) — ${ratio <= TARGET_RATIO ? "ok" : "OVER TARGET"}`,
    );
    console.log(
      `first question on the rural link: ${Math.round(ruralMs)} ms (target ≤ ${TARGET_RURAL_MS} ms) — ${ruralMs <= TARGET_RURAL_MS ? "ok" : "OVER TARGET"}`,
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
