import type { CsvValue } from "../export/csv.ts";

/**
 * Disclosure control of response-level data (microdata) for a research project, beside the rules of released
 * figures (rules.ts) and with the same threshold.
 *
 * k-anonymity. The quasi-identifiers — what an outsider may know of a respondent: where they were answered
 *   (a structure), when, a respondent's role, and their ages or durations — are shown only coarsened, so that
 *   every combination of them is shared by at least `minCell` rows (Sweeney, "k-anonymity: a model for
 *   protecting privacy", 2002). A structure is never named: it is shown as kind × département, then kind ×
 *   region, then kind alone; a day as its quarter, then its year; numbers in bands of 5, then 20. The
 *   coarsening is Datafly's (Sweeney, "Achieving k-anonymity privacy protection using generalization and
 *   suppression", 2002): while more rows than the suppression budget sit in combinations under `minCell`, the
 *   quasi-identifier with the most distinct values is coarsened one step; the rows still in small
 *   combinations are then left out, and their number is stated.
 * l-diversity. Within a combination, a sensitive item (a fact of a person's life outside the scores: a
 *   hospital stay, a right obtained) must take at least two values, or everyone in the combination is known
 *   to share it (Machanavajjhala et al., "l-diversity: privacy beyond k-anonymity", 2007). Where it does not,
 *   that item is blanked in that combination, and the blanks are counted.
 * Free text is left out; when the request asks for it, it is masked and given apart, shuffled, with no link
 *   to the rest of a response (released-comments.ts).
 */

/** At most this share of rows is left out rather than coarsening further (Datafly's suppression budget). */
export const SUPPRESSION_BUDGET = 0.05;
/** Distinct values a sensitive item takes in every combination. */
export const MIN_DIVERSITY = 2;

export interface MicrodataRecord {
  role: string;
  kind: string;
  department: string;
  region: string;
  /** YYYY-MM-DD. */
  day: string;
  /** The codebook's variables, free text left out. */
  values: Record<string, CsvValue>;
}

/** A quasi-identifier and its ladder of coarsenings, finest first; its last level shows nothing. */
interface Hierarchy {
  name: string;
  levels: readonly string[];
  /** The columns it fills, at a level. */
  columns: (record: MicrodataRecord, level: number) => Record<string, CsvValue>;
}

const PLACE: Hierarchy = {
  name: "place",
  levels: ["kind_department", "kind_region", "kind", "none"],
  columns: (r, level) => ({
    structure_kind: level <= 2 ? r.kind : null,
    department: level === 0 ? r.department : null,
    region: level <= 1 ? r.region : null,
  }),
};

const TIME: Hierarchy = {
  name: "period",
  levels: ["quarter", "year", "none"],
  columns: (r, level) => {
    const year = r.day.slice(0, 4);
    const quarter = `${year}-Q${Math.floor((Number(r.day.slice(5, 7)) - 1) / 3) + 1}`;
    return { period: level === 0 ? quarter : level === 1 ? year : null };
  },
};

/** A number's band of `width`: "10-14". */
function band(value: CsvValue, width: number): CsvValue {
  if (typeof value !== "number") return null;
  const low = Math.floor(value / width) * width;
  return `${low}-${low + width - 1}`;
}

function numberHierarchy(variable: string): Hierarchy {
  return {
    name: variable,
    levels: ["band_5", "band_20", "none"],
    columns: (r, level) => ({ [variable]: level === 0 ? band(r.values[variable], 5) : level === 1 ? band(r.values[variable], 20) : null }),
  };
}

function categoryHierarchy(variable: string): Hierarchy {
  return {
    name: variable,
    levels: ["value", "none"],
    columns: (r, level) => ({ [variable]: level === 0 ? (r.values[variable] ?? null) : null }),
  };
}

export interface MicrodataVariables {
  /** All the file's variables, in order (the codebook's, free text left out). */
  all: readonly string[];
  /** Numbers that describe the person (ages, durations, counts): shown in bands. */
  banded: readonly string[];
  /** Categories that describe the person (an age group, a duration): shown, or not at all. */
  identifying: readonly string[];
  /** Items checked for l-diversity. */
  sensitive: readonly string[];
}

