import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createApp } from "@/app.ts";
import { hashPassword } from "@/auth/passwords.ts";
import { parseConfig } from "@/config.ts";
import { STRUCTURE_KINDS, SETTINGS, type StructureRecord } from "@/domain/structures.ts";
import { createSqliteStore } from "@/db/store.ts";
import { deriveResponse } from "@/domain/derive-response.ts";
import type { RespondentRole, Scoring } from "@/domain/questionnaire/types.ts";
import { regionOfDepartment } from "@/domain/territory.ts";
import { importSurveys } from "@/surveys/load-surveys.ts";

/**
 * Report latency over a large history: BENCH_RESPONSES (1,000,000) synthetic responses over 300 structures,
 * 3 questionnaires and 3 years, loaded straight into SQLite (with their response_scores and the incremental
 * indicator_cells, computed as a submission does), then, warm, the real structure report and public regional
 * report through the app, beside a naive GROUP BY over the stored scores measured in the same run.
 *
 * Env: BENCH_RESPONSES (1000000), BENCH_ITERATIONS (30), BENCH_BASELINE_ITERATIONS (= BENCH_ITERATIONS),
 * BENCH_SEED (1).
 */

const RESPONSES = positiveInt("BENCH_RESPONSES", 1_000_000);
const ITERATIONS = positiveInt("BENCH_ITERATIONS", 30);
const BASELINE_ITERATIONS = positiveInt("BENCH_BASELINE_ITERATIONS", ITERATIONS);
const WARMUP = 3;
const STRUCTURES = 300;
const FIRST_DAY = Date.UTC(2023, 9, 1); // 2023-10-01
const DAYS = Math.round((Date.UTC(2026, 8, 30) - FIRST_DAY) / 86_400_000) + 1; // through 2026-09-30
const NOW = new Date("2026-11-15T10:00:00Z");
const AURA_DEPARTMENTS = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];
const OTHER_DEPARTMENTS = ["75", "13", "33", "59", "35", "67"];
const ADMIN = { email: "bench-reports@example.org", password: `bench-${randomBytes(12).toString("hex")}` };
/** Questionnaire, its one role, and its share of the responses. */
const PLAN: { slug: string; role: RespondentRole; share: number }[] = [
  { slug: "experience-usagers", role: "patient", share: 0.7 },
  { slug: "regard-professionnels", role: "professional", share: 0.2 },
  { slug: "conditions-pairs-aidants", role: "peer_worker", share: 0.1 },
];

