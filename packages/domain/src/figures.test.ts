import { describe, expect, it } from "vitest";
import { baseFigureText, FIGURES, figureShare, FUNNEL_FIGURES, funnelReach, ofDenominator, percentText, type FigureKey } from "./figures.js";
import { FUNNEL_LABELS } from "./steering.js";

describe("the figures' definitions", () => {
  it("gives every figure a label, a definition and a denominator that is itself a figure, without cycles", () => {
    for (const f of Object.values(FIGURES)) {
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.definition.length).toBeGreaterThan(0);
      const seen = new Set<FigureKey>([f.key]);
      for (let d = f.denominator; d !== null; d = FIGURES[d].denominator) {
        expect(seen.has(d), `${f.key} går i ring`).toBe(false);
        seen.add(d);
      }
    }
    // Every step after screening is a share of the citizens in the flow, which are a share of the target group.
    expect(FIGURES.CONVERSATION_HELD.denominator).toBe("IN_FLOW");
    expect(FIGURES.JOB_OR_EDUCATION.denominator).toBe("IN_FLOW");
    expect(FIGURES.IN_FLOW.denominator).toBe("TARGET");
  });
  it("names the funnel's steps by the figures", () => {
    expect(FUNNEL_FIGURES.map((k) => FUNNEL_LABELS[k])).toEqual(FUNNEL_FIGURES.map((k) => FIGURES[k].label));
  });
  it("labels the two target groups differently, and each denominator by its figure (the issue's 219 and 221)", () => {
    expect(baseFigureText("PLANNED_TARGET", "219")).toBe("Planlagt målgruppe 219");
    expect(baseFigureText("TARGET", "221")).toBe("221 borgere i målgruppen");
    expect(ofDenominator("TARGET", "221")).toBe("af 221 i målgruppen");
    expect(ofDenominator("CONVERSATION_HELD", "197")).toBe("af 197 med holdt samtale");
  });
  it("computes a share of its own denominator or of the target group, from the counts as shown", () => {
    // The "44 (19,9 %)" of 221 and "22,3 %, 44 af 197": the same count, two labelled denominators.
    expect(figureShare("JOB_OR_EDUCATION", 44, 197, false)).toEqual({
      count: 44,
      countDisplay: "44",
      denominator: 197,
      denominatorDisplay: "197",
      denominatorLabel: "af 197 i forløbet",
      percent: "22,3",
    });
    expect(figureShare("JOB_OR_EDUCATION", 44, 221, false, "TARGET")).toMatchObject({ denominatorLabel: "af 221 i målgruppen", percent: "19,9" });
    // Disclosed: 44 → 45, 197 → 195, the share of the shown counts; a "<5" hides the share.
    expect(figureShare("JOB_OR_EDUCATION", 44, 197, true)).toMatchObject({ countDisplay: "45", denominatorLabel: "af 195 i forløbet", percent: "23,1" });
    expect(figureShare("JOB_OR_EDUCATION", 3, 197, true)).toMatchObject({ count: null, countDisplay: "<5", percent: null });
    expect(() => figureShare("TARGET", 1, 1, false)).toThrow(RangeError);
  });
  it("writes a share to one decimal without a trailing zero", () => {
    expect([percentText(0.223), percentText(0.5), percentText(1), percentText(0)]).toEqual(["22,3", "50", "100", "0"]);
  });
  it("places a citizen at the furthest funnel step reached, and a citizen outside the flow at screening at most", () => {
    const none = {
      enrolled: true,
      screened: true,
      inFlow: true,
      held: false,
      met: false,
      planned: false,
      intervention: false,
      outcome: false,
      jobOrEducation: false,
    };
    const at = (key: (typeof FUNNEL_FIGURES)[number]) => FUNNEL_FIGURES.indexOf(key);
    expect(funnelReach(none)).toBe(at("SCREENED"));
    expect(funnelReach({ ...none, held: true })).toBe(at("CONVERSATION_HELD"));
    // A job without a plan or an intervention: the furthest step, the steps skipped on the way still count it.
    expect(funnelReach({ ...none, held: true, outcome: true, jobOrEducation: true })).toBe(at("JOB_OR_EDUCATION"));
    expect(funnelReach({ ...none, planned: true })).toBe(at("ACTION_PLAN"));
    expect(funnelReach({ ...none, inFlow: false, held: true, outcome: true })).toBe(at("SCREENED"));
    expect(funnelReach({ ...none, screened: false, inFlow: false, outcome: true })).toBe(at("TARGET"));
    expect(funnelReach({ ...none, enrolled: false, held: true })).toBe(-1);
  });
});
