/**
 * What a reader can compute from released figures by adding and subtracting them: an exact linear audit.
 *
 * Each figure a reader sees is an observation, a linear equation Σ coef_i · atom_i = value over unknown atoms
 * (an atom: "structure 7, quarter 2026-Q1, respondents"; the test building the world knows which atoms each
 * figure covers). A quantity — one structure's n, the sum over two structures — is disclosed exactly when
 * its coefficient vector lies in the row space of the observation matrix A: then it is a combination of
 * observations, and its value the same combination of their values. This is the audit expert of Chin &
 * Özsoyoglu ("Auditing and inference control in statistical databases", IEEE Trans. Software Eng.
 * 1982;SE-8(6):574–582), which keeps the answered queries in reduced row echelon form and refuses a query
 * that would put an individual's value in their span. Here it judges released views after the fact.
 *
 * Arithmetic is exact (fractions of BigInts): floating-point elimination would call a quantity determined or
 * not by the accident of a rounding error.
 */

/** An exact rational num/den, den > 0, in lowest terms. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

export type Numeric = number | bigint | string | Fraction;
export type Atom = string;
/** Σ coef · atom, as coefficients by atom; atoms left out have coefficient 0. */
export type LinearForm = Readonly<Record<Atom, Numeric>>;

export interface Observation {
  label: string;
  form: LinearForm;
  value: Numeric;
}

export interface HiddenQuantity {
  label: string;
  form: LinearForm;
}

/** A combination of observations: Σ coef · observation. */
export type Combination = { label: string; coef: Fraction }[];

export interface Determination {
  label: string;
  determined: boolean;
  /** The quantity's value, when determined. */
  value?: Fraction;
  /** The observations that give it, when determined. */
  from?: Combination;
}

const ZERO: Fraction = { num: 0n, den: 1n };
const ONE: Fraction = { num: 1n, den: 1n };

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};

/**
 * @example
 * fraction(6, -4) // → { num: -3n, den: 2n }
 */
export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  let [n, d] = [BigInt(num), BigInt(den)];
  if (d === 0n) throw new RangeError("zero denominator");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

/**
 * A number as the exact fraction of its shortest decimal writing, so that 0.1 is 1/10, not the double
 * nearest to it: figures are published rounded to one decimal and must be read as written.
 * @example
 * toFraction(48.9) // → { num: 489n, den: 10n }
 */
export function toFraction(x: Numeric): Fraction {
  if (typeof x === "object") return fraction(x.num, x.den);
  if (typeof x === "bigint") return fraction(x);
  const text = String(x).trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match || (match[2] === "" && !match[3])) throw new RangeError(`not a finite number: ${text}`);
  const [, sign, whole, decimals = "", exponent = "0"] = match;
  let num = BigInt(`${sign}${whole || "0"}${decimals}`);
  let den = 10n ** BigInt(decimals.length);
  const e = Number(exponent);
  if (e >= 0) num *= 10n ** BigInt(e);
  else den *= 10n ** BigInt(-e);
  return fraction(num, den);
}

export const add = (a: Fraction, b: Fraction) => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Fraction, b: Fraction) => fraction(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Fraction, b: Fraction) => fraction(a.num * b.num, a.den * b.den);
export const div = (a: Fraction, b: Fraction) => fraction(a.num * b.den, a.den * b.num);
export const isZero = (a: Fraction) => a.num === 0n;
export const equals = (a: Fraction, b: Fraction) => a.num === b.num && a.den === b.den;
/** For reading a result; never for deciding anything. */
export const toNumber = (a: Fraction) => Number(a.num) / Number(a.den);
export const show = (a: Fraction) => (a.den === 1n ? `${a.num}` : `${a.num}/${a.den}`);

/**
 * A combination as a reader would write it.
 * @example
 * showCombination([{ label: "region Q3", coef: fraction(1) }, { label: "region Q2", coef: fraction(-1) }]) // → "[region Q3] − [region Q2]"
 */