let seed = positiveInt("BENCH_SEED", 1);
/** mulberry32: deterministic, so two runs load the same data. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

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
  await importSurveys(store, "./surveys", NOW);

  // --- Structures: 300, most in the 12 départements of region 84, a few elsewhere; every kind and setting.
  const structures: (StructureRecord & { size: number; level: number })[] = [];
  for (let i = 0; i < STRUCTURES; i++) {
    const department = i < 270 ? AURA_DEPARTMENTS[i % AURA_DEPARTMENTS.length]! : OTHER_DEPARTMENTS[i % OTHER_DEPARTMENTS.length]!;
    const created = await store.structures.create(
      {
        name: `Structure ${String(i + 1).padStart(3, "0")}`,
        kind: STRUCTURE_KINDS[i % STRUCTURE_KINDS.length]!,
        department,
        region: regionOfDepartment(department)!,
        setting: SETTINGS[Math.floor(i / STRUCTURE_KINDS.length) % SETTINGS.length]!,
      },
      NOW,
    );
    // Sizes from 0.1 to 3 (a few small structures whose cells are suppressed), levels from 0.3 to 0.8.
    structures.push({ ...created, size: 0.1 + 2.9 * random() ** 2, level: 0.3 + 0.5 * random() });
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const s of structures) cumulative.push((total += s.size));
  const pickStructure = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return structures[lo]!;
  };

  // --- One campaign per structure × questionnaire.
  const questionnaires: ((typeof PLAN)[number] & { versionId: number; scoring: Scoring; campaigns: Map<number, number> })[] = [];
  for (const q of PLAN) {
    const summary = (await store.questionnaires.list()).find((s) => s.slug === q.slug);
    if (!summary || summary.latestVersion === null) throw new Error(`questionnaire ${q.slug} not imported`);
    const version = (await store.questionnaires.getVersion(q.slug, summary.latestVersion))!;
    const campaigns = new Map<number, number>();
    for (const s of structures) {
      const campaign = await store.campaigns.create(
        {
          code: `bench-${randomBytes(12).toString("hex")}`,
          structureId: s.id,
          versionId: version.id,
          role: q.role,
          opensAt: new Date(FIRST_DAY).toISOString(),
          closesAt: null,
          invitationHashes: [],
          createdBy: null,
        },
        NOW,
      );
      campaigns.set(s.id, campaign.id);
    }
    questionnaires.push({ ...q, versionId: version.id, scoring: version.scoring as Scoring, campaigns });
  }

  // --- The load: raw prepared statements, large transactions, synchronous=OFF for the load only.
  process.stderr.write(`loading ${RESPONSES.toLocaleString("en")} responses… `);
  const started = performance.now();
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144"); // 256 MB, for the load only
  const insertResponse = sqlite.prepare(
    `INSERT INTO responses (id, campaign_id, structure_id, version_id, role, answers, locale, submitted_on, is_demo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const insertScore = sqlite.prepare("INSERT INTO response_scores (response_id, dimension, score, answered, items) VALUES (?, ?, ?, ?, ?)");
  const addToCell = sqlite.prepare(
    `INSERT INTO indicator_cells (version_id, structure_id, role, period, indicator_id, n, sum, sum_squares)
     VALUES (@versionId, @structureId, @role, @period, @indicatorId, @n, @sum, @sumSquares)
     ON CONFLICT DO UPDATE SET n = n + excluded.n, sum = sum + excluded.sum, sum_squares = sum_squares + excluded.sum_squares`,
  );
  type CellRow = {
    versionId: number;
    structureId: number;
    role: string;
    period: string;
    indicatorId: string;
    n: number;
    sum: number;
    sumSquares: number;
  };
  const cells = new Map<string, CellRow>();
  const days = Array.from({ length: DAYS }, (_, i) => new Date(FIRST_DAY + i * 86_400_000).toISOString().slice(0, 10));
  const BATCH = 50_000;
  const insertBatch = sqlite.transaction((count: number) => {
    const ids = randomBytes(16 * count).toString("hex");
    for (let i = 0; i < count; i++) {
      const x = random();
      const q = x < PLAN[0]!.share ? questionnaires[0]! : x < PLAN[0]!.share + PLAN[1]!.share ? questionnaires[1]! : questionnaires[2]!;
      const s = pickStructure();
      const day = days[Math.floor(random() * DAYS)]!;
      const { min, max } = q.scoring.scale;
      const answers: Record<string, number> = {};
      for (const dimension of q.scoring.dimensions) {
        for (const item of dimension.items) {
          if (random() > 0.9) continue; // ~10 % of items left unanswered
          const level = Math.max(0, Math.min(1, s.level + 0.5 * (random() - 0.5)));
          answers[item] = Math.min(max, min + Math.floor(level * (max - min + 1)));
        }
      }
      const id = ids.slice(32 * i, 32 * i + 32);
      insertResponse.run(id, q.campaigns.get(s.id)!, s.id, q.versionId, q.role, JSON.stringify(answers), random() < 0.9 ? "fr" : "en", day);
      const derived = deriveResponse(q.scoring, answers, { structureId: s.id, role: q.role, day });
      for (const score of derived.scores) insertScore.run(id, score.dimension, score.score, score.answered, score.items);
      for (const cell of derived.cells) {
        const key = `${q.versionId}|${s.id}|${q.role}|${cell.period}|${cell.indicatorId}`;
        const row = cells.get(key);
        if (row) {
          row.n += cell.n;
          row.sum += cell.sum;
          row.sumSquares += cell.sumSquares;
        } else cells.set(key, { versionId: q.versionId, structureId: s.id, role: q.role, ...cell });
      }
    }
  });
  for (let done = 0; done < RESPONSES; done += BATCH) insertBatch(Math.min(BATCH, RESPONSES - done));
  sqlite.transaction(() => {
    for (const cell of cells.values()) addToCell.run(cell);
  })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("cache_size = -2000");
  const loadSeconds = (performance.now() - started) / 1000;
  const cellCount = cells.size;
  cells.clear(); // the load's aggregates are not part of the memory measured below
  process.stderr.write("done\n");
  const scoreRows = (sqlite.prepare("SELECT count(*) AS n FROM response_scores").get() as { n: number }).n;
  const dbBytes = statSync(dbPath).size;

  // --- The app, with an admin session.
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
  const sampleStructure = structures.find((s) => s.region === "84")!;
  const sample = JSON.parse(await get(`/api/reports/structures/${sampleStructure.id}?questionnaire=experience-usagers`, { cookie })) as {
    roles: { indicators: unknown[] }[];
  };
  if (sample.roles.length === 0 || sample.roles[0]!.indicators.length === 0) throw new Error("the structure report came back empty");

  const rows: Row[] = [];
  rows.push(
    await measure("structure report (API, warm)", "≤ 50 ms", 50, ITERATIONS, () =>
      get(`/api/reports/structures/${structures[Math.floor(random() * structures.length)]!.id}?questionnaire=experience-usagers`, {
        cookie,
      }),
    ),
  );
  rows.push(
    await measure("region 84 report (API, public)", "≤ 100 ms", 100, ITERATIONS, () =>
      get("/api/reports/regions/84?questionnaire=experience-usagers"),
    ),
  );

  const versionIds = (await store.questionnaires.listPoolCandidates("experience-usagers")).map((v) => v.id);
  const naive = sqlite.prepare(
    `SELECT r.structure_id, s.dimension, count(*) AS n, avg(s.score) AS mean
     FROM responses r JOIN response_scores s ON s.response_id = r.id
     WHERE r.version_id IN (${versionIds.map(() => "?").join(", ")})
     GROUP BY r.structure_id, s.dimension`,
  );
  rows.push(await measure("baseline: naive GROUP BY", "(reference)", Infinity, BASELINE_ITERATIONS, async () => naive.all(...versionIds)));

  printTable(rows);
  console.log(
    `\nload: ${RESPONSES.toLocaleString("en")} responses, ${scoreRows.toLocaleString("en")} score rows, ${cellCount.toLocaleString("en")} indicator cells in ${loadSeconds.toFixed(1)} s` +
      ` (${Math.round(RESPONSES / loadSeconds).toLocaleString("en")} responses/s); DB ${(dbBytes / 1024 / 1024).toFixed(0)} MB`,
  );
  console.log(
    `machine: ${os.cpus().length} CPUs, node ${process.version}, load average before ${loadBefore.toFixed(2)}; ${STRUCTURES} structures, ${PLAN.length} questionnaires, ` +
      `${DAYS} days; ${WARMUP} warm-up calls then ${ITERATIONS} measured (baseline ${BASELINE_ITERATIONS}); memory = process after each target`,
  );
  store.close();
  return rows.some((r) => r.verdict === "FAIL") ? 1 : 0;
}

async function measure(target: string, goal: string, limit: number, iterations: number, run: () => Promise<unknown>): Promise<Row> {
  process.stderr.write(`${target}: `);
  for (let i = 0; i < WARMUP; i++) await run();
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

function printTable(rows: Row[]) {
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  const header = ["target", "p50 ms", "p95 ms", "target p50", "result", "rss MB", "heap MB"];
  const cells = rows.map((r) => [r.target, r.p50.toFixed(1), r.p95.toFixed(1), r.goal, r.verdict, mb(r.rss), mb(r.heap)]);
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
