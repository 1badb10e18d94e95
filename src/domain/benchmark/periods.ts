/**
 * Calendar periods of the benchmark. Responses are stamped with the day they arrive (YYYY-MM-DD, no time:
 * see the responses table), aggregated by calendar quarter ("2026-Q2"), and reported by quarter or by year.
 * Labels sort chronologically as plain strings.
 */

export type Granularity = "quarter" | "year";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"] as const;

/**
 * @example
 * quarterOf("2026-05-14") // → "2026-Q2"
 */
export function quarterOf(day: string): string {
  const [year, month] = parseDay(day);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * @example
 * yearOf("2026-05-14") // → "2026"
 */
export function yearOf(day: string): string {
  return String(parseDay(day)[0]);
}

/**
 * @example
 * yearOfQuarter("2026-Q2") // → "2026"
 */
export function yearOfQuarter(quarter: string): string {
  return String(parseQuarter(quarter)[0]);
}

/**
 * The period a quarter falls in, at a granularity.
 * @example
 * periodOfQuarter("2026-Q2", "year") // → "2026"
 */
export function periodOfQuarter(quarter: string, granularity: Granularity): string {
  if (granularity === "year") return yearOfQuarter(quarter);
  parseQuarter(quarter);
  return quarter;
}

/**
 * Last day of a quarter.
 * @example
 * quarterEnd("2026-Q1") // → "2026-03-31"
 */
export function quarterEnd(quarter: string): string {
  const [year, q] = parseQuarter(quarter);
  return `${year}-${QUARTER_END[q - 1]}`;
}

/**
 * @example
 * nextQuarter("2025-Q4") // → "2026-Q1"
 */
export function nextQuarter(quarter: string): string {
  const [year, q] = parseQuarter(quarter);
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/**
 * @example
 * previousQuarter("2026-Q1") // → "2025-Q4"
 */
export function previousQuarter(quarter: string): string {
  const [year, q] = parseQuarter(quarter);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/**
 * Last day of the last completed quarter: no figure of a report made on `today` holds a later response.
 * @example
 * reportHorizon("2026-05-14") // → "2026-03-31"
 */
export function reportHorizon(today: string): string {
  return quarterEnd(previousQuarter(quarterOf(today)));
}

/**
 * Every quarter from `first` to `last`, both included.
 * @example
 * quartersBetween("2025-Q3", "2026-Q1") // → ["2025-Q3", "2025-Q4", "2026-Q1"]
 */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  for (let q = first; q <= last; q = nextQuarter(q)) quarters.push(q);
  return quarters;
}

export function isQuarter(label: string): boolean {
  return QUARTER.test(label);
}

function parseDay(day: string): [number, number, number] {
  const match = DAY.exec(day);
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, date));
  if (!match || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date) throw new RangeError(`"${day}" is not a YYYY-MM-DD day`);
  return [year, month, date];
}

function parseQuarter(quarter: string): [number, number] {
  const match = QUARTER.exec(quarter);
  if (!match) throw new RangeError(`"${quarter}" is not a quarter like 2026-Q2`);
  return [Number(match[1]), Number(match[2])];
}