export function showCombination(combination: Combination): string {
  return combination
    .map(({ label, coef }, i) => {
      const negative = coef.num < 0n;
      const size = negative ? fraction(-coef.num, coef.den) : coef;
      const sign = negative ? (i === 0 ? "−" : " − ") : i === 0 ? "" : " + ";
      return `${sign}${equals(size, ONE) ? "" : `${show(size)} × `}[${label}]`;
    })
    .join("");
}

/**
 * A row under elimination: its coefficients on every column, the observed value, and which observations it
 * is made of (so that a disclosure can be explained as "this figure minus that one").
 */
interface Row {
  coefs: Fraction[];
  value: Fraction;
  from: Fraction[];
}

function scaleRow(row: Row, k: Fraction): Row {
  return { coefs: row.coefs.map((c) => mul(c, k)), value: mul(row.value, k), from: row.from.map((c) => mul(c, k)) };
}

/** The same rows without their provenance, for eliminations that only count pivots. */
const untracked = (rows: readonly Row[]): Row[] => rows.map((r) => ({ coefs: r.coefs, value: r.value, from: [] }));

/** row − k · pivot */
function eliminate(row: Row, pivot: Row, k: Fraction): Row {
  return {
    coefs: row.coefs.map((c, i) => sub(c, mul(k, pivot.coefs[i]!))),
    value: sub(row.value, mul(k, pivot.value)),
    from: row.from.map((c, i) => sub(c, mul(k, pivot.from[i]!))),
  };
}

/**
 * Gauss–Jordan elimination to reduced row echelon form, pivoting only on `pivotColumns`, in that order;
 * the other columns ride along. With pivots restricted to a set of columns S, the number of pivots is
 * rank(A restricted to S).
 */
function reduce(rows: readonly Row[], pivotColumns: readonly number[]): { rows: Row[]; pivots: number[] } {
  const work = rows.map((r) => ({ ...r }));
  const pivots: number[] = [];
  let top = 0;
  for (const column of pivotColumns) {
    const at = work.findIndex((r, i) => i >= top && !isZero(r.coefs[column]!));
    if (at < 0) continue;
    [work[top], work[at]] = [work[at]!, work[top]!];
    const pivot = scaleRow(work[top]!, div(ONE, work[top]!.coefs[column]!));
    work[top] = pivot;
    for (let i = 0; i < work.length; i++) {
      if (i !== top && !isZero(work[i]!.coefs[column]!)) work[i] = eliminate(work[i]!, pivot, work[i]!.coefs[column]!);
    }
    pivots.push(column);
    top++;
  }
  return { rows: work, pivots };
}

/** The observation matrix over a fixed column order. */
class System {
  readonly atoms: Atom[];
  readonly index: Map<Atom, number>;
  readonly rows: Row[];
  constructor(
    readonly observations: readonly Observation[],
    extraAtoms: Iterable<Atom> = [],
  ) {
    const atoms = new Set<Atom>(extraAtoms);
    for (const o of observations) for (const atom of Object.keys(o.form)) atoms.add(atom);
    this.atoms = [...atoms].sort();
    this.index = new Map(this.atoms.map((a, i) => [a, i]));
    this.rows = observations.map((o, k) => ({
      coefs: this.vector(o.form),
      value: toFraction(o.value),
      from: observations.map((_, j) => (j === k ? ONE : ZERO)),
    }));
  }

  vector(form: LinearForm): Fraction[] {
    const v = this.atoms.map(() => ZERO);
    for (const [atom, coef] of Object.entries(form)) {
      const i = this.index.get(atom);
      if (i === undefined) throw new RangeError(`unknown atom ${atom}`);
      v[i] = add(v[i]!, toFraction(coef));
    }
    return v;
  }

  combination(from: readonly Fraction[]): Combination {
    return from.flatMap((coef, j) => (isZero(coef) ? [] : [{ label: this.observations[j]!.label, coef }]));
  }
}