export interface DisclosureReport {
  k: number;
  l: number;
  /** How far each quasi-identifier was coarsened. */
  coarsened: Record<string, string>;
  rows: number;
  suppressedRows: number;
  /** Sensitive items blanked, by item: in how many combinations, how many cells. */
  lDiversity: { variable: string; combinations: number; cells: number }[];
}

export const QUASI_COLUMNS = ["role", "structure_kind", "department", "region", "period"] as const;

/**
 * The rows a project may take out, and what was done to them.
 * @returns the header (quasi-identifiers first, then the variables), the rows, and the report.
 */
export function protectMicrodata(
  records: readonly MicrodataRecord[],
  variables: MicrodataVariables,
  minCell: number,
): { header: string[]; rows: CsvValue[][]; report: DisclosureReport } {
  const hierarchies = [PLACE, TIME, ...variables.banded.map(numberHierarchy), ...variables.identifying.map(categoryHierarchy)];
  const levels = hierarchies.map(() => 0);
  const quasi = (r: MicrodataRecord) => {
    const out: Record<string, CsvValue> = { role: r.role };
    hierarchies.forEach((h, i) => Object.assign(out, h.columns(r, levels[i]!)));
    return out;
  };
  const keyOf = (r: MicrodataRecord) => JSON.stringify(Object.values(quasi(r)));
  const classes = () => {
    const byKey = new Map<string, number[]>();
    records.forEach((r, i) => {
      const key = keyOf(r);
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
    });
    return byKey;
  };
  const budget = Math.floor(records.length * SUPPRESSION_BUDGET);
  let groups = classes();
  for (;;) {
    const small = [...groups.values()].filter((g) => g.length < minCell).reduce((n, g) => n + g.length, 0);
    if (small <= budget) break;
    // Datafly: the quasi-identifier with the most distinct values, among those not coarsened to nothing yet.
    let pick = -1;
    let most = -1;
    hierarchies.forEach((h, i) => {
      if (levels[i]! >= h.levels.length - 1) return;
      const distinct = new Set(records.map((r) => JSON.stringify(h.columns(r, levels[i]!)))).size;
      if (distinct > most) [pick, most] = [i, distinct];
    });
    if (pick < 0) break;
    levels[pick]!++;
    groups = classes();
  }

  const kept = [...groups.values()].filter((g) => g.length >= minCell);
  const shownVariables = variables.all.filter((v) => !variables.banded.includes(v) && !variables.identifying.includes(v));
  const blanked = new Map<string, { combinations: number; cells: number }>();
  const rows: CsvValue[][] = [];
  for (const group of kept) {
    const hidden = new Set<string>();
    for (const variable of variables.sensitive) {
      const answered = group.map((i) => records[i]!.values[variable]).filter((v) => v !== null && v !== undefined && v !== "");
      if (answered.length > 0 && new Set(answered.map(String)).size < MIN_DIVERSITY) {
        hidden.add(variable);
        const seen = blanked.get(variable) ?? { combinations: 0, cells: 0 };
        blanked.set(variable, { combinations: seen.combinations + 1, cells: seen.cells + answered.length });
      }
    }
    for (const i of group) {
      const r = records[i]!;
      const q = quasi(r);
      rows.push([
        ...QUASI_COLUMNS.map((c) => q[c] ?? null),
        ...variables.banded.map((v) => q[v] ?? null),
        ...variables.identifying.map((v) => q[v] ?? null),
        ...shownVariables.map((v) => (hidden.has(v) ? null : (r.values[v] ?? null))),
      ]);
    }
  }
  const header = [...QUASI_COLUMNS, ...variables.banded, ...variables.identifying, ...shownVariables];
  return {
    header,
    rows: sortedRows(rows),
    report: {
      k: minCell,
      l: MIN_DIVERSITY,
      coarsened: Object.fromEntries(hierarchies.map((h, i) => [h.name, h.levels[levels[i]!]!])),
      rows: rows.length,
      suppressedRows: records.length - rows.length,
      lDiversity: [...blanked].map(([variable, b]) => ({ variable, ...b })),
    },
  };
}

/** Rows in the order of their values, so that the file's order says nothing of the order of arrival. */
function sortedRows(rows: CsvValue[][]): CsvValue[][] {
  const text = (row: CsvValue[]) => row.map((v) => (v === null || v === undefined ? "" : String(v))).join("\u0000");
  return rows
    .map((row) => [text(row), row] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}
