import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  determine,
  equals,
  fraction,
  type Fraction,
  mul,
  type Observation,
  rank,
  show,
  showCombination,
  disclosedSets,
  smallestDisclosed,
  toFraction,
} from "./linear-attack.ts";

const f = (num: number, den = 1) => fraction(num, den);
const obs = (label: string, form: Record<string, number>, value: number | string): Observation => ({ label, form, value });

/** Σ coef · observation form, recomputed from a combination's labels: what the combination claims to add up to. */
function recombine(observations: readonly Observation[], from: readonly { label: string; coef: Fraction }[]) {
  const total = new Map<string, Fraction>();
  let value = f(0);
  for (const { label, coef } of from) {
    const o = observations.find((x) => x.label === label)!;
    for (const [atom, c] of Object.entries(o.form)) total.set(atom, add(total.get(atom) ?? f(0), mul(coef, toFraction(c))));
    value = add(value, mul(coef, toFraction(o.value)));
  }
  return { form: Object.fromEntries([...total].filter(([, c]) => c.num !== 0n).map(([a, c]) => [a, show(c)])), value: show(value) };
}

describe("Exact fractions", () => {
  it("Should keep fractions in lowest terms with a positive denominator", () => {
    expect(fraction(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(fraction(0, 7)).toEqual({ num: 0n, den: 1n });
    expect(() => fraction(1, 0)).toThrow(RangeError);
  });

  it("Should read a number as its decimal writing, not as the nearest double", () => {
    expect(toFraction(48.9)).toEqual({ num: 489n, den: 10n });
    expect(equals(add(toFraction(0.1), toFraction(0.2)), f(3, 10))).toBe(true);
    expect(toFraction(1e-3)).toEqual({ num: 1n, den: 1000n });
    expect(toFraction("-2.5")).toEqual({ num: -5n, den: 2n });
    expect(toFraction(12n)).toEqual({ num: 12n, den: 1n });
    expect(() => toFraction(Number.NaN)).toThrow(RangeError);
    expect(() => toFraction(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("determine", () => {
  it("Should find a newcomer's n as the difference of two readings of one group, and say which", () => {
    const [newcomer, member] = determine(
      [obs("region Q2", { a: 1, b: 1, c: 1, d: 1 }, 54), obs("region Q3", { a: 1, b: 1, c: 1, d: 1, n: 1 }, 65)],
      [
        { label: "newcomer", form: { n: 1 } },
        { label: "a", form: { a: 1 } },
      ],
    );
    expect(newcomer).toMatchObject({ determined: true, value: f(11) });
    expect(newcomer!.from).toEqual(
      expect.arrayContaining([
        { label: "region Q2", coef: f(-1) },
        { label: "region Q3", coef: f(1) },
      ]),
    );
    expect(member).toEqual({ label: "a", determined: false });
  });

  it("Should determine the sum of two structures without determining either", () => {
    const observations = [obs("all", { a: 1, b: 1, c: 1 }, 40), obs("c", { c: 1 }, 12)];
    expect(
      determine(observations, [
        { label: "a+b", form: { a: 1, b: 1 } },
        { label: "a", form: { a: 1 } },
        { label: "a−b", form: { a: 1, b: -1 } },
      ]).map((d) => [d.label, d.determined, d.value && show(d.value)]),
    ).toEqual([
      ["a+b", true, "28"],
      ["a", false, undefined],
      ["a−b", false, undefined],
    ]);
  });

  it("Should solve in exact rationals", () => {
    const result = determine(
      [obs("3x+y", { x: 3, y: 1 }, 1), obs("x+3y", { x: 1, y: 3 }, 2)],
      [
        { label: "x", form: { x: 1 } },
        { label: "y", form: { y: 1 } },
        { label: "x+y", form: { x: 1, y: 1 } },
      ],
    );
    expect(result.map((d) => d.value && show(d.value))).toEqual(["1/8", "5/8", "3/4"]);
  });

  it("Should take published decimals as written", () => {
    // Sums read off published means (48.9 over 12, 50.1 over 11), as a reader writes them down.
    const [d] = determine([obs("all", { a: 1, b: 1 }, "586.8"), obs("b", { b: 1 }, 0.1 + 551)], [{ label: "a", form: { a: 1 } }]);
    expect(show(d!.value!)).toBe("357/10");
  });

  it("Should leave undetermined an atom no observation mentions", () => {
    expect(determine([obs("a", { a: 1 }, 3)], [{ label: "z", form: { z: 1 } }])).toEqual([{ label: "z", determined: false }]);
  });

  it("Should refuse contradictory observations, naming them", () => {
    expect(() => determine([obs("first", { a: 1, b: 1 }, 20), obs("again", { a: 1, b: 1 }, 21)], [])).toThrow(
      /inconsistent observations: .*first.*again/,
    );
  });

  /** A small random system: integer matrix, a true value per atom, observations A·truth. */
  const system = fc
    .record({
      atoms: fc.integer({ min: 1, max: 6 }),
      rows: fc.integer({ min: 1, max: 7 }),
    })
    .chain(({ atoms, rows }) =>
      fc.record({
        matrix: fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: atoms, maxLength: atoms }), {
          minLength: rows,
          maxLength: rows,
        }),
        truth: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: atoms, maxLength: atoms }),
        lambda: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: rows, maxLength: rows }),
        probe: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: atoms, maxLength: atoms }),
      }),
    );
  const atomName = (i: number) => `s${i}:2026-Q1:n`;
  const observationsOf = (matrix: number[][], truth: number[]) =>
    matrix.map((row, k) => ({
      label: `figure ${k}`,
      form: Object.fromEntries(row.map((c, i) => [atomName(i), c])),
      value: row.reduce((v, c, i) => v + c * truth[i]!, 0),
    }));
  const formOf = (v: number[]) => Object.fromEntries(v.map((c, i) => [atomName(i), c]));

  it("Should determine every combination of the observations, with its true value", () => {
    fc.assert(
      fc.property(system, ({ matrix, truth, lambda }) => {
        const observations = observationsOf(matrix, truth);
        const combined = truth.map((_, i) => matrix.reduce((c, row, k) => c + lambda[k]! * row[i]!, 0));
        const [d] = determine(observations, [{ label: "λᵀA", form: formOf(combined) }]);
        expect(d!.determined).toBe(true);
        expect(show(d!.value!)).toBe(String(combined.reduce((v, c, i) => v + c * truth[i]!, 0)));
        expect(recombine(observations, d!.from!)).toEqual({
          form: Object.fromEntries(combined.flatMap((c, i) => (c === 0 ? [] : [[atomName(i), String(c)]]))),
          value: show(d!.value!),
        });
      }),
    );
  });

  it("Should call a quantity determined exactly when adding it leaves the rank unchanged, and then give its true value", () => {
    fc.assert(
      fc.property(system, ({ matrix, truth, probe }) => {
        const observations = observationsOf(matrix, truth);
        const [d] = determine(observations, [{ label: "probe", form: formOf(probe) }]);
        const value = probe.reduce((v, c, i) => v + c * truth[i]!, 0);
        const widened = rank([...observations, { label: "probe", form: formOf(probe), value }]);
        expect(d!.determined).toBe(widened === rank(observations));
        if (d!.determined) expect(show(d!.value!)).toBe(String(value));
      }),
    );
  });
});

