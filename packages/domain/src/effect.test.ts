import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeDifference,
  describeMeanDifference,
  effectTable,
  hoursHidden,
  meanDifference,
  newcombeDifference,
  studentTCdf,
  studentTQuantile,
  wilsonInterval,
  Z_95,
  type Interval,
  type StudyGroup,
} from "./effect.js";

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

/** Newcombe's method 10 from the bisection bounds above: shares none of wilsonInterval's algebra. */
function newcombeByBisection(x1: number, n1: number, x2: number, n2: number): [number, number] {
  const [l1, u1] = wilsonByBisection(x1, n1);
  const [l2, u2] = wilsonByBisection(x2, n2);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  return [p1 - p2 - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), p1 - p2 + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

/** P(T ≤ t) a second way: Simpson's rule on the t density from 0 to |t| (the density's constant by the same rule). */
function tCdfBySimpson(t: number, df: number): number {
  const shape = (x: number) => (1 + (x * x) / df) ** (-(df + 1) / 2);
  const simpson = (a: number, b: number, steps: number) => {
    const h = (b - a) / steps;
    let sum = shape(a) + shape(b);
    for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * shape(a + i * h);
    return (sum * h) / 3;
  };
  // ∫₀^∞ shape = √df·B(½, df/2)/2; substituting x = √df·tan θ makes it ∫₀^{π/2} cos^{df−1} θ dθ · √df.
  const steps = 20000;
  const h = Math.PI / 2 / steps;
  let half = 0;
  for (let i = 0; i <= steps; i++) half += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * Math.cos(i * h) ** (df - 1);
  half = ((half * h) / 3) * Math.sqrt(df);
  const area = simpson(0, Math.abs(t), steps) / (2 * half);
  return t >= 0 ? 0.5 + area : 0.5 - area;
}

describe("wilsonInterval", () => {
  it("gives 30/100 → 21,89 %–39,58 % and 18/100 → 11,70 %–26,67 %", () => {
    const a = wilsonInterval(30, 100) as Interval;
    const b = wilsonInterval(18, 100) as Interval;
    expect(a.estimate).toBe(0.3);
    expect(a.lower).toBeCloseTo(0.2189, 4);
    expect(a.upper).toBeCloseTo(0.3958, 4);
    expect(b.lower).toBeCloseTo(0.117, 4);
    expect(b.upper).toBeCloseTo(0.2667, 4);
  });
  it("agrees with the score test solved by bisection, for any count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([n, x]) => {
          const w = wilsonInterval(x, n);
          const [lo, hi] = wilsonByBisection(x, n);
          expect(w?.lower).toBeCloseTo(lo, 8);
          expect(w?.upper).toBeCloseTo(hi, 8);
        },
      ),
    );
  });
  it("has no interval for an empty group and refuses a count that is not a share", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(wilsonInterval(0, 10)?.lower).toBe(0);
    expect(wilsonInterval(10, 10)?.upper).toBe(1);
  });
});

describe("newcombeDifference", () => {
  it("reproduces Newcombe (1998), Table II, method 10, to 4 decimals", () => {
    // (a) and (b) are also the figures m-Py/propint's tests check as "reported in Newcombe1998"; the brief's
    // 0.1750 and 0.3061 for (a) are not: 56/70 − 48/80 is 0.2000.
    const cases: Array<[number, number, number, number, number, number, number]> = [
      [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.6, 0.1705, 0.809],
      [6, 7, 2, 7, 0.5714, 0.0582, 0.8062],
      [5, 56, 0, 29, 0.0893, -0.0381, 0.1926],
      [0, 10, 0, 20, 0, -0.1611, 0.2775],
      [0, 10, 0, 10, 0, -0.2775, 0.2775],
      [10, 10, 0, 20, 1, 0.6791, 1],
      [10, 10, 0, 10, 1, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, d, lo, hi] of cases) {
      const r = newcombeDifference(x1, n1, x2, n2) as Interval;
      expect(r.estimate).toBeCloseTo(d, 4);
      expect(r.lower).toBeCloseTo(lo, 4);
      expect(r.upper).toBeCloseTo(hi, 4);
    }
  });
  it("gives the issue's 30/100 against 18/100 a difference of 12 points, from 0,13 to 23,47, also by bisection", () => {
    const d = newcombeDifference(30, 100, 18, 100) as Interval;
    expect(d.estimate).toBeCloseTo(0.12, 10);
    expect(d.lower).toBeCloseTo(0.0013, 4);
    expect(d.upper).toBeCloseTo(0.2347, 4);
    const [lo, hi] = newcombeByBisection(30, 100, 18, 100);
    expect(d.lower).toBeCloseTo(lo, 8);
    expect(d.upper).toBeCloseTo(hi, 8);
  });
  it("agrees with the bisection computation for any two groups, and is null for an empty one", () => {
    const group = fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const d = newcombeDifference(x1, n1, x2, n2) as Interval;
        const [lo, hi] = newcombeByBisection(x1, n1, x2, n2);
        expect(d.lower).toBeCloseTo(lo, 8);
        expect(d.upper).toBeCloseTo(hi, 8);
        expect(d.lower).toBeLessThanOrEqual(d.estimate);
        expect(d.upper).toBeGreaterThanOrEqual(d.estimate);
      }),
    );
    expect(newcombeDifference(3, 10, 0, 0)).toBeNull();
  });
});

