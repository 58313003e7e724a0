import type { ProjectGoal } from "@overblik/db";
import { describe, expect, it } from "vitest";
import { countTargetAsPercent, goalsWithCounts } from "./flow.service.js";

const goal = (target: { targetPercent: number | null; targetCount: number | null }): ProjectGoal => ({
  id: "g",
  projectId: "p",
  name: "Mål",
  indicator: "REMATCHED",
  baselinePercent: null,
  targetDate: null,
  version: 1,
  ...target,
});

describe("a goal's target", () => {
  it("states a count as the share it makes of the citizens in the flow, rounded up", () => {
    expect(countTargetAsPercent(20, 197)).toBe(11); // 10,15 % → 11 %, so a share of 10,2 % has not reached 20 citizens
    expect(countTargetAsPercent(3, 4)).toBe(75);
    expect(countTargetAsPercent(0, 4)).toBe(0);
    expect(countTargetAsPercent(5, 0)).toBe(100);
    expect(countTargetAsPercent(0, 0)).toBe(0);
  });

  it("keeps a percent target as written and gives a count target its count beside the derived share", () => {
    const [share, count] = goalsWithCounts(
      [goal({ targetPercent: 15, targetCount: null }), goal({ targetPercent: null, targetCount: 20 })],
      197,
      () => 7,
      false,
    );
    expect([share?.targetPercent, share?.targetCount]).toEqual([15, null]);
    expect([count?.targetPercent, count?.targetCount, count?.count]).toEqual([11, 20, 7]);
  });
});
