import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kroner } from "./money.js";
import { costPer, progressRag, suppressFunnel } from "./steering.js";

const period = { start: "2012-09-01", end: "2012-12-21" };

describe("progressRag", () => {
  it("compares the pace with the required one while the conversations run, with the rule in words", () => {
    expect(progressRag({ asOf: "2012-10-01", period, requiredPerWeek: 14, averagePerWeek: 9, held: 40, target: 219 })).toEqual({
      rag: "RED",
      reason: "Tempo 9,0 samtaler pr. uge mod krævet 14.",
    });
    expect(progressRag({ asOf: "2012-10-01", period, requiredPerWeek: 14, averagePerWeek: 11, held: 40, target: 219 }).rag).toBe("AMBER");
    expect(progressRag({ asOf: "2012-10-01", period, requiredPerWeek: 14, averagePerWeek: 12.6, held: 40, target: 219 }).rag).toBe("GREEN");
  });
  it("judges by the share reached once the period is over, and says when there is nothing to judge", () => {
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 12.3, held: 197, target: 197 })).toEqual({
      rag: "GREEN",
      reason: "Samtale holdt med 197 af 197 borgere i forløbet (100 %) ved periodens slut.",
    });
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 9, held: 150, target: 197 }).rag).toBe("AMBER");
    expect(progressRag({ asOf: "2012-08-01", period, requiredPerWeek: 14, averagePerWeek: 0, held: 0, target: 219 }).rag).toBe("NONE");
    expect(progressRag({ asOf: "2012-10-01", period: null, requiredPerWeek: 0, averagePerWeek: 0, held: 0, target: 0 }).rag).toBe("NONE");
  });
});

describe("costPer", () => {
  it("divides to the øre, rounding half away from zero", () => {
    expect(costPer(kroner(1_179_475), 197, false)).toEqual({ amount: 598_718n, display: "5.987,18 kr.", hidden: false });
    expect(costPer(1n, 2, false).amount).toBe(1n); // 0,5 øre → 1 øre
    expect(costPer(kroner(100), 0, false)).toEqual({ amount: null, display: "–", hidden: false });
  });
  it("hides a cost derived from fewer than 5 citizens from the styregruppe", () => {
    expect(costPer(kroner(100_000), 3, true)).toEqual({ amount: null, display: "<5", hidden: true });
    expect(costPer(kroner(100_000), 3, false).amount).toBe(3_333_333n);
    expect(costPer(kroner(100_000), 5, true).hidden).toBe(false);
  });
});

describe("suppressFunnel", () => {
  it("hides every step under 5 and its share, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 9 }), (raw) => {
        // Nested steps: each at most the one before.
        const counts = raw.reduce<number[]>((acc, n) => [...acc, Math.min(n, acc.at(-1) ?? n)], []);
        const shown = suppressFunnel(counts.map((count, i) => ({ key: `s${i}`, count })), true);
        shown.forEach((s, i) => {
          const small = (counts[i] ?? 0) < 5;
          expect(s.shown).toBe(small ? null : counts[i]);
          expect(s.display).toBe(small ? "<5" : String(counts[i]));
          if (small) expect(s.percentOfFirst).toBeNull();
        });
      }),
    );
  });
});