describe("Student's t and Welch", () => {
  it("has the 97,5 % quantiles (SciPy 1.17 stats.t.ppf, and the closed form for df = 2)", () => {
    const reference: Array<[number, number]> = [
      [2, 4.302653],
      [3, 3.182446],
      [4, 2.776445],
      [5, 2.570582],
      [10, 2.228139],
      [30, 2.042272],
      [198, 1.972017],
      [1000, 1.962339],
      [2.5, 3.574655],
      [6.758620689655173, 2.381852],
    ];
    for (const [df, t] of reference) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 5);
    // df = 2: t_p = (2p − 1)/√(2p(1 − p)).
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 8);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228139, 5);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
  });
  it("has a CDF that agrees with integrating the density, fractional df included (to 1e-6)", () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 60, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }), (df, t) => {
        expect(Math.abs(studentTCdf(t, df) - tCdfBySimpson(t, df))).toBeLessThan(1e-6);
      }),
      { numRuns: 40 },
    );
  });
  it("gives the difference of means with Welch's interval (SciPy 1.17 ttest_ind(equal_var=False).confidence_interval())", () => {
    const d = meanDifference([20, 22, 25, 30, 18], [15, 14, 20, 16, 12]);
    expect(d?.estimate).toBeCloseTo(7.6, 10);
    expect(d?.meanA).toBeCloseTo(23, 10);
    expect(d?.meanB).toBeCloseTo(15.4, 10);
    expect([d?.sizeA, d?.sizeB]).toEqual([5, 5]);
    // By hand: variances 22 and 8,8; se = √(4,4 + 1,76); df = 6,16²/((4,4² + 1,76²)/4) = 6,7586…
    expect(d?.df).toBeCloseTo(6.16 ** 2 / ((4.4 ** 2 + 1.76 ** 2) / 4), 8);
    expect(d?.lower).toBeCloseTo(1.688398, 4);
    expect(d?.upper).toBeCloseTo(13.511602, 4);
    // Hours a week with zeros for those without a job.
    const hours = meanDifference([0, 0, 37, 0, 20, 30, 0, 37, 15, 0, 25, 0], [0, 0, 0, 10, 0, 0, 37, 0, 0, 0]);
    expect(hours?.estimate).toBeCloseTo(8.9667, 4);
    expect(hours?.df).toBeCloseTo(19.864152, 4);
    expect(hours?.lower).toBeCloseTo(-3.187189, 4);
    expect(hours?.upper).toBeCloseTo(21.120522, 4);
  });
  it("has no interval for fewer than 2 values or no spread, and refuses non-numbers", () => {
    expect(meanDifference([1], [2, 3])).toBeNull();
    expect(meanDifference([0, 0, 0], [0, 0])).toBeNull();
    expect(() => meanDifference([1, Number.NaN], [2, 3])).toThrow(RangeError);
  });
});