/**
 * Refuses observations that contradict one another (a zero row with a nonzero value): they mean the test's
 * ground truth about what a figure covers is wrong, and any conclusion drawn from them would be too.
 */
function checkConsistent(system: System, reduced: { rows: Row[]; pivots: number[] }) {
  for (const row of reduced.rows.slice(reduced.pivots.length)) {
    if (!isZero(row.value)) {
      const parts = system
        .combination(row.from)
        .map((c) => `${show(c.coef)}·[${c.label}]`)
        .join(" + ");
      throw new RangeError(`inconsistent observations: ${parts} = ${show(row.value)} ≠ 0`);
    }
  }
}

/**
 * The rank of the observation matrix, over every atom or only over `atoms`.
 * @example
 * rank([{ label: "a+b", form: { a: 1, b: 1 }, value: 3 }, { label: "2a+2b", form: { a: 2, b: 2 }, value: 6 }]) // → 1
 */
export function rank(observations: readonly Observation[], atoms?: Iterable<Atom>): number {
  const system = new System(observations, atoms ?? []);
  const columns = atoms ? [...new Set(atoms)].map((a) => system.index.get(a)!) : system.atoms.map((_, i) => i);
  return reduce(untracked(system.rows), columns).pivots.length;
}

/**
 * For each hidden quantity, whether the observations determine it: reduce it by the observations' reduced
 * row echelon form; it is determined exactly when nothing is left, and its value is then the combination of
 * observed values the reduction used.
 * @example
 * determine(
 *   [{ label: "region Q2", form: { a: 1, b: 1 }, value: 25 }, { label: "region Q3", form: { a: 1, b: 1, n: 1 }, value: 36 }],
 *   [{ label: "newcomer", form: { n: 1 } }, { label: "a", form: { a: 1 } }],
 * )
 * // → [{ label: "newcomer", determined: true, value: 11, from: −[region Q2] + [region Q3] }, { label: "a", determined: false }]
 */
export function determine(observations: readonly Observation[], hidden: readonly HiddenQuantity[]): Determination[] {
  const system = new System(
    observations,
    hidden.flatMap((h) => Object.keys(h.form)),
  );
  const reduced = reduce(
    system.rows,
    system.atoms.map((_, i) => i),
  );
  checkConsistent(system, reduced);
  return hidden.map((h) => {
    let rest: Row = { coefs: system.vector(h.form), value: ZERO, from: observations.map(() => ZERO) };
    reduced.pivots.forEach((column, i) => {
      const k = rest.coefs[column]!;
      if (!isZero(k)) rest = eliminate(rest, reduced.rows[i]!, k);
    });
    if (!rest.coefs.every(isZero)) return { label: h.label, determined: false };
    // rest = h − Σ k_i · pivot row_i = 0, and rest.value = −Σ k_i · value_i: the quantity is the negation.
    return { label: h.label, determined: true, value: mul(rest.value, fraction(-1)), from: negate(system.combination(rest.from)) };
  });
}

function negate(combination: Combination): Combination {
  return combination.map((c) => ({ label: c.label, coef: mul(c.coef, fraction(-1)) }));
}

export interface Disclosure {
  /** The one or two structures the disclosed combinations are about. */
  structures: string[];
  /** How many independent combinations on their atoms follow: rank(A′) − rank(A′ without their columns). */
  dimension: number;
  /** A basis of those combinations. */
  combinations: {
    /** Coefficients on the structures' atoms (nonzero ones only). */
    form: Record<Atom, Fraction>;
    /** Coefficients on the caller's known atoms, to subtract: form = Σ coef · observation − knownPart. */
    knownPart: Record<Atom, Fraction>;
    from: Combination;
    /** form's value, when the known atoms' values were given (or no known atom is involved). */
    value?: Fraction;
  }[];
}

