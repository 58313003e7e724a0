import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeDifference, describeMeanDifference, meanDifference, newcombeDifference, shareHidden, studentTCdf, studentTQuantile, wilsonInterval, Z_95 } from "./trial.js";

/** The Wilson bounds a second way: the p where |p̂ − p| = z·√(p(1−p)/n), found by bisection on each side of p̂. */
function wilsonByBisection(x: number, n: number): [number, number] {
  const phat = x / n;
  // Positive outside the interval, negative inside it.
  const f = (p: number) => Math.abs(phat - p) - Z_95 * Math.sqrt((p * (1 - p)) / n);
  let lo = 0;
  let hi = phat;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  const lower = x === 0 ? 0 : (lo + hi) / 2;
  lo = phat;
  hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) hi = mid;
    else lo = mid;
  }
  return [lower, x === n ? 1 : (lo + hi) / 2];
}

describe("wilsonInterval", () => {
  it("gives 30/100 → 21,89 %–39,58 % and 18/100 → 11,70 %–26,67 %", () => {
    expect(wilsonInterval(30, 100)?.lower).toBeCloseTo(0.2189, 4);
    expect(wilsonInterval(30, 100)?.upper).toBeCloseTo(0.3958, 4);
    expect(wilsonInterval(18, 100)?.lower).toBeCloseTo(0.117, 4);
    expect(wilsonInterval(18, 100)?.upper).toBeCloseTo(0.2667, 4);
  });
  it("agrees with the score test solved by bisection, for any count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))), ([n, x]) => {
        const w = wilsonInterval(x, n);
        const [lo, hi] = wilsonByBisection(x, n);
        expect(w?.lower).toBeCloseTo(lo, 8);
        expect(w?.upper).toBeCloseTo(hi, 8);
      }),
    );
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("newcombeDifference", () => {
  it("reproduces Newcombe (1998) method 10 to 4 decimals", () => {
    const cases: Array<[number, number, number, number, number, number]> = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
    ];
    for (const [x1, n1, x2, n2, lo, hi] of cases) {
      const d = newcombeDifference(x1, n1, x2, n2);
      expect(d?.lower).toBeCloseTo(lo, 4);
      expect(d?.upper).toBeCloseTo(hi, 4);
    }
  });
  it("gives 30/100 against 18/100 a difference of 12 points, from 0,13 to 23,47", () => {
    const d = newcombeDifference(30, 100, 18, 100);
    expect(d?.estimate).toBeCloseTo(0.12, 10);
    expect(d?.lower).toBeCloseTo(0.0013, 4);
    expect(d?.upper).toBeCloseTo(0.2347, 4);
    // Built from the two Wilson intervals, as the method prescribes.
    const a = wilsonInterval(30, 100) as { estimate: number; lower: number; upper: number };
    const b = wilsonInterval(18, 100) as { estimate: number; lower: number; upper: number };
    expect(d?.lower).toBeCloseTo(0.12 - Math.hypot(a.estimate - a.lower, b.upper - b.estimate), 12);
  });
});

describe("Student's t and Welch", () => {
  it("has the tables' quantiles", () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.975, 198)).toBeCloseTo(1.972017, 5);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 4);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
  });
  it("gives the difference of means with Welch's interval", () => {
    const d = meanDifference([20, 22, 25, 30, 18], [15, 14, 20, 16, 12]);
    expect(d?.estimate).toBeCloseTo(7.6, 10);
    // By hand: variances 22 and 8,8; se = √(4,4 + 1,76) = √6,16; df = 6,16²/(4,4²/4 + 1,76²/4) = 6,7586…
    expect(d?.df).toBeCloseTo(6.16 ** 2 / ((4.4 ** 2 + 1.76 ** 2) / 4), 8);
    const t = studentTQuantile(0.975, d?.df ?? 0);
    expect(d?.lower).toBeCloseTo(7.6 - t * Math.sqrt(6.16), 10);
    expect(meanDifference([1], [2, 3])).toBeNull();
  });
});

describe("the wording", () => {
  it("says which group is higher, the range, and whether the data can tell", () => {
    const d = newcombeDifference(30, 100, 18, 100);
    expect(describeDifference("Andelen i job", d as never)).toBe(
      "Andelen i job er 12,0 procentpoint højere i indsatsgruppen end i kontrolgruppen. Forskellen kan være mellem 0,1 og 23,5 procentpoint (95 %-interval). Intervallet ligger helt over 0, så forskellen er næppe tilfældig.",
    );
    const unsure = newcombeDifference(20, 100, 18, 100);
    expect(describeDifference("Andelen i job", unsure as never)).toMatch(/2,0 procentpoint højere .* Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel\.$/);
    const hours = meanDifference([20, 22, 25, 30, 18], [15, 14, 20, 16, 12]);
    expect(describeMeanDifference("Timer om ugen", hours as never, "timer")).toMatch(/^Timer om ugen: i gennemsnit 7,6 timer flere i indsatsgruppen \(23,0\) end i kontrolgruppen \(15,4\)\./);
  });
});

describe("shareHidden", () => {
  it("hides a share when the count, the rest or the group is under 5", () => {
    expect(shareHidden(4, 100)).toBe(true);
    expect(shareHidden(97, 100)).toBe(true);
    expect(shareHidden(30, 100)).toBe(false);
    expect(shareHidden(2, 4)).toBe(true);
    // Property: a shown share never lets anyone work out a group of fewer than 5 (x or n − x) from it and n.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))), ([n, x]) => {
        if (!shareHidden(x, n)) expect(Math.min(x, n - x, n)).toBeGreaterThanOrEqual(5);
      }),
    );
  });
});