describe("the wording", () => {
  it("says which group is higher, the range, and whether the data can tell", () => {
    const d = newcombeDifference(30, 100, 18, 100) as Interval;
    expect(describeDifference("Andelen i job eller uddannelse", d)).toBe(
      "Andelen i job eller uddannelse er 12,0 procentpoint højere i indsatsgruppen end i kontrolgruppen. Forskellen kan være mellem 0,1 og 23,5 procentpoint (95 %-interval). Intervallet ligger helt over 0, så forskellen er næppe tilfældig.",
    );
    const unsure = newcombeDifference(20, 100, 18, 100) as Interval;
    expect(describeDifference("Andelen i job", unsure)).toBe(
      `Andelen i job er 2,0 procentpoint højere i indsatsgruppen end i kontrolgruppen. Forskellen kan være mellem ${(unsure.lower * 100).toFixed(1).replace(".", ",")} og ${(unsure.upper * 100).toFixed(1).replace(".", ",")} procentpoint (95 %-interval). Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel.`,
    );
    const lower = newcombeDifference(18, 100, 30, 100) as Interval;
    expect(describeDifference("Andelen i job", lower)).toMatch(
      /^Andelen i job er 12,0 procentpoint lavere .* mellem -23,5 og -0,1 procentpoint .* helt under 0/,
    );
    expect(describeDifference("Andelen i job", { estimate: 0, lower: -0.0004, upper: 0.1 })).toBe(
      "Andelen i job er den samme i indsatsgruppen og kontrolgruppen. Forskellen kan være mellem 0,0 og 10,0 procentpoint (95 %-interval). Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel.",
    );
  });
  it("describes hours with the means of both groups", () => {
    const hours = meanDifference([20, 22, 25, 30, 18], [15, 14, 20, 16, 12]);
    expect(describeMeanDifference("Timer om ugen", hours as never, "timer")).toBe(
      "Timer om ugen: i gennemsnit 7,6 timer flere i indsatsgruppen (23,0) end i kontrolgruppen (15,4). Forskellen kan være mellem 1,7 og 13,5 timer (95 %-interval). Forskellen er næppe tilfældig.",
    );
    const same = meanDifference([10, 12, 14], [11, 12, 13]);
    expect(describeMeanDifference("Timer om ugen", same as never, "timer")).toMatch(
      /^Timer om ugen: i gennemsnit det samme i indsatsgruppen \(12,0\) og kontrolgruppen \(12,0\)\. .* kan ikke afgøre, om der er en forskel\.$/,
    );
  });
});

