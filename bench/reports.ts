import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { familyOf } from "../src/actions/releases.ts";
import { createApp } from "../src/app.ts";
import { hashPassword } from "../src/auth/passwords.ts";
import { parseConfig } from "../src/config.ts";
import { createSqliteStore } from "../src/db/store.ts";
import { previousQuarter, quarterOf } from "../src/domain/benchmark/periods.ts";
import { dayOf } from "../src/domain/campaign-window.ts";
import { buildRelease } from "../src/domain/release/build-release.ts";
import { releaseRules } from "../src/domain/release/rules.ts";
import type { ReleaseRun } from "./release-run.ts";
import { DAYS, PLAN, STRUCTURES, loadSyntheticHistory, seededRandom } from "./synthetic-history.ts";

/**
 * Releases and report reads over a large history: BENCH_RESPONSES (1,000,000) synthetic responses over 300
 * structures, 3 questionnaires and 3 years (synthetic-history.ts), then, on that one database, in one run:
 *
 * 1. the release: the first full release of the three questionnaires (everything up to the last closed quarter),
 *    and, on a copy of the database taken before it, the same ledger released quarter by quarter from the first
 *    quarter with data (release-run.ts, each in a process of its own for a clean memory peak) — target ≤ 60 s;
 * 2. today's on-request computation, the baseline: the cells query and `buildRelease` of the latest quarter for
 *    one questionnaire, without writing — what every view would cost if it computed its figures on request;
 * 3. warm reads from the ledger through the app: structure reports over random structures, the public report of
 *    the largest region, funnels — target ≤ 20 ms p50 — beside a naive GROUP BY over the stored scores.
 *
 * Env: BENCH_RESPONSES (1000000), BENCH_ITERATIONS reads (100), BENCH_ON_REQUEST_ITERATIONS (10),
 * BENCH_BASELINE_ITERATIONS naive GROUP BY (5), BENCH_SEED (1), BENCH_CPU_PROF=<dir> to write a V8 CPU profile
 * of each release process into <dir>.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RESPONSES = positiveInt("BENCH_RESPONSES", 1_000_000);
const ITERATIONS = positiveInt("BENCH_ITERATIONS", 100);
const ON_REQUEST_ITERATIONS = positiveInt("BENCH_ON_REQUEST_ITERATIONS", 10);
const BASELINE_ITERATIONS = positiveInt("BENCH_BASELINE_ITERATIONS", 5);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const WARMUP = 3;
const RELEASE_LIMIT_SECONDS = 60;
const READ_LIMIT_MS = 20;
const NOW = new Date("2026-11-15T10:00:00Z");
const SLUGS = PLAN.map((q) => q.slug);
const ADMIN = { email: "bench-reports@example.org", password: `bench-${randomBytes(12).toString("hex")}` };

const random = seededRandom(positiveInt("BENCH_SEED", 1));
const tmp = mkdtempSync(join(os.tmpdir(), "reperes-bench-reports-"));
const dbPath = join(tmp, "reports.db");

interface Row {
  target: string;
  p50: number;
  p95: number;
  goal: string;
  verdict: string;
  rss: number;
  heap: number;
}

async function main(): Promise<number> {
  const loadBefore = os.loadavg()[0]!;
  if (loadBefore > 0.5) console.warn(`warning: load average ${loadBefore.toFixed(2)} before starting — results will be noisy`);
  const store = createSqliteStore(dbPath);
  const sqlite = store.db.$client;
  process.stderr.write(`loading ${RESPONSES.toLocaleString("en")} responses… `);
  const history = await loadSyntheticHistory(store, { responses: RESPONSES, now: NOW, random });
  process.stderr.write("done\n");
  const { structures } = history;
  const scoreRows = (sqlite.prepare("SELECT count(*) AS n FROM response_scores").get() as { n: number }).n;
  const dbBytes = statSync(dbPath).size;

  // --- 1. The release, on the loaded database (full) and on a copy of it taken before (quarter by quarter).
  const quarterlyPath = join(tmp, "quarterly.db");
  copyFileSync(dbPath, quarterlyPath); // the WAL was checkpointed and truncated by the load: the file is whole
  process.stderr.write("first full release… ");
  const full = await runRelease("full", dbPath);
  process.stderr.write("done\nquarter-by-quarter release… ");
  const quarterly = await runRelease("quarterly", quarterlyPath);
  process.stderr.write("done\n");
  rmSync(quarterlyPath, { force: true });

  // --- 2. Today's on-request computation: the same figures, computed for one request, not written.
  const rows: Row[] = [];
  const slug = PLAN[0]!.slug;
  const family = (await familyOf(store, slug))!;
  const series = family.series[family.series.length - 1]!;
  const reference = series.versions.filter((v) => v.slug === family.root).sort((a, b) => b.version - a.version)[0]!;
  const rules = releaseRules(parseConfig({ DATABASE_PATH: dbPath, DEMO_DATA: "false" }).minCell);
  const quarter = previousQuarter(quarterOf(dayOf(NOW)));
  const releaseStructures = await store.structures.list();
  let computed = 0;
  rows.push(
    await measure(`on request: cells + buildRelease (${slug})`, "(baseline)", Infinity, ON_REQUEST_ITERATIONS, async () => {
      const cells = await store.reports.indicatorCells(series.versions.map((v) => v.id));
      computed = buildRelease({
        quarter,
        earlier: [],
        structures: releaseStructures,
        indicators: reference.scoring.indicators,
        cells,
        rules,
      }).length;
    }),
  );
  const stored = (
    sqlite
      .prepare("SELECT count(*) AS n FROM released_figures f JOIN releases r ON r.id = f.release_id WHERE r.series = ? AND r.quarter = ?")
      .get(series.key, quarter) as { n: number }
  ).n;
  if (computed !== stored) throw new Error(`on-request computation gave ${computed} figures, the ledger holds ${stored}`);

  // --- 3. Reads from the ledger through the app, warm, with an admin session.
  const config = parseConfig({ DATABASE_PATH: dbPath, DEMO_DATA: "false", RATE_LIMITS: "off" });
  const app = createApp({ store, config, clock: () => NOW });
  await store.accounts.createUser({ email: ADMIN.email, passwordHash: await hashPassword(ADMIN.password), role: "admin" }, NOW);
  const login = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
    return body;
  };
  const inRegion = structures.filter((s) => s.region === "84");
  const sample = JSON.parse(await get(`/api/reports/structures/${inRegion[0]!.id}?questionnaire=${slug}`, { cookie })) as {
    release: unknown;
    roles: { indicators: { groups: { region: unknown } }[] }[];
  };
  if (sample.release === null || sample.roles.length === 0 || sample.roles[0]!.indicators.length === 0)
    throw new Error("the structure report came back empty");
  if ("suppressed" in (sample.roles[0]!.indicators[0]!.groups.region as object)) throw new Error("the region figure came back suppressed");
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const indicator = reference.scoring.indicators[0]!.id;

  rows.push(
    await measure("structure report (ledger, warm)", `≤ ${READ_LIMIT_MS} ms`, READ_LIMIT_MS, ITERATIONS, () =>
      get(`/api/reports/structures/${pick(structures).id}?questionnaire=${slug}`, { cookie }),
    ),
  );
  rows.push(
    await measure("region 84 report (ledger, public)", `≤ ${READ_LIMIT_MS} ms`, READ_LIMIT_MS, ITERATIONS, () =>
      get(`/api/reports/regions/84?questionnaire=${slug}`),
    ),
  );
  rows.push(
    await measure("funnel, region 84 (ledger, warm)", `≤ ${READ_LIMIT_MS} ms`, READ_LIMIT_MS, ITERATIONS, () =>
      get(`/api/reports/structures/${pick(inRegion).id}/funnel?questionnaire=${slug}&indicator=${indicator}`, { cookie }),
    ),
  );

  const naive = sqlite.prepare(
    `SELECT r.structure_id, s.dimension, count(*) AS n, avg(s.score) AS mean
     FROM responses r JOIN response_scores s ON s.response_id = r.id
     WHERE r.version_id IN (${series.versions.map(() => "?").join(", ")})
     GROUP BY r.structure_id, s.dimension`,
  );
  const versionIds = series.versions.map((v) => v.id);
  rows.push(
    await measure("naive GROUP BY on the responses", "(reference)", Infinity, BASELINE_ITERATIONS, async () => naive.all(...versionIds)),
  );

  printRelease(full, quarterly);
  printTable(rows);
  const releaseFails = [full.steps, quarterly.steps].flat().some((s) => s.seconds > RELEASE_LIMIT_SECONDS);
  console.log(
    `\nload: ${RESPONSES.toLocaleString("en")} responses, ${scoreRows.toLocaleString("en")} score rows, ${history.cellCount.toLocaleString("en")} indicator cells in ${history.loadSeconds.toFixed(1)} s` +
      ` (${Math.round(RESPONSES / history.loadSeconds).toLocaleString("en")} responses/s); DB ${(dbBytes / 1024 / 1024).toFixed(0)} MB before the release`,
  );
  console.log(
    `machine: ${os.cpus().length} CPUs, node ${process.version}, load average before ${loadBefore.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)}; ` +
      `${STRUCTURES} structures, ${PLAN.length} questionnaires, ${DAYS} days; ${WARMUP} warm-up calls then ${ITERATIONS} reads ` +
      `(on request ${ON_REQUEST_ITERATIONS}, naive ${BASELINE_ITERATIONS}); read memory = this process after each target`,
  );
  store.close();
  return releaseFails || rows.some((r) => r.verdict === "FAIL") ? 1 : 0;
}

/** Runs one release scenario (release-run.ts) in its own process and returns what it measured. */
function runRelease(mode: "full" | "quarterly", path: string): Promise<ReleaseRun> {
  const profile = CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${join(CPU_PROF_DIR, mode)}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "bench/release-run.ts"], {
    cwd: ROOT,
    env: { ...process.env, RELEASE_DB: path, RELEASE_MODE: mode, RELEASE_NOW: NOW.toISOString(), RELEASE_SLUGS: SLUGS.join(",") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`release-run ${mode} exited with ${code}`));
      done(JSON.parse(out.trim().split("\n").pop()!) as ReleaseRun);
    });
  });
}