/**
 * Every combination of released figures that singles out one or two structures the caller does not already
 * know: the audit of Chin & Özsoyoglu (1982) applied to sets of structures rather than single values.
 *
 * The method. Let A′ be the observation matrix with the caller's known structures' columns removed (what the
 * caller knows of its own structures it can subtract from any figure). The row space of A′ holds a nonzero
 * vector supported on the atoms of a set T of structures exactly when rank(A′) > rank(A′ without T's
 * columns) — the vectors y with yᵀA′ vanishing off T form a space of dimension m − rank(A′ without T), the
 * vectors with yᵀA′ = 0 one of dimension m − rank(A′) — and the difference of ranks is the dimension of what
 * is disclosed about T. Every single structure is tested, then every pair; a pair is reported only when it
 * discloses more than its two members do alone (by disjoint supports, the dimensions of the singles add up
 * inside the pair's). A basis of the disclosed combinations is read off the reduced row echelon form of A′
 * with T's columns ordered last: its rows whose pivot lies in T's columns vanish off T.
 *
 * @param atomsByStructure every atom of the observations, by structure (an atom belongs to one structure).
 * @param knownStructures structures whose atoms the caller knows (its own).
 * @param knownValues the known atoms' values, to give each disclosed combination its value.
 * @example
 * smallestDisclosed(
 *   [{ label: "region Q2", form: { v: 1, a: 1, b: 1, c: 1 }, value: 50 }, { label: "region Q3", form: { v: 1, a: 1, b: 1, c: 1, n: 1 }, value: 61 }],
 *   { V: ["v"], A: ["a"], B: ["b"], C: ["c"], N: ["n"] },
 *   ["V"],
 * )
 * // → [{ structures: ["N"], dimension: 1, combinations: [{ form: { n: 1 }, knownPart: {}, value: 11, from: [region Q2 × −1, region Q3 × 1] }] }]
 */
export function smallestDisclosed(
  observations: readonly Observation[],
  atomsByStructure: ReadonlyMap<string, readonly Atom[]> | Readonly<Record<string, readonly Atom[]>>,
  knownStructures: Iterable<string>,
  knownValues: Readonly<Record<Atom, Numeric>> = {},
): Disclosure[] {
  const byStructure = new Map<string, readonly Atom[]>(
    atomsByStructure instanceof Map ? atomsByStructure : Object.entries(atomsByStructure as Record<string, readonly Atom[]>),
  );
  const owner = new Map<Atom, string>();
  for (const [structure, atoms] of byStructure) {
    for (const atom of atoms) {
      if (owner.has(atom)) throw new RangeError(`atom ${atom} belongs to both ${owner.get(atom)} and ${structure}`);
      owner.set(atom, structure);
    }
  }
  const system = new System(observations, owner.keys());
  for (const atom of system.atoms) if (!owner.has(atom)) throw new RangeError(`atom ${atom} belongs to no structure`);
  const reducedAll = reduce(
    system.rows,
    system.atoms.map((_, i) => i),
  );
  checkConsistent(system, reducedAll);

  const known = new Set(knownStructures);
  const columnsOf = (structures: Iterable<string>) =>
    [...structures].flatMap((s) => (byStructure.get(s) ?? []).map((a) => system.index.get(a)!));
  const candidates = [...byStructure.keys()].filter((s) => !known.has(s)).sort();
  const open = columnsOf(candidates);
  const bare = untracked(system.rows);
  const rankWithout = (excluded: readonly string[]) => {
    const out = new Set(columnsOf(excluded));
    return reduce(
      bare,
      open.filter((c) => !out.has(c)),
    ).pivots.length;
  };
  const full = reduce(bare, open).pivots.length;
  const single = new Map(candidates.map((s) => [s, full - rankWithout([s])]));

  const disclosures: Disclosure[] = [];
  const report = (structures: string[], dimension: number) => {
    const inside = new Set(columnsOf(structures));
    const { rows, pivots } = reduce(system.rows, [...open.filter((c) => !inside.has(c)), ...inside]);
    const combinations = rows.flatMap((row, i) => {
      if (i >= pivots.length || !inside.has(pivots[i]!)) return [];
      const form: Record<Atom, Fraction> = {};
      const knownPart: Record<Atom, Fraction> = {};
      row.coefs.forEach((coef, c) => {
        if (isZero(coef)) return;
        const atom = system.atoms[c]!;
        if (inside.has(c)) form[atom] = coef;
        else knownPart[atom] = coef;
      });
      const combination: Disclosure["combinations"][number] = { form, knownPart, from: system.combination(row.from) };
      const knownAtoms = Object.keys(knownPart);
      if (knownAtoms.every((a) => knownValues[a] !== undefined)) {
        combination.value = knownAtoms.reduce((v, a) => sub(v, mul(knownPart[a]!, toFraction(knownValues[a]!))), row.value);
      }
      return [combination];
    });
    disclosures.push({ structures, dimension, combinations });
  };
  for (const s of candidates) if (single.get(s)! > 0) report([s], single.get(s)!);
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [candidates[i]!, candidates[j]!];
      const dimension = full - rankWithout([a, b]);
      if (dimension > single.get(a)! + single.get(b)!) report([a, b], dimension);
    }
  }
  return disclosures;
}

