import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount } from "./disclosure.js";
import { addDays } from "./calendar.js";
import { judgedPace, paceByWeek, unreachablePlanText } from "./capacity.js";
import { describeProgressRules, discloseFunnel, progressRag, PROGRESS_RULE_TEXT } from "./steering.js";

const period = { start: "2012-09-01", end: "2012-12-21" };

const plan = { ...period, total: 219 };
/** `n` citizens reached, one a day from the period's start (the first held conversation of each). */
const reachedDaily = (n: number) => Array.from({ length: n }, (_, i) => addDays(period.start, i % 100));

describe("progressRag", () => {
  it("judges the citizens reached against those required by the date while the conversations run, naming the rule", () => {
    // 1 Oct: 31 of 112 days, so ceil(219 × 31 / 112) = 61 required.
    const asOf = "2012-10-01";
    const judged = judgedPace(reachedDaily(40), plan, asOf);
    expect(judged).toEqual({ until: asOf, reached: 31, required: 61, reachedAfter: 0, onTrack: false });
    expect(progressRag({ asOf, period, requiredPerWeek: 14, averagePerWeek: 7, judged })).toEqual({
      rag: "RED",
      reason: `Samtale holdt med 31 borgere mod krævet 61 pr. 01.10.2012 (51 %). Tempo 7,0 samtaler pr. uge mod krævet 14. ${PROGRESS_RULE_TEXT}`,
    });
    const at = (reached: number) =>
      progressRag({
        asOf,
        period,
        requiredPerWeek: 14,
        averagePerWeek: 0,
        judged: { until: asOf, reached, required: 61, reachedAfter: 0, onTrack: reached >= 61 },
      }).rag;
    expect([at(45), at(46), at(60), at(61)]).toEqual(["RED", "AMBER", "AMBER", "GREEN"]);
  });
  it("is green exactly when the pace table's last row is on track, for any events and date", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 250 }), fc.integer({ min: -10, max: 250 }), (offsets, day) => {
        const events = offsets.map((o) => addDays(period.start, o));
        const asOf = addDays(period.start, day);
        const pace = paceByWeek(events, plan, asOf);
        const rag = progressRag({ asOf, period, requiredPerWeek: 14, averagePerWeek: pace.averagePerWeek, judged: pace.judged }).rag;
        const last = pace.weeks.at(-1);
        if (!pace.judged) expect(rag).toBe("NONE");
        else {
          expect(last?.cumulative).toBe(pace.judged.reached);
          expect(last?.required).toBe(pace.judged.required);
          expect(rag === "GREEN").toBe(last?.onTrack);
        }
      }),
    );
  });
  it("judges the period once it is over, and says who was reached after it (the issue's 197 of 197, late)", () => {
    // 197 citizens reached, 150 of them by 21 Dec: not green, though everyone was reached in the end.
    const events = [...Array.from({ length: 150 }, (_, i) => addDays("2012-09-03", i % 100)), ...Array.from({ length: 47 }, () => "2013-01-15")];
    const judged = judgedPace(events, { ...period, total: 197 }, "2013-08-01");
    expect(judged).toEqual({ until: period.end, reached: 150, required: 197, reachedAfter: 47, onTrack: false });
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 12.3, judged })).toEqual({
      rag: "AMBER",
      reason: `Samtale holdt med 150 borgere mod krævet 197 ved periodens slut 21.12.2012 (76 %). 47 flere er nået efter periodens slut og tæller ikke med. ${PROGRESS_RULE_TEXT}`,
    });
    expect(progressRag({ asOf: "2012-08-01", period, requiredPerWeek: 14, averagePerWeek: 0, judged: judgedPace([], plan, "2012-08-01") }).rag).toBe("NONE");
    expect(progressRag({ asOf: "2012-10-01", period: null, requiredPerWeek: 0, averagePerWeek: 0, judged: null }).rag).toBe("NONE");
  });
});

describe("describeProgressRules", () => {
  // Literal text, not built from the rules: a threshold change must show up here.
  it("states the default rule as the styregruppe reads it", () => {
    expect(PROGRESS_RULE_TEXT).toBe(
      "Reglen: de krævede er forløbsplanens borgere (den planlagte målgruppe, ellers borgerne i forløbet) fordelt jævnt over samtaleperioden; " +
        "grøn når de er nået (tempotabellen er i mål), gul fra 75 %, ellers rød.",
    );
    expect(describeProgressRules()).toBe(PROGRESS_RULE_TEXT);
  });
  it("follows the thresholds it is given, and the light and the reason follow the same object", () => {
    const rules = { greenShare: 0.9, amberShare: 0.625 };
    const text =
      "Reglen: de krævede er forløbsplanens borgere (den planlagte målgruppe, ellers borgerne i forløbet) fordelt jævnt over samtaleperioden; " +
      "grøn fra 90 %, gul fra 62,5 %, ellers rød.";
    expect(describeProgressRules(rules)).toBe(text);
    const asOf = "2012-10-01";
    const at = (reached: number) =>
      progressRag(
        { asOf, period, requiredPerWeek: 14, averagePerWeek: 0, judged: { until: asOf, reached, required: 80, reachedAfter: 0, onTrack: reached >= 80 } },
        rules,
      );
    expect([at(49), at(50), at(71), at(72)].map((r) => r.rag)).toEqual(["RED", "AMBER", "AMBER", "GREEN"]);
    expect(at(72).reason).toBe(`Samtale holdt med 72 borgere mod krævet 80 pr. 01.10.2012 (90 %). Tempo 0,0 samtaler pr. uge mod krævet 14. ${text}`);
  });
});

