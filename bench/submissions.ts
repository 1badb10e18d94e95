import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { SurveyDefinition } from "@/domain/questionnaire/types.ts";
import { fullAnswerSet } from "./answer-set.ts";

/**
 * Throughput of the respondent submission endpoint (validation + scoring + group commit, synchronous=FULL)
 * against a bare Hono + better-sqlite3 insert with the same durability. Each target runs as its own child
 * process on its own fresh database, one after the other, so they never share a core or a disk queue with
 * each other — only with the load generator, which runs here in-process.
 *
 * Env: BENCH_CONNECTIONS (32), BENCH_DURATION seconds (10), BENCH_CPU_PROF=<dir> to write a V8 CPU profile of
 * every server child into <dir> (open it in Chrome DevTools) when looking for where the time goes.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONNECTIONS = positiveInt("BENCH_CONNECTIONS", 32);
const DURATION = positiveInt("BENCH_DURATION", 10);
const WARMUP_SECONDS = 2;
const TARGET_RATIO = 0.5;
/** Over this share of non-2xx answers a run measures failures, not throughput. */
const MAX_NON_2XX_SHARE = 0.01;
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const ADMIN = { email: "bench@example.org", password: `bench-${randomBytes(12).toString("hex")}` };

interface Child {
  name: string;
  proc: ChildProcess;
  output: string[];
}

const children = new Set<Child>();
const tmp = mkdtempSync(join(os.tmpdir(), "reperes-bench-"));

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  total: number;
  errors: number;
  timeouts: number;
}

async function main(): Promise<number> {
  // Both cores are used (server + load generator): anything else running skews every row, the fsync-bound
  // ones most. Said up front so a surprising table is not mistaken for a regression.
  const loadBefore = os.loadavg()[0]!;
  if (loadBefore > 0.5) console.warn(`warning: load average ${loadBefore.toFixed(2)} before starting — results will be noisy`);
  // --- Real server, set up through its own API, exactly as staff and a respondent would.
  const real = await startChild(
    "real",
    ["src/server.ts"],
    {
      DATABASE_PATH: join(tmp, "real.db"),
      DEMO_DATA: "false",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      WEB_DIST_DIR: "./does-not-exist",
      // One client sending thousands of submissions is exactly what the limiter refuses (429 after 60 per
      // 10 min); the switch exists for load tests. With it off, throttle() returns before touching its maps.
      RATE_LIMITS: "off",
    },
    "/api/health",
  );
  const { path: submitPath, body, auth, structureId } = await prepareCampaign(real.base);
  const invited = await prepareInvitations(real.base, auth, structureId, body);

  const rows: Row[] = [];
  const runs: string[] = [];
  rows.push(await load("real endpoint (FULL, group commit)", real.base + submitPath, body, runs));
  // Invitation-only campaigns: each batch is two commits (invitations, then responses), each followed by a
  // truncating checkpoint, so that the files never pair an invitation with its response.
  rows.push(await load("real, invitation-only (2 commits)", real.base + submitPath, body, runs, invited));
  await stopChild(real.child);

  // --- Bare baselines, same body, one transaction (one fsync under FULL) per request.
  for (const sync of ["FULL", "NORMAL"] as const) {
    const bare = await startChild(
      `bare-${sync}`,
      ["bench/bare-server.ts"],
      {
        DATABASE_PATH: join(tmp, `bare-${sync}.db`),
        BARE_SYNCHRONOUS: sync,
      },
      "/health",
    );
    rows.push(await load(`bare ${sync} autocommit`, bare.base + "/submit", body, runs));
    await stopChild(bare.child);
  }

  printTable(rows);
  const [realRow, invitedRow, bareFull] = rows as [Row, Row, Row, Row];
  const ratio = bareFull.rps > 0 ? realRow.rps / bareFull.rps : 0;
  console.log(`\nratio real / bare(FULL) = ${ratio.toFixed(2)}   target ≥ ${TARGET_RATIO}   ${ratio >= TARGET_RATIO ? "PASS" : "FAIL"}`);
  const invitedRatio = bareFull.rps > 0 ? invitedRow.rps / bareFull.rps : 0;
  console.log(`ratio invitation-only / bare(FULL) = ${invitedRatio.toFixed(2)}`);
  console.log(
    `machine: ${os.cpus().length} CPUs, node ${process.version}, load average before ${loadBefore.toFixed(2)}, connections ${CONNECTIONS}, duration ${DURATION} s (+${WARMUP_SECONDS} s warm-up), pipelining 1`,
  );
  console.log(`body: ${Buffer.byteLength(body)} bytes, ${Object.keys((JSON.parse(body) as { answers: object }).answers).length} answers`);

  // The ratio is a measurement, not a gate; a run that failed requests is not a valid measurement, though.
  if (runs.length > 0) {
    console.error(`\ninvalid measurement:\n  ${runs.join("\n  ")}`);
    return 1;
  }
  return 0;
}