export interface SetDisclosure {
  /** A smallest set of structures some combination of the observations is about (the known ones left out). */
  structures: string[];
  /** How many independent combinations on their atoms follow. */
  dimension: number;
  /** One of them: its coefficients on the structures' atoms (twin atoms joined by "+") and how to compute it. */
  example: { form: Record<Atom, Fraction>; from: Combination };
}

/**
 * Every smallest set of at most `maxSize` structures, besides the known ones, about which the observations
 * determine some combination: smallestDisclosed's question, asked of sets of any size up to `maxSize` and
 * answered fast enough to audit every caller of a randomly generated ledger.
 *
 * The method. Bring A′ (the observations on the atoms of the structures not known) to reduced row echelon form
 * R, with pivot columns P and free columns F. A vector supported on a column set C lies in the row space
 * exactly when it is a combination of the rows of R whose pivots lie in C (a row's pivot is the only pivot
 * column it touches) that vanishes on F outside C; so the dimension of what is disclosed about C is
 * |P ∩ C| − rank(R restricted to the rows with pivot in C and to the columns F ∖ C). This is the test
 * smallestDisclosed makes with two ranks, read off one elimination. Atoms of one structure that every
 * observation holds together (twins) are joined into one column first: nothing can tell them apart, and the
 * elimination shrinks to a few columns per structure.
 *
 * A set is reported only when no smaller set inside it is, so an empty answer means: no combination of the
 * observations is about at most `maxSize` structures besides the known ones. Values are not read: whether
 * the observations agree with a ground truth is `determine`'s or `rank`'s to check.
 * @example
 * disclosedSets(
 *   [{ label: "region Q2", form: { a: 1, b: 1, c: 1 }, value: 40 }, { label: "region Q3", form: { a: 1, b: 1, c: 1, n: 1 }, value: 51 }],
 *   { A: ["a"], B: ["b"], C: ["c"], N: ["n"] },
 *   [],
 *   2,
 * )
 * // → [{ structures: ["N"], dimension: 1, example: { form: { n: 1 }, from: [region Q2 × −1, region Q3 × 1] } }]
 */