describe("showCombination", () => {
  it("Should write a combination as a reader would", () => {
    expect(
      showCombination([
        { label: "region Q3", coef: f(1) },
        { label: "region Q2", coef: f(-1) },
        { label: "kind", coef: f(1, 2) },
      ]),
    ).toBe("[region Q3] − [region Q2] + 1/2 × [kind]");
    expect(showCombination([{ label: "a", coef: f(-2) }])).toBe("−2 × [a]");
  });
});

describe("rank", () => {
  it("Should count independent observations, over every atom or a chosen few", () => {
    const observations = [obs("a+b", { a: 1, b: 1 }, 3), obs("2a+2b", { a: 2, b: 2 }, 6), obs("c", { c: 1 }, 1)];
    expect(rank(observations)).toBe(2);
    expect(rank(observations, ["a", "b"])).toBe(1);
    expect(rank(observations, ["z"])).toBe(0);
  });
});

describe("smallestDisclosed", () => {
  const five = { V: ["v"], A: ["a"], B: ["b"], C: ["c"], N: ["n"] };

  it("Should single out a newcomer between two readings of a group, the caller's own structure subtracted", () => {
    const observations = [obs("region Q2", { v: 1, a: 1, b: 1, c: 1 }, 50), obs("region Q3", { v: 1, a: 1, b: 1, c: 1, n: 1 }, 61)];
    const found = smallestDisclosed(observations, five, ["V"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ structures: ["N"], dimension: 1 });
    expect(found[0]!.combinations[0]).toMatchObject({ form: { n: f(1) }, knownPart: {}, value: f(11) });
  });

  it("Should find nothing when every figure covers at least three structures the caller does not know", () => {
    const observations = [obs("region", { v: 1, a: 1, b: 1, c: 1 }, 50), obs("with newcomer", { v: 1, a: 1, b: 1, c: 1, n: 1 }, 61)];
    // The newcomer's reading alone is the other's difference: take the first away and nothing is left.
    expect(smallestDisclosed(observations.slice(0, 1), five, ["V"])).toEqual([]);
  });

  it("Should use the caller's own figures to single out another structure, and value it when they are given", () => {
    const observations = [obs("own and A", { v: 1, a: 1 }, 20)];
    const [found] = smallestDisclosed(observations, five, ["V"], { v: 12 });
    expect(found).toMatchObject({ structures: ["A"], dimension: 1 });
    expect(found!.combinations[0]).toMatchObject({ form: { a: f(1) }, knownPart: { v: f(1) }, value: f(8) });
    // Without the caller's values, the combination is given but not its value.
    expect(smallestDisclosed(observations, five, ["V"])[0]!.combinations[0]!.value).toBeUndefined();
    // A caller that knows nothing only learns the pair.
    expect(smallestDisclosed(observations, five, []).map((d) => d.structures)).toEqual([["A", "V"]]);
  });

  it("Should report a pair only when it discloses more than its members alone", () => {
    const pair = smallestDisclosed([obs("a+b", { a: 1, b: 1 }, 9)], five, []);
    expect(pair.map((d) => [d.structures, d.dimension])).toEqual([[["A", "B"], 1]]);
    const singles = smallestDisclosed([obs("a", { a: 1 }, 5), obs("b", { b: 1 }, 6)], five, []);
    expect(singles.map((d) => d.structures)).toEqual([["A"], ["B"]]);
  });

  it("Should single out a structure's new quarter when its atoms are per quarter", () => {
    const quarters = { X: ["x:Q1", "x:Q2"], Y: ["y:Q1"], Z: ["z:Q1"], W: ["w:Q1"] };
    const observations = [
      obs("group Q2", { "x:Q1": 1, "y:Q1": 1, "z:Q1": 1, "w:Q1": 1 }, 48),
      obs("group Q3", { "x:Q1": 1, "x:Q2": 1, "y:Q1": 1, "z:Q1": 1, "w:Q1": 1 }, 60),
    ];
    const [found, ...rest] = smallestDisclosed(observations, quarters, []);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ structures: ["X"], combinations: [{ form: { "x:Q2": f(1) }, value: f(12) }] });
  });

  it("Should refuse an atom of no structure or of two", () => {
    expect(() => smallestDisclosed([obs("q", { q: 1 }, 1)], five, [])).toThrow(/belongs to no structure/);
    expect(() => smallestDisclosed([], { A: ["a"], B: ["a"] }, [])).toThrow(/belongs to both/);
  });

  it("Should give combinations that add up from the observations they name, vanish off their structures and miss no determined atom", () => {
    const structures = { A: ["a1", "a2"], B: ["b1"], C: ["c1", "c2"], D: ["d1"], K: ["k1"] };
    const atoms = Object.values(structures).flat();
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...atoms), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: atoms.length, maxLength: atoms.length }),
        (supports, values) => {
          const truth = Object.fromEntries(atoms.map((a, i) => [a, values[i]!]));
          const observations = supports.map((support, k) =>
            obs(
              `figure ${k}`,
              Object.fromEntries(support.map((a) => [a, 1])),
              support.reduce((v, a) => v + truth[a]!, 0),
            ),
          );
          const disclosures = smallestDisclosed(observations, structures, ["K"], { k1: truth["k1"]! });
          // Complete for single atoms: any atom the observations and the known atom determine is reported.
          const known = [...observations, obs("known", { k1: 1 }, truth["k1"]!)];
          const reported = new Set(disclosures.filter((d) => d.structures.length === 1).map((d) => d.structures[0]));
          for (const [structure, own] of Object.entries(structures)) {
            if (structure === "K") continue;
            const found = determine(
              known,
              own.map((a) => ({ label: a, form: { [a]: 1 } })),
            ).some((d) => d.determined);
            if (found) expect(reported.has(structure)).toBe(true);
          }
          for (const disclosure of disclosures) {
            const mine = new Set(disclosure.structures.flatMap((s) => structures[s as keyof typeof structures]));
            expect(disclosure.combinations).toHaveLength(disclosure.dimension);
            for (const c of disclosure.combinations) {
              expect(Object.keys(c.form).every((a) => mine.has(a))).toBe(true);
              expect(Object.keys(c.knownPart).every((a) => a === "k1")).toBe(true);
              const claimed = Object.fromEntries([...Object.entries(c.form), ...Object.entries(c.knownPart)].map(([a, v]) => [a, show(v)]));
              expect(recombine(observations, c.from).form).toEqual(claimed);
              // The disclosed value is the truth.
              const real = Object.entries(c.form).reduce((v, [a, coef]) => add(v, mul(coef, f(truth[a]!))), f(0));
              expect(show(c.value!)).toBe(show(real));
            }
          }
        },
      ),
    );
  });
});