describe("discloseFunnel", () => {
  it("shows each step disclosed, its share of the first from the shown counts, and hides the share of a <5", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 9 }), (raw) => {
        // Nested steps: each at most the one before.
        const counts = raw.reduce<number[]>((acc, n) => [...acc, Math.min(n, acc.at(-1) ?? n)], []);
        const shown = discloseFunnel(
          counts.map((count, i) => ({ key: `s${i}`, count })),
          true,
        );
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
    expect(
      discloseFunnel(
        [
          { key: "a", count: 197 },
          { key: "b", count: 3 },
        ],
        false,
      ).map((s) => [s.display, s.percentOfFirst]),
    ).toEqual([
      ["197", 100],
      ["3", 1.5],
    ]);
  });
  it("never widens as shown when a total is raised to protect its breakdowns (found by the 2.000-project invariant run)", () => {
    // Four citizens, each with a different outcome: the outcome step, a total of four "<5" cells, is shown as 5, and
    // the steps before it (at least as many citizens) with it; the job step after it stays "<5".
    const steps = ["TARGET", "SCREENED", "INTERVENTION", "OUTCOME", "JOB_OR_EDUCATION"].map((key) => ({ key, count: key === "JOB_OR_EDUCATION" ? 2 : 4 }));
    const shown = discloseFunnel(steps, true, { OUTCOME: [[1, 1, 1, 1]] });
    expect(shown.map((s) => s.display)).toEqual(["5", "5", "5", "5", "<5"]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 8 }), fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 5 }), (raw, cells) => {
        const counts = raw.reduce<number[]>((acc, n) => [...acc, Math.min(n, acc.at(-1) ?? n)], []);
        // The last step is the total of its cells (each at most the total).
        const last = counts.length - 1;
        const total = Math.min(
          counts[last] ?? 0,
          cells.reduce((a, b) => a + b, 0),
        );
        counts[last] = total;
        const fitted = cells.reduce<number[]>((acc, c) => [...acc, Math.min(c, total - acc.reduce((a, b) => a + b, 0))], []);
        fitted[0] = (fitted[0] ?? 0) + total - fitted.reduce((a, b) => a + b, 0);
        const disclosed = discloseFunnel(
          counts.map((count, i) => ({ key: `s${i}`, count })),
          true,
          { [`s${last}`]: [fitted] },
        );
        const rank = (s: { shown: number | null }) => (s.shown === null ? 2.5 : s.shown);
        disclosed.forEach((s, i) => i > 0 && expect(rank(s)).toBeLessThanOrEqual(rank(disclosed[i - 1] as { shown: number | null })));
      }),
    );
  });
});

describe("progressRag for a protected viewer", () => {
  it("says the counts in the reason as disclosed", () => {
    const judged = { until: period.end, reached: 148, required: 197, reachedAfter: 0, onTrack: false };
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 9, judged, protect: true }).reason).toBe(
      `Samtale holdt med 150 borgere mod krævet 195 ved periodens slut 21.12.2012 (77 %). ${PROGRESS_RULE_TEXT}`,
    );
    expect(progressRag({ asOf: "2013-08-01", period, requiredPerWeek: 14, averagePerWeek: 9, judged: { ...judged, reached: 3 }, protect: true }).reason).toBe(
      `Samtale holdt med <5 borgere mod krævet 195 ved periodens slut 21.12.2012. ${PROGRESS_RULE_TEXT}`,
    );
  });
});

describe("a plan that counts citizens who can never be reached", () => {
  it("is said once all the planned citizens are registered and too many are rød, never while more may come", () => {
    expect(unreachablePlanText(219, 221, 24)).toContain("kun 197 kan få en (24 er screenet røde");
    expect(unreachablePlanText(219, 221, 2)).toBeNull();
    expect(unreachablePlanText(219, 100, 24)).toBeNull();
    expect(unreachablePlanText(6, 6, 2, (n) => (n < 5 ? "<5" : String(n)))).toContain("kun <5 kan få en (<5 er screenet røde");
  });
});