export function disclosedSets(
  observations: readonly Observation[],
  atomsByStructure: ReadonlyMap<string, readonly Atom[]>,
  knownStructures: Iterable<string>,
  maxSize: number,
): SetDisclosure[] {
  const known = new Set(knownStructures);
  const owner = new Map<Atom, string>();
  for (const [structure, atoms] of atomsByStructure) {
    for (const atom of atoms) {
      if (owner.has(atom)) throw new RangeError(`atom ${atom} belongs to both ${owner.get(atom)} and ${structure}`);
      owner.set(atom, structure);
    }
  }
  // Twins: same structure, same coefficient in every observation. Known atoms are subtracted, so left out.
  const signature = new Map<Atom, string[]>();
  observations.forEach((o, k) => {
    for (const [atom, coef] of Object.entries(o.form)) {
      if (!owner.has(atom)) throw new RangeError(`atom ${atom} belongs to no structure`);
      const c = toFraction(coef);
      if (!isZero(c) && !known.has(owner.get(atom)!)) (signature.get(atom) ?? signature.set(atom, []).get(atom)!).push(`${k}:${show(c)}`);
    }
  });
  const twins = new Map<string, Atom[]>();
  for (const [atom, sig] of signature) {
    const key = `${owner.get(atom)}|${sig.join(",")}`;
    (twins.get(key) ?? twins.set(key, []).get(key)!).push(atom);
  }
  const joined = new Map<Atom, Atom>();
  for (const atoms of twins.values()) for (const atom of atoms) joined.set(atom, atoms.sort().join("+"));
  const reducedObservations: Observation[] = observations.map((o) => {
    const form: Record<Atom, Numeric> = {};
    for (const [atom, coef] of Object.entries(o.form)) {
      const column = joined.get(atom);
      if (column && !(column in form)) form[column] = coef;
    }
    return { label: o.label, form, value: 0 };
  });
  const columnsOwner = new Map([...new Set(joined.values())].map((column) => [column, owner.get(column.split("+")[0]!)!]));
  const system = new System(reducedObservations, columnsOwner.keys());
  const all = system.atoms.map((_, i) => i);
  const { rows, pivots } = reduce(untracked(system.rows), all);
  const isPivot = new Map(pivots.map((column, i) => [column, i]));
  const free = all.filter((c) => !isPivot.has(c));
  const columnsOf = new Map<string, number[]>();
  system.atoms.forEach((atom, c) => {
    const s = columnsOwner.get(atom)!;
    (columnsOf.get(s) ?? columnsOf.set(s, []).get(s)!).push(c);
  });

  const dimensionOf = (structures: readonly string[]) => {
    const inside = new Set(structures.flatMap((s) => columnsOf.get(s) ?? []));
    const candidates = [...inside].flatMap((c) => (isPivot.has(c) ? [rows[isPivot.get(c)!]!] : []));
    if (candidates.length === 0) return 0;
    const outside = free.filter((c) => !inside.has(c));
    const restricted = candidates.map((row) => ({ coefs: outside.map((c) => row.coefs[c]!), value: ZERO, from: [] }));
    return (
      candidates.length -
      reduce(
        restricted,
        outside.map((_, i) => i),
      ).pivots.length
    );
  };

  const open = [...columnsOf.keys()].sort();
  const found: SetDisclosure[] = [];
  const explain = (structures: string[], dimension: number) => {
    const inside = new Set(structures.flatMap((s) => columnsOf.get(s)!));
    const tracked = new System(reducedObservations, columnsOwner.keys());
    const order = [...all.filter((c) => !inside.has(c)), ...inside];
    const result = reduce(tracked.rows, order);
    const i = result.pivots.findIndex((c) => inside.has(c));
    const row = result.rows[i]!;
    const form: Record<Atom, Fraction> = {};
    row.coefs.forEach((coef, c) => {
      if (!isZero(coef)) form[tracked.atoms[c]!] = coef;
    });
    found.push({ structures, dimension, example: { form, from: tracked.combination(row.from) } });
  };
  // Smaller sets first, so that a set is reported only when none inside it is.
  for (let size = 1; size <= maxSize; size++) {
    const walk = (from: number, chosen: string[]) => {
      for (let k = from; k < open.length; k++) {
        const set = [...chosen, open[k]!];
        if (set.length < size) walk(k + 1, set);
        else if (!found.some((f) => f.structures.every((s) => set.includes(s)))) {
          const dimension = dimensionOf(set);
          if (dimension > 0) explain(set, dimension);
        }
      }
    };
    walk(0, []);
  }
  return found;
}
