/**
 * The row space of released sums, for the release auditor (audit-release.ts).
 *
 * Every figure Repères releases about structures is a sum: a group's respondents and the sum of their values
 * are totals over the data of its member structures. Write each unknown piece of data as a column and each
 * released figure as a row of 0/1 coefficients: a reader holding the figures knows every linear combination of
 * the rows, and nothing else that follows from them alone. A quantity over a set S of columns is therefore
 * disclosed exactly when the row space holds a nonzero vector supported on S, which happens exactly when
 * removing S's columns lowers the rank of the matrix. This is the "audit expert" of Chin & Özsoyoglu
 * (Auditing and inference control in statistical databases, IEEE Trans. Softw. Eng. 1982;8:574–582),
 * applied to sets of columns rather than to single ones.
 *
 * The basis is kept in reduced row echelon form. Then, for a column set S, the vectors of the row space
 * supported on S are the combinations of the basis rows whose pivot lies in S that vanish on every column
 * outside S: one exists exactly when those rows, restricted to the columns outside S, are linearly dependent.
 *
 * Arithmetic is modulo a prime just below 2^26, so that every product is exact in a double. A rank modulo p
 * differs from the rank over the rationals only when p divides every maximal minor, which for matrices of
 * small integers and a prime of this size does not happen in practice; the property test checks the auditor
 * against an exact rational solver.
 */

export const PRIME = 67108859;

function inverse(a: number): number {
  // Fermat: a^(p-2) mod p, by squaring; a is never 0 here.
  let result = 1;
  let base = a % PRIME;
  for (let e = PRIME - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
  }
  return result;
}

function normalise(v: number): number {
  const r = v % PRIME;
  return r < 0 ? r + PRIME : r;
}

/**
 * A growing set of rows over `width` columns, in reduced row echelon form.
 * @example
 * const space = new RowSpace(3);
 * space.add([0, 1]);    // a + b
 * space.add([0, 1, 2]); // a + b + c
 * space.discloses([2])  // → true: c is the difference of the two
 */
export class RowSpace {
  private readonly rows: number[][] = [];
  private readonly pivots: number[] = [];

  constructor(readonly width: number) {}

  get rank(): number {
    return this.rows.length;
  }

  /** A copy, to try a row and drop it if it discloses too much. */
  clone(): RowSpace {
    const copy = new RowSpace(this.width);
    for (const row of this.rows) copy.rows.push([...row]);
    copy.pivots.push(...this.pivots);
    return copy;
  }

  /**
   * Adds the row with coefficient 1 on each listed column.
   * @returns whether the row added anything (false when it follows from the rows already there).
   */
  add(columns: readonly number[]): boolean {
    const row = this.reduce(columns);
    const pivot = row.findIndex((v) => v !== 0);
    if (pivot < 0) return false;
    const scale = inverse(row[pivot]!);
    for (let c = 0; c < this.width; c++) if (row[c] !== 0) row[c] = (row[c]! * scale) % PRIME;
    for (const basis of this.rows) {
      const factor = basis[pivot]!;
      if (factor !== 0) for (let c = 0; c < this.width; c++) if (row[c] !== 0) basis[c] = normalise(basis[c]! - factor * row[c]!);
    }
    this.rows.push(row);
    this.pivots.push(pivot);
    return true;
  }

  /**
   * What a set of columns must hold for the row over `columns`, once added, to disclose a quantity over that
   * set which the rows alone did not: for each column where the row, reduced by the basis, is nonzero, that
   * column or the pivot of a basis row nonzero there. Empty when the row follows from the rows.
   *
   * Why: a newly disclosed quantity over S is a vector r' + Σ cᵢ·rowᵢ supported on S, with r' the reduced row
   * (zero at every pivot). At a pivot outside S it is cᵢ, so only rows pivoted in S take part; at any other
   * column c outside S, r'[c] ≠ 0 must be cancelled by one of those rows.
   * @example
   * const space = new RowSpace(3);
   * space.add([0, 1]);
   * space.requirements([0, 1, 2]) // → [[2]]: only a set holding column 2 can be disclosed by adding a + b + c
   */
  requirements(columns: readonly number[]): number[][] {
    const row = this.reduce(columns);
    const needs: number[][] = [];
    for (let c = 0; c < this.width; c++) {
      if (row[c] === 0) continue;
      const need = [c];
      this.rows.forEach((basis, i) => {
        if (basis[c] !== 0) need.push(this.pivots[i]!);
      });
      needs.push(need);
    }
    return needs;
  }

  /** The row with coefficient 1 on each listed column, less its combination of the basis: zero at every pivot. */
  private reduce(columns: readonly number[]): number[] {
    const row = new Array<number>(this.width).fill(0);
    for (const c of columns) row[c] = normalise(row[c]! + 1);
    this.rows.forEach((basis, i) => {
      const factor = row[this.pivots[i]!]!;
      if (factor !== 0) for (let c = 0; c < this.width; c++) if (basis[c] !== 0) row[c] = normalise(row[c]! - factor * basis[c]!);
    });
    return row;
  }

  /**
   * Whether some nonzero combination of the rows is supported on the given columns only: whether a quantity
   * over those columns alone follows from the rows.
   */
  discloses(columns: readonly number[]): boolean {
    const inside = new Set(columns);
    const candidates = this.rows.filter((_, i) => inside.has(this.pivots[i]!));
    if (candidates.length === 0) return false;
    const outside: number[] = [];
    for (let c = 0; c < this.width; c++) if (!inside.has(c)) outside.push(c);
    return rankOf(candidates.map((row) => outside.map((c) => row[c]!))) < candidates.length;
  }
}

/** Rank of a small matrix, by Gaussian elimination modulo PRIME (the matrix is consumed). */
function rankOf(matrix: number[][]): number {
  let rank = 0;
  const width = matrix[0]?.length ?? 0;
  for (let c = 0; c < width && rank < matrix.length; c++) {
    const found = matrix.findIndex((row, i) => i >= rank && row[c] !== 0);
    if (found < 0) continue;
    [matrix[rank], matrix[found]] = [matrix[found]!, matrix[rank]!];
    const pivotRow = matrix[rank]!;
    const scale = inverse(pivotRow[c]!);
    for (let i = rank + 1; i < matrix.length; i++) {
      const row = matrix[i]!;
      if (row[c] === 0) continue;
      const factor = (row[c]! * scale) % PRIME;
      for (let k = c; k < width; k++) if (pivotRow[k] !== 0) row[k] = normalise(row[k]! - factor * pivotRow[k]!);
    }
    rank++;
  }
  return rank;
}