describe("disclosedSets", () => {
  const five = new Map(Object.entries({ V: ["v"], A: ["a"], B: ["b"], C: ["c"], N: ["n"] }));

  it("Should single out a newcomer between two readings of a group, with the figures that give it", () => {
    const observations = [obs("region Q2", { v: 1, a: 1, b: 1, c: 1 }, 50), obs("region Q3", { v: 1, a: 1, b: 1, c: 1, n: 1 }, 61)];
    const [found, ...rest] = disclosedSets(observations, five, [], 3);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ structures: ["N"], dimension: 1, example: { form: { n: f(1) } } });
    expect(recombine(observations, found!.example.from).form).toEqual({ n: "1" });
  });

  it("Should report a set of three only when no smaller set inside it is singled out", () => {
    const observations = [obs("a+b+c", { a: 1, b: 1, c: 1 }, 30), obs("a+b+c+v+n", { a: 1, b: 1, c: 1, v: 1, n: 1 }, 50)];
    expect(disclosedSets(observations, five, [], 2).map((d) => d.structures)).toEqual([["N", "V"]]);
    expect(disclosedSets(observations, five, [], 3).map((d) => d.structures)).toEqual([
      ["N", "V"],
      ["A", "B", "C"],
    ]);
    // Known to the caller, V is subtracted: N alone is left.
    expect(disclosedSets(observations, five, ["V"], 2).map((d) => d.structures)).toEqual([["N"]]);
  });

  it("Should join a structure's atoms that every figure holds together, and keep apart those it can tell apart", () => {
    const quarters = new Map(Object.entries({ X: ["x:Q1", "x:Q1:falc", "x:Q2"], Y: ["y:Q1"], Z: ["z:Q1"], W: ["w:Q1"] }));
    const observations = [
      obs("group Q1", { "x:Q1": 1, "x:Q1:falc": 1, "y:Q1": 1, "z:Q1": 1, "w:Q1": 1 }, 48),
      obs("group Q2", { "x:Q1": 1, "x:Q1:falc": 1, "x:Q2": 1, "y:Q1": 1, "z:Q1": 1, "w:Q1": 1 }, 60),
    ];
    const [found] = disclosedSets(observations, quarters, [], 1);
    expect(found).toMatchObject({ structures: ["X"], dimension: 1, example: { form: { "x:Q2": f(1) } } });
  });

  it("Should find exactly the singles and pairs smallestDisclosed finds", () => {
    const structures = { A: ["a1", "a2"], B: ["b1"], C: ["c1", "c2"], D: ["d1"], K: ["k1"] };
    const atoms = Object.values(structures).flat();
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...atoms), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        (supports) => {
          const observations = supports.map((support, k) => obs(`figure ${k}`, Object.fromEntries(support.map((a) => [a, 1])), 0));
          const slow = smallestDisclosed(observations, structures, ["K"]);
          const fast = disclosedSets(observations, new Map(Object.entries(structures)), ["K"], 2);
          const singles = slow.filter((d) => d.structures.length === 1);
          // A pair smallestDisclosed reports because it adds to a single is not a smallest set: leave those out.
          const single = new Set(singles.map((d) => d.structures[0]));
          const pairs = slow.filter((d) => d.structures.length === 2 && !d.structures.some((s) => single.has(s)));
          expect(fast.map((d) => [d.structures, d.dimension])).toEqual([...singles, ...pairs].map((d) => [d.structures, d.dimension]));
        },
      ),
    );
  });
});