describe("effectTable", () => {
  it("shows 30/100 against 18/100 with both Wilson intervals and Newcombe's difference", () => {
    const t = effectTable(
      { sizes: { intervention: 100, control: 100 }, rows: [{ key: "JOB_OR_EDUCATION", intervention: 30, control: 18 }] },
      { suppress: false },
    );
    const row = t.rows[0];
    expect(t.sizes.intervention).toEqual({ count: 100, display: "100" });
    expect(row?.intervention.display).toBe("30");
    expect(row?.intervention.share?.lower).toBeCloseTo(0.2189, 4);
    expect(row?.control.share?.upper).toBeCloseTo(0.2667, 4);
    expect(row?.difference?.lower).toBeCloseTo(0.0013, 4);
    expect(row?.difference?.upper).toBeCloseTo(0.2347, 4);
  });

  it("hides a group of 4 and everything built on it", () => {
    const t = effectTable({
      sizes: { intervention: 4, control: 100 },
      rows: [{ key: "JOB", intervention: 2, control: 30 }],
      hours: { intervention: [37, 20, 0, 0], control: Array.from({ length: 100 }, (_, i) => (i < 30 ? 37 : 0)) },
    });
    expect(t.sizes.intervention).toEqual({ count: null, display: "<5" });
    expect(t.rows[0]?.intervention).toEqual({ count: null, display: "<5", suppressed: "PRIMARY", share: null });
    expect(t.rows[0]?.control.count).toBe(30);
    expect(t.rows[0]?.difference).toBeNull();
    expect(t.hours).toBeNull();
    expect(t.hoursHidden).toBe(true);
  });

  it("rounds every count to 5 and computes shares and differences from the rounded counts", () => {
    const t = effectTable({
      sizes: { intervention: 97, control: 62 },
      rows: [
        { key: "A", intervention: 93, control: 31 },
        { key: "B", intervention: 4, control: 0 },
      ],
    });
    expect(t.sizes.intervention).toEqual({ count: 95, display: "95" });
    expect(t.rows[0]?.intervention).toMatchObject({ count: 95, display: "95", suppressed: null });
    expect(t.rows[0]?.intervention.share?.estimate).toBe(1);
    expect(t.rows[0]?.control.share?.estimate).toBe(30 / 60);
    expect(t.rows[0]?.difference?.estimate).toBeCloseTo(0.5, 10);
    expect(t.rows[1]?.intervention).toEqual({ count: null, display: "<5", suppressed: "PRIMARY", share: null });
    expect(t.rows[1]?.control).toMatchObject({ count: 0, display: "0" });
    expect(t.rows[1]?.difference).toBeNull();
  });

  it("rounds an exclusive set's remainder like its cells", () => {
    const t = effectTable({
      sizes: { intervention: 60, control: 60 },
      rows: [
        { key: "JOB", intervention: 30, control: 30 },
        { key: "EDUCATION", intervention: 20, control: 22 },
        { key: "PENSION_RECOMMENDED", intervention: 3, control: 5 },
      ],
      exclusive: [["JOB", "EDUCATION", "PENSION_RECOMMENDED"]],
    });
    expect(t.rows.map((r) => r.intervention.display)).toEqual(["30", "20", "<5"]);
    expect(t.remainders[0]?.intervention).toEqual({ count: 5, display: "5", suppressed: null });
    expect(t.rows.map((r) => r.control.display)).toEqual(["30", "20", "5"]);
    expect(t.remainders[0]?.control).toEqual({ count: null, display: "<5", suppressed: "PRIMARY" });
  });

  it("hides hours when a group's mean rests on fewer than 5 citizens with hours", () => {
    const control = [0, 0, 0, 10, 0, 0, 37, 0, 0, 0];
    const intervention = [0, 0, 37, 0, 20, 30, 0, 37, 15, 0, 25, 0];
    expect(hoursHidden(control)).toBe(true);
    expect(hoursHidden(intervention)).toBe(false);
    const base = { sizes: { intervention: 12, control: 10 }, rows: [] };
    expect(effectTable({ ...base, hours: { intervention, control } }).hours).toBeNull();
    const shown = effectTable({ ...base, hours: { intervention, control: [...control.slice(0, 7), 20, 30, 12] } });
    expect(shown.hoursHidden).toBe(false);
    expect(shown.hours?.sizeB).toBe(10);
    expect(effectTable({ ...base, hours: { intervention, control } }, { suppress: false }).hours?.estimate).toBeCloseTo(8.9667, 4);
  });

  it("shows everything to a role that may see small counts", () => {
    const t = effectTable({ sizes: { intervention: 4, control: 10 }, rows: [{ key: "JOB", intervention: 2, control: 9 }] }, { suppress: false });
    expect(t.sizes.intervention.display).toBe("4");
    expect(t.rows[0]?.intervention.display).toBe("2");
    expect(t.rows[0]?.difference?.estimate).toBeCloseTo(-0.4, 10);
  });

  it("refuses counts that do not fit the group", () => {
    expect(() => effectTable({ sizes: { intervention: 10, control: 10 }, rows: [{ key: "JOB", intervention: 11, control: 1 }] })).toThrow(RangeError);
    expect(() =>
      effectTable({
        sizes: { intervention: 10, control: 10 },
        rows: [
          { key: "JOB", intervention: 6, control: 1 },
          { key: "EDUCATION", intervention: 6, control: 1 },
        ],
        exclusive: [["JOB", "EDUCATION"]],
      }),
    ).toThrow(RangeError);
    expect(() =>
      effectTable({ sizes: { intervention: 10, control: 10 }, rows: [{ key: "JOB", intervention: 1, control: 1 }], exclusive: [["PASSIVE"]] }),
    ).toThrow(RangeError);
  });

  it("shows only multiples of 5, and shares of them (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), fc.nat({ max: 60 }), fc.array(fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 })), { maxLength: 4 }), (ni, nc, raw) => {
        const rows = raw.map(([a, b], i) => ({ key: `R${i}`, intervention: Math.min(a, ni), control: Math.min(b, nc) }));
        const t = effectTable({ sizes: { intervention: ni, control: nc }, rows });
        for (const g of ["intervention", "control"] as StudyGroup[]) {
          const size = t.sizes[g].count;
          for (const r of t.rows) {
            const c = r[g];
            if (c.count === null) expect(c.display).toBe("<5");
            else expect(c.count % 5).toBe(0);
            if (c.share && size) expect(c.share.estimate * size).toBeCloseTo(c.count as number, 9);
          }
        }
      }),
    );
  });
});
