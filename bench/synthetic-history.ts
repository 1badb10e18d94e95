import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { STRUCTURE_KINDS, SETTINGS, type StructureRecord } from "../src/domain/structures.ts";
import type { createSqliteStore } from "../src/db/store.ts";
import { deriveResponse } from "../src/domain/derive-response.ts";
import type { RespondentRole, Scoring } from "../src/domain/questionnaire/types.ts";
import { regionOfDepartment } from "../src/domain/territory.ts";
import { importSurveys } from "../src/surveys/load-surveys.ts";

/**
 * A large synthetic history for the report benchmarks: `responses` responses over 300 structures, 3
 * questionnaires and 3 years (2023-10-01 … 2026-09-30), loaded straight into SQLite with their response_scores
 * and the incremental indicator_cells, computed as a submission does. Deterministic for a given seed, so two
 * runs load the same data.
 */

export const STRUCTURES = 300;
export const FIRST_DAY = Date.UTC(2023, 9, 1); // 2023-10-01
export const DAYS = Math.round((Date.UTC(2026, 8, 30) - FIRST_DAY) / 86_400_000) + 1; // through 2026-09-30
const AURA_DEPARTMENTS = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];
const OTHER_DEPARTMENTS = ["75", "13", "33", "59", "35", "67"];
/** Questionnaire, its one role, and its share of the responses. */
export const PLAN: { slug: string; role: RespondentRole; share: number }[] = [
  { slug: "experience-usagers", role: "patient", share: 0.7 },
  { slug: "regard-professionnels", role: "professional", share: 0.2 },
  { slug: "conditions-pairs-aidants", role: "peer_worker", share: 0.1 },
];

export interface SyntheticHistory {
  structures: StructureRecord[];
  cellCount: number;
  loadSeconds: number;
}

/** mulberry32: deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Imports the questionnaires, creates the structures and one campaign per structure × questionnaire, then
 * loads the responses with raw prepared statements in large transactions (synchronous=OFF for the load only).
 */
export async function loadSyntheticHistory(
  store: ReturnType<typeof createSqliteStore>,
  options: { responses: number; now: Date; random: () => number },
): Promise<SyntheticHistory> {
  const { now, random } = options;
  const sqlite = store.db.$client;
  await importSurveys(store, "./surveys", now);

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
      now,
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
        now,
      );
      campaigns.set(s.id, campaign.id);
    }
    questionnaires.push({ ...q, versionId: version.id, scoring: version.scoring as Scoring, campaigns });
  }

  // --- The load: raw prepared statements, large transactions, synchronous=OFF for the load only.
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
  for (let done = 0; done < options.responses; done += BATCH) insertBatch(Math.min(BATCH, options.responses - done));
  sqlite.transaction(() => {
    for (const cell of cells.values()) addToCell.run(cell);
  })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("cache_size = -2000");
  return {
    structures: structures.map(({ size: _size, level: _level, ...s }) => s),
    cellCount: cells.size,
    loadSeconds: (performance.now() - started) / 1000,
  };
}