async function measure(target: string, goal: string, limit: number, iterations: number, run: () => Promise<unknown>): Promise<Row> {
  process.stderr.write(`${target}: `);
  for (let i = 0; i < Math.min(WARMUP, iterations); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  process.stderr.write("done\n");
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  const { rss, heapUsed } = process.memoryUsage();
  const p50 = at(0.5);
  return { target, p50, p95: at(0.95), goal, verdict: limit === Infinity ? "—" : p50 <= limit ? "PASS" : "FAIL", rss, heap: heapUsed };
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

function printRelease(full: ReleaseRun, quarterly: ReleaseRun) {
  const header = ["release", "seconds", ...SLUGS.map((s) => `${s} s`), "releases", "figures", "rss MB", "heap MB", "target", "result"];
  const verdict = (seconds: number) => (seconds <= RELEASE_LIMIT_SECONDS ? "PASS" : "FAIL");
  const step = (label: string, s: ReleaseRun["steps"][number]) => [
    label,
    s.seconds.toFixed(2),
    ...s.byFamily.map((t) => t.toFixed(2)),
    String(s.releases),
    s.figures.toLocaleString("en"),
    mb(s.rss),
    mb(s.heapUsed),
    `≤ ${RELEASE_LIMIT_SECONDS} s`,
    verdict(s.seconds),
  ];
  const total = quarterly.steps.reduce((n, s) => n + s.seconds, 0);
  const cells = [
    ...full.steps.map((s) => step(`first full release, up to ${s.quarter}`, s)),
    ...quarterly.steps.map((s, i) => step(`${i === 0 ? "first release, up to" : "next quarter,"} ${s.quarter}`, s)),
    [
      `quarter by quarter, all ${quarterly.steps.length}`,
      total.toFixed(2),
      ...SLUGS.map((_, f) => quarterly.steps.reduce((n, s) => n + s.byFamily[f]!, 0).toFixed(2)),
      String(quarterly.steps.reduce((n, s) => n + s.releases, 0)),
      quarterly.steps.reduce((n, s) => n + s.figures, 0).toLocaleString("en"),
      "",
      "",
      "",
      "",
    ],
  ];
  printColumns(header, cells);
  for (const [name, run] of [
    ["first full release", full],
    ["quarter by quarter", quarterly],
  ] as const)
    console.log(
      `${name}: rss ${mb(run.rssBefore)} MB before, peak ${mb(run.maxRss)} MB (process maxRSS); heap ${mb(run.heapBefore)} MB before; ` +
        `ledger ${run.ledgerFigures.toLocaleString("en")} figures, ${mb(run.ledgerBytes)} MB of JSON`,
    );
}

function printTable(rows: Row[]) {
  const header = ["target", "p50 ms", "p95 ms", "target p50", "result", "rss MB", "heap MB"];
  printColumns(
    header,
    rows.map((r) => [r.target, r.p50.toFixed(1), r.p95.toFixed(1), r.goal, r.verdict, mb(r.rss), mb(r.heap)]),
  );
}

function printColumns(header: string[], cells: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(" | ");
  console.log("\n" + line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const c of cells) console.log(line(c));
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
