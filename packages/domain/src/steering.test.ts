import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount } from "./disclosure.js";
import { discloseFunnel, progressRag } from "./steering.js";

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

describe("discloseFunnel", () => {
  it("shows each step disclosed, its share of the first from the shown counts, and hides the share of a <5", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 9 }), (raw) => {
        // Nested steps: each at most the one before.
        const counts = raw.reduce<number[]>((acc, n) => [...acc, Math.min(n, acc.at(-1) ?? n)], []);
        const shown = discloseFunnel(counts.map((count, i) => ({ key: `s${i}`, count })), true);
        const first = discloseCount(counts[0] ?? 0).count;
        shown.forEach((s, i) => {
          const expected = discloseCount(counts[i] ?? 0);
          expect(s.shown).toBe(expected.count);
          expect(s.display).toBe(expected.display);
          if (expected.count === null || !first) expect(s.percentOfFirst).toBeNull();
          else expect(s.percentOfFirst).toBe(Math.round((expected.count * 1000) / first) / 10);
        });
      }),
    );
  });
  it("shows exact counts to the tovholder", () => {
    expect(discloseFunnel([{ key: "a", count: 197 }, { key: "b", count: 3 }], false).map((s) => [s.display, s.percentOfFirst])).toEqual([["197", 100], ["3", 1.5]]);
  });
});

describe("progressRag for a protected viewer", () => {
  it("says the counts in the reason as disclosed", () => {
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 9, held: 148, target: 197, protect: true }).reason).toBe(
      "Samtale holdt med 150 af 195 borgere i forløbet (77 %) ved periodens slut.",
    );
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 9, held: 3, target: 197, protect: true }).reason).toBe(
      "Samtale holdt med <5 af 195 borgere i forløbet ved periodens slut.",
    );
  });
});
