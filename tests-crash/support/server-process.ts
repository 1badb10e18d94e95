import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SurveyDefinition } from "@/domain/questionnaire/types.ts";
import { fullAnswerSet } from "../../bench/answer-set.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ADMIN = { email: "ops@example.org", password: `ops-${randomBytes(12).toString("hex")}` };

export interface ServerProcess {
  base: string;
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
}

const started = new Set<ChildProcess>();

/** The real server (`node --import tsx src/server.ts`) on `databasePath` and a free port, once healthy. */
export async function startServer(databasePath: string): Promise<ServerProcess> {
  const port = await freePort();
  const proc = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      DEMO_DATA: "false",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      WEB_DIST_DIR: "./does-not-exist",
      // One client sending a thousand submissions is what the per-client limit refuses; it is not under test here.
      RATE_LIMITS: "off",
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: stopping it can never reach another process of the machine.
    detached: true,
  });
  started.add(proc);
  let output = "";
  proc.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) =>
    proc.once("exit", (code) => {
      started.delete(proc);
      resolveExit(code);
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) break;
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, proc, output: () => output, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not become healthy (exit ${proc.exitCode ?? proc.signalCode ?? "none"}):\n${output}`);
}

/** Ends every server these tests started that is still running, by its own process group id. */
export function killStartedServers() {
  for (const proc of started) {
    if (proc.pid !== undefined && proc.exitCode === null && proc.signalCode === null) process.kill(-proc.pid, "SIGKILL");
  }
}

/** Signs in as the admin, opens a patient campaign, and returns its submission URL and questionnaire. */
export async function openCampaign(base: string): Promise<{ url: string; definition: SurveyDefinition }> {
  const login = await call(base, "POST", "/api/auth/login", ADMIN);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const structure = (await (
    await call(base, "POST", "/api/structures", { name: "GEM Reprise", kind: "gem", department: "69", setting: "urban" }, { cookie })
  ).json()) as { id: number };
  const { code } = (await (
    await call(
      base,
      "POST",
      "/api/campaigns",
      { structureId: structure.id, questionnaire: "experience-usagers", version: 1, role: "patient" },
      { cookie },
    )
  ).json()) as { code: string };
  const { definition } = (await (await call(base, "GET", `/api/campaigns/${code}`)).json()) as { definition: SurveyDefinition };
  return { url: `${base}/api/campaigns/${code}/responses`, definition };
}

/**
 * A submission the response can be recognised by, since a 201 names no response: a full answer set whose
 * free comment is `marker` (letters only, so that masking leaves it as it is).
 */
export function markedBody(definition: SurveyDefinition, marker: string): string {
  return JSON.stringify({ answers: { ...fullAnswerSet(definition), comment: marker }, locale: "fr" });
}

/** `n` written in letters (a → 0, b → 1…), fixed width: markers that no identifier pattern can match. */
export function letters(n: number, width = 4): string {
  let out = "";
  for (let i = 0; i < width; i++, n = Math.floor(n / 26)) out = String.fromCharCode(97 + (n % 26)) + out;
  return out;
}

export type Outcome = "acknowledged" | "refused" | "lost";

/**
 * Sends every body at once to `url`; `onAcknowledged` is told the running count of 201s. Resolves once each
 * has an outcome: acknowledged (201), refused (another status), lost (no answer: the server was gone).
 */
export async function submitAll(url: string, bodies: string[], onAcknowledged: (count: number) => void = () => {}): Promise<Outcome[]> {
  let acknowledged = 0;
  return Promise.all(
    bodies.map((body) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body }).then(
        async (res) => {
          await res.arrayBuffer();
          if (res.status !== 201) return "refused" as const;
          onAcknowledged(++acknowledged);
          return "acknowledged" as const;
        },
        () => "lost" as const,
      ),
    ),
  );
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

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
