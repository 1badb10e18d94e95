import { performance } from "node:perf_hooks";
import { ensureReleased, familyOf } from "../src/actions/releases.ts";
import { parseConfig } from "../src/config.ts";
import type { ReleaseRecord } from "../src/db/ledger-store.ts";
import { createSqliteStore } from "../src/db/store.ts";
import { nextQuarter, previousQuarter, quarterEnd, quarterOf } from "../src/domain/benchmark/periods.ts";
import { dayOf } from "../src/domain/campaign-window.ts";

/**
 * One release scenario of bench/reports.ts, run in a process of its own so that its memory peak (maxRSS) is
 * the release's alone, not the data load's. Prints one JSON line (`ReleaseRun`) on stdout.
 *
 * - `full`: the first release of every series of the given questionnaires, as of RELEASE_NOW: everything up to
 *   the last closed quarter, what the first reading after deployment triggers.
 * - `quarterly`: the same ledger built quarter by quarter, from the first quarter with data: the clock is moved
 *   into each following quarter in turn and the release step run again, as the first reading of each quarter
 *   does in production.
 *
 * Env: RELEASE_DB (path), RELEASE_MODE (full | quarterly), RELEASE_NOW (ISO date), RELEASE_SLUGS (comma-separated).
 */

export interface ReleaseStep {
  /** The quarter released last in this step. */
  quarter: string;
  seconds: number;
  /** Seconds per questionnaire family, in RELEASE_SLUGS order. */
  byFamily: number[];
  releases: number;
  figures: number;
  rss: number;
  heapUsed: number;
}

export interface ReleaseRun {
  steps: ReleaseStep[];
  rssBefore: number;
  heapBefore: number;
  /** Peak resident set of the process over the whole scenario, bytes. */
  maxRss: number;
  /** Released figures in the ledger at the end, and the bytes of their JSON figure and detail. */
  ledgerFigures: number;
  ledgerBytes: number;
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const mode = env("RELEASE_MODE");
const now = new Date(env("RELEASE_NOW"));
const slugs = env("RELEASE_SLUGS").split(",");
const store = createSqliteStore(env("RELEASE_DB"));
const sqlite = store.db.$client;
const config = parseConfig({ DATABASE_PATH: env("RELEASE_DB"), DEMO_DATA: "false" });

/** A moment in the quarter after `quarter`: the first reading after it closed. */
const dayAfter = (quarter: string) => new Date(Date.parse(`${quarterEnd(quarter)}T10:00:00Z`) + 15 * 86_400_000);

const lastClosed = previousQuarter(quarterOf(dayOf(now)));
const clocks: Date[] = [];
if (mode === "full") clocks.push(now);
else if (mode === "quarterly") {
  const first = (sqlite.prepare("SELECT min(period) AS first FROM indicator_cells").get() as { first: string | null }).first;
  if (first === null) throw new Error("no indicator cells to release");
  for (let q = first; q <= lastClosed; q = nextQuarter(q)) clocks.push(dayAfter(q));
} else throw new Error(`RELEASE_MODE must be full or quarterly, got "${mode}"`);

const countFigures = sqlite.prepare("SELECT count(*) AS n FROM released_figures WHERE release_id = ?");
const before = process.memoryUsage();
const steps: ReleaseStep[] = [];
for (const clock of clocks) {
  const ctx = { store, config, clock: () => clock };
  const byFamily: number[] = [];
  const written: ReleaseRecord[] = [];
  for (const slug of slugs) {
    const t0 = performance.now();
    const family = await familyOf(store, slug);
    if (!family) throw new Error(`questionnaire ${slug} not found`);
    written.push(...(await ensureReleased(ctx, family)));
    byFamily.push((performance.now() - t0) / 1000);
  }
  const { rss, heapUsed } = process.memoryUsage();
  steps.push({
    quarter: previousQuarter(quarterOf(dayOf(clock))),
    seconds: byFamily.reduce((a, b) => a + b, 0),
    byFamily,
    releases: written.length,
    figures: written.reduce((n, r) => n + (countFigures.get(r.id) as { n: number }).n, 0),
    rss,
    heapUsed,
  });
}
const ledger = sqlite
  .prepare("SELECT count(*) AS n, coalesce(sum(length(figure) + length(detail)), 0) AS bytes FROM released_figures")
  .get() as {
  n: number;
  bytes: number;
};
const run: ReleaseRun = {
  steps,
  rssBefore: before.rss,
  heapBefore: before.heapUsed,
  maxRss: process.resourceUsage().maxRSS * 1024,
  ledgerFigures: ledger.n,
  ledgerBytes: ledger.bytes,
};
store.close();
process.stdout.write(JSON.stringify(run) + "\n");