/** Signs in, creates a structure and an open campaign, and checks one full answer set is accepted (201). */
async function prepareCampaign(base: string): Promise<{ path: string; body: string; auth: Record<string, string>; structureId: number }> {
  const login = await call(base, "POST", "/api/auth/login", ADMIN);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("login answered without a session cookie");
  const auth = { cookie };

  const structure = await call(
    base,
    "POST",
    "/api/structures",
    { name: "GEM Bench", kind: "gem", department: "69", setting: "urban" },
    auth,
  );
  const { id: structureId } = (await structure.json()) as { id: number };
  const campaign = await call(
    base,
    "POST",
    "/api/campaigns",
    { structureId, questionnaire: "experience-usagers", version: 1, role: "patient" },
    auth,
  );
  const { code } = (await campaign.json()) as { code: string };
  const page = await call(base, "GET", `/api/campaigns/${code}`);
  const { definition } = (await page.json()) as { definition: SurveyDefinition };

  const path = `/api/campaigns/${code}/responses`;
  const body = JSON.stringify({ answers: fullAnswerSet(definition), locale: "fr" });
  const probe = await fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body });
  if (probe.status !== 201) {
    throw new Error(`the generated answer set was refused: ${probe.status} ${await probe.text()}`);
  }
  return { path, body, auth, structureId };
}

/** Campaigns of this many invitations (the API's maximum): enough for a run at a few thousand submissions/s. */
const INVITED_CAMPAIGNS = 8;

/**
 * Invitation-only campaigns, their invitations handed out one per request: a request builder for autocannon.
 * Runs out (403) only past INVITED_CAMPAIGNS × 5,000 submissions, which the invalid-run check would report.
 */
async function prepareInvitations(base: string, auth: Record<string, string>, structureId: number, body: string): Promise<RequestSetup> {
  const { answers } = JSON.parse(body) as { answers: object };
  const tokens: { path: string; invitation: string }[] = [];
  for (let i = 0; i < INVITED_CAMPAIGNS; i++) {
    const res = await call(
      base,
      "POST",
      "/api/campaigns",
      { structureId, questionnaire: "experience-usagers", version: 1, role: "patient", invitations: 5000 },
      auth,
    );
    const { code, invitations } = (await res.json()) as { code: string; invitations: string[] };
    for (const invitation of invitations) tokens.push({ path: `/api/campaigns/${code}/responses`, invitation });
  }
  let next = 0;
  return (req) => {
    const token = tokens[next++ % tokens.length]!;
    return { ...req, path: token.path, body: JSON.stringify({ answers, invitation: token.invitation, locale: "fr" }) };
  };
}

type RequestSetup = NonNullable<autocannon.Request["setupRequest"]>;

/** A warm-up run (JIT, page cache, WAL growth), discarded, then the measured run, same settings. */
async function load(target: string, url: string, body: string, invalid: string[], setupRequest?: RequestSetup): Promise<Row> {
  const options: autocannon.Options = {
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    pipelining: 1,
    ...(setupRequest ? { requests: [{ method: "POST", setupRequest }] } : {}),
  };
  process.stderr.write(`${target}: warm-up ${WARMUP_SECONDS} s… `);
  const warm = await autocannon({ ...options, duration: WARMUP_SECONDS });
  process.stderr.write(`measuring ${DURATION} s… `);
  const r = await autocannon({ ...options, duration: DURATION });
  process.stderr.write("done\n");

  for (const [label, run] of [
    ["warm-up", warm],
    ["measured", r],
  ] as const) {
    const total = run["2xx"] + run.non2xx;
    if (run.errors > 0 || run.timeouts > 0) invalid.push(`${target} (${label}): ${run.errors} errors, ${run.timeouts} timeouts`);
    if (total === 0 || run.non2xx / total > MAX_NON_2XX_SHARE) invalid.push(`${target} (${label}): ${run.non2xx} non-2xx of ${total}`);
  }
  return {
    target,
    rps: r["2xx"] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    total: r["2xx"] + r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

function printTable(rows: Row[]) {
  const header = ["target", "req/s (2xx)", "p50 ms", "p99 ms", "non-2xx", "errors"];
  const cells = rows.map((r) => [
    r.target,
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    `${r.non2xx}/${r.total}`,
    `${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ""}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(" | ");
  console.log("\n" + line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const c of cells) console.log(line(c));
}

// ---------------------------------------------------------------------------------------------------------
// Child processes

/** Starts `node --import tsx <script>` on a free port and waits until `healthPath` answers 200. */
async function startChild(name: string, args: string[], env: Record<string, string>, healthPath: string) {
  const port = await freePort();
  // One directory per child, default file names: tsx's loader thread writes a profile too, and a fixed name
  // would let it overwrite the main thread's (the largest file is the main thread).
  const profile = CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${join(CPU_PROF_DIR, name)}`] : [];
  const proc = spawn(process.execPath, [...profile, "--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const child: Child = { name, proc, output: [] };
  children.add(child);
  // Kept (bounded) to explain a failed start; read continuously so a full pipe never blocks the child.
  const keep = (chunk: Buffer) => {
    child.output.push(chunk.toString());
    if (child.output.length > 200) child.output.shift();
  };
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) break;
    const ok = await fetch(base + healthPath).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not become healthy (exit ${proc.exitCode ?? proc.signalCode ?? "none"}):\n${child.output.join("")}`);
}

/** SIGTERM (the servers close their database cleanly), SIGKILL if that takes more than 5 s. */
async function stopChild(child: Child): Promise<void> {
  const { proc } = child;
  if (proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise<void>((r) => proc.once("exit", () => r()));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

/** Last resort (synchronous, for `exit`): no child may outlive the bench, no temp file may stay behind. */
function cleanupSync() {
  for (const { proc } of children) if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
  children.clear();
  rmSync(tmp, { recursive: true, force: true }); // the .db and its -wal / -shm
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

process.on("exit", cleanupSync);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

main()
  .then(async (code) => {
    await Promise.all([...children].map(stopChild));
    cleanupSync();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await Promise.all([...children].map(stopChild));
    cleanupSync();
    process.exit(1);
  });
