import { discloseShare } from "@overblik/domain";
import {
  FlowCapacityDocument,
  PlanCreateGoalDocument,
  PlanCreateMilestoneDocument,
  PlanDeleteGoalDocument,
  PlanDeleteMilestoneDocument,
  PlanSetFlowPlanDocument,
  PlanSetupDocument,
  PlanUpdateGoalDocument,
  PlanUpdateMilestoneDocument,
  SteeringDashboardDocument,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type TestApi } from "../support/api.js";
import { makeParticipant } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";
import { BFA_PLAN, startPlanWorld, type PlanWorld } from "../support/plan-setup-world.js";

/** The flow plan, the goals and the milestones of a project like Brug for alle (tests/support/plan-setup-world.ts). */
let api: TestApi;
let projectId: string;
let token: PlanWorld["token"];
beforeAll(async () => {
  ({ api, projectId, token } = await startPlanWorld());
});
afterAll(() => api?.close());

describe("the flow plan", () => {
  it("is created without a version and gives the capacity plan: 219 citizens from 1.9. to 21.12. → 14 conversations a week", async () => {
    const before = dataOf(await gql(api.url, PlanSetupDocument, { projectId }, { token: token("TOVHOLDER") })).project;
    expect(before.flowPlan).toBeNull();
    const plan = dataOf(await gql(api.url, PlanSetFlowPlanDocument, { input: { projectId, ...BFA_PLAN } }, { token: token("TOVHOLDER") })).setFlowPlan;
    expect(plan.version).toBe(1);
    expect(plan.capacityPlan).toMatchObject({
      citizens: 219,
      citizensSource: "målgruppens angivne størrelse",
      conversationsPerWeek: 14,
      conversationWeeks: "16",
      teamHours: "109,5",
      meetings: 22,
      meetingCapacity: 110,
      citizensPerMeetingNeeded: 10,
    });
    expect(plan.capacityPlan.mismatches).toHaveLength(1);
    expect(plan.missingMeetings).toBe(22);
    const stored: Array<{ team_end: string; version: number }> = await api.dataSource.query(
      `SELECT team_end::text, version FROM project_flow_plan WHERE project_id = $1`,
      [projectId],
    );
    expect(stored).toEqual([{ team_end: "2013-08-01", version: 1 }]);
  });

  it("answers CONFLICT to a second plan without a version and to a stale version, and changes with the current one", async () => {
    const again = await gql(api.url, PlanSetFlowPlanDocument, { input: { projectId, ...BFA_PLAN } }, { token: token("LEADER") });
    expect(codeOf(again)).toBe("CONFLICT");
    const stale = await gql(
      api.url,
      PlanSetFlowPlanDocument,
      { input: { projectId, expectedVersion: 7, ...BFA_PLAN, minutesPerCitizen: 45 } },
      { token: token("LEADER") },
    );
    expect(codeOf(stale)).toBe("CONFLICT");
    const changed = dataOf(
      await gql(api.url, PlanSetFlowPlanDocument, { input: { projectId, expectedVersion: 1, ...BFA_PLAN, minutesPerCitizen: 45 } }, { token: token("LEADER") }),
    ).setFlowPlan;
    expect(changed).toMatchObject({ version: 2, minutesPerCitizen: 45 });
    expect(changed.capacityPlan.teamHours).toBe("164,3"); // 219 × 45 minutes = 164,25 hours
    const back = dataOf(await gql(api.url, PlanSetFlowPlanDocument, { input: { projectId, expectedVersion: 2, ...BFA_PLAN } }, { token: token("LEADER") }));
    expect(back.setFlowPlan.capacityPlan.teamHours).toBe("109,5");
  });

  it("refuses periods outside the project, ending before they begin, and limits out of range, in Danish", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ teamEnd: "2012-09-30" }, "Teamets periode skal slutte samme dag som eller efter, den begynder."],
      [{ conversationStart: "2012-03-31" }, "Samtaleperiodens start (31.03.2012) skal ligge i projektets periode, 01.04.2012–31.12.2013."],
      [{ meetingIntervalDays: 0 }, "Mødeintervallet skal være mellem 1 og 90 dage."],
      [{ maxCitizensPerMeeting: 21 }, "Højst antal borgere pr. møde skal være mellem 1 og 20."],
      [{ minutesPerCitizen: 4 }, "Minutter pr. borger skal være mellem 5 og 240."],
      [{ teamStart: "2013-02-30" }, "Teamets start skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD."],
    ];
    for (const [change, message] of cases) {
      const res = await gql(
        api.url,
        PlanSetFlowPlanDocument,
        { input: { projectId, expectedVersion: 3, ...BFA_PLAN, ...change } },
        { token: token("TOVHOLDER") },
      );
      expect([codeOf(res), res.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", message]);
    }
    const version: Array<{ version: number }> = await api.dataSource.query(`SELECT version FROM project_flow_plan WHERE project_id = $1`, [projectId]);
    expect(version[0]?.version).toBe(3);
  });
});

describe("goals", () => {
  it("takes a target in percent or in a count (exactly one), and the figures compare the share or the count", async () => {
    // Enrolled before the date the figures are read at: the target group is the citizens enrolled by then (figures.ts).
    for (let i = 0; i < 4; i++)
      await makeParticipant(api.dataSource, projectId, { code: `BFA-${String(i + 1).padStart(4, "0")}`, enrolmentDate: "2012-09-01" });
    const share = dataOf(
      await gql(
        api.url,
        PlanCreateGoalDocument,
        {
          input: {
            projectId,
            name: "Andel i job eller ordinær uddannelse",
            indicator: "JOB_OR_EDUCATION",
            targetPercent: 15,
            baselinePercent: 2,
            targetDate: "2013-08-01",
          },
        },
        { token: token("LEADER") },
      ),
    ).createGoal;
    expect(share).toMatchObject({ targetPercent: 15, targetCount: null, baselinePercent: 2, targetDate: "2013-08-01", version: 1 });
    const count = dataOf(
      await gql(
        api.url,
        PlanCreateGoalDocument,
        { input: { projectId, name: "Borgere rematchet", indicator: "REMATCHED", targetCount: 3 } },
        { token: token("TOVHOLDER") },
      ),
    ).createGoal;
    expect(count).toMatchObject({ targetPercent: null, targetCount: 3 });

    const both = await gql(
      api.url,
      PlanCreateGoalDocument,
      { input: { projectId, name: "Begge", indicator: "REMATCHED", targetCount: 3, targetPercent: 10 } },
      { token: token("LEADER") },
    );
    expect([codeOf(both), both.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Angiv målet enten i procent eller i antal borgere, ikke begge."]);
    const neither = await gql(api.url, PlanCreateGoalDocument, { input: { projectId, name: "Ingen", indicator: "REMATCHED" } }, { token: token("LEADER") });
    expect(neither.errors?.[0]?.message).toBe("Angiv målet enten i procent eller i antal borgere.");
    const over = await gql(
      api.url,
      PlanCreateGoalDocument,
      { input: { projectId, name: "For meget", indicator: "REMATCHED", targetPercent: 101 } },
      { token: token("LEADER") },
    );
    expect(over.errors?.[0]?.message).toBe("Målet i procent skal være mellem 0 og 100.");

    // The figures: 4 citizens in the flow; a count of 3 is 75 % of them (for readers that compare shares).
    const goals = dataOf(await gql(api.url, FlowCapacityDocument, { projectId, asOf: "2013-01-31" }, { token: token("TOVHOLDER") })).project.goals;
    expect(goals.map((g) => [g.name, g.targetPercent, g.targetCount, g.targetDate, g.denominator])).toEqual([
      ["Andel i job eller ordinær uddannelse", 15, null, "2013-08-01", 4],
      ["Borgere rematchet", 75, 3, null, 4],
    ]);
    // The styregruppe's dashboard reads the same goals; a count target's share rests on the denominator as the
    // styregruppe sees it (4 citizens are "<5": no share of them can be shown, so 3 is counted against none).
    const dashboard = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId, asOf: "2013-01-31" }, { token: token("STYREGRUPPE") }));
    const shownDenominator = discloseShare(0, 4).n.count ?? 0;
    expect(dashboard.project.dashboard.goals.map((g) => [g.name, g.targetPercent, g.targetCount])).toEqual([
      ["Andel i job eller ordinær uddannelse", 15, null],
      ["Borgere rematchet", shownDenominator > 0 ? Math.ceil((3 * 100) / shownDenominator) : 100, 3],
    ]);
  });

  it("changes and deletes a goal with its version; a stale version is a CONFLICT and changes nothing", async () => {
    const [goal] = dataOf(await gql(api.url, PlanSetupDocument, { projectId }, { token: token("LEADER") })).project.goalDefinitions.filter(
      (g) => g.indicator === "REMATCHED",
    );
    if (!goal) throw new Error("no goal");
    const input = {
      goalId: goal.id,
      name: "Borgere rematchet til matchgruppe 2",
      indicator: "REMATCHED",
      targetPercent: 20,
      targetCount: null,
      baselinePercent: 0,
    };
    const changed = dataOf(
      await gql(api.url, PlanUpdateGoalDocument, { input: { ...input, expectedVersion: goal.version } }, { token: token("LEADER") }),
    ).updateGoal;
    expect(changed).toMatchObject({ name: "Borgere rematchet til matchgruppe 2", targetPercent: 20, targetCount: null, version: goal.version + 1 });
    const stale = await gql(
      api.url,
      PlanUpdateGoalDocument,
      { input: { ...input, targetPercent: 30, expectedVersion: goal.version } },
      { token: token("LEADER") },
    );
    expect(codeOf(stale)).toBe("CONFLICT");
    const staleDelete = await gql(api.url, PlanDeleteGoalDocument, { input: { goalId: goal.id, expectedVersion: goal.version } }, { token: token("LEADER") });
    expect(codeOf(staleDelete)).toBe("CONFLICT");
    const rows: Array<{ target_percent: number }> = await api.dataSource.query(`SELECT target_percent FROM project_goal WHERE id = $1`, [goal.id]);
    expect(rows).toEqual([{ target_percent: 20 }]);
    expect(
      dataOf(await gql(api.url, PlanDeleteGoalDocument, { input: { goalId: goal.id, expectedVersion: changed.version } }, { token: token("LEADER") }))
        .deleteGoal,
    ).toBe(goal.id);
    const left: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM project_goal WHERE project_id = $1`, [projectId]);
    expect(left[0]?.n).toBe(1);
  });
});

describe("milestones", () => {
  it("are created, changed (done) and deleted with their versions", async () => {
    const created = dataOf(
      await gql(
        api.url,
        PlanCreateMilestoneDocument,
        { input: { projectId, name: "Teamet i drift", dueDate: "2012-10-01", responsible: "Tovholderne" } },
        { token: token("LEADER") },
      ),
    ).createMilestone;
    expect(created).toMatchObject({ name: "Teamet i drift", dueDate: "2012-10-01", responsible: "Tovholderne", doneDate: null, version: 1 });
    const input = { milestoneId: created.id, name: "Teamet i drift", dueDate: "2012-10-01", responsible: "Tovholderne", doneDate: "2012-10-01" };
    const done = dataOf(
      await gql(api.url, PlanUpdateMilestoneDocument, { input: { ...input, expectedVersion: 1 } }, { token: token("TOVHOLDER") }),
    ).updateMilestone;
    expect(done).toMatchObject({ status: "DONE", doneDate: "2012-10-01", version: 2 });
    const stale = await gql(api.url, PlanUpdateMilestoneDocument, { input: { ...input, doneDate: null, expectedVersion: 1 } }, { token: token("TOVHOLDER") });
    expect(codeOf(stale)).toBe("CONFLICT");
    const bad = await gql(api.url, PlanCreateMilestoneDocument, { input: { projectId, name: "X", dueDate: "2012-13-01" } }, { token: token("LEADER") });
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    const nul = await gql(
      api.url,
      PlanCreateMilestoneDocument,
      { input: { projectId, name: "Milepæl", dueDate: "2013-01-01", responsible: "\u0000" } },
      { token: token("LEADER") },
    );
    expect([codeOf(nul), nul.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Teksten indeholder et ugyldigt tegn (NUL)."]);
    const other = dataOf(
      await gql(api.url, PlanCreateMilestoneDocument, { input: { projectId, name: "Evaluering", dueDate: "2013-12-20" } }, { token: token("LEADER") }),
    ).createMilestone;
    expect(other.responsible).toBe("");
    expect(codeOf(await gql(api.url, PlanDeleteMilestoneDocument, { input: { milestoneId: other.id, expectedVersion: 2 } }, { token: token("LEADER") }))).toBe(
      "CONFLICT",
    );
    expect(
      dataOf(await gql(api.url, PlanDeleteMilestoneDocument, { input: { milestoneId: other.id, expectedVersion: 1 } }, { token: token("LEADER") }))
        .deleteMilestone,
    ).toBe(other.id);
    const names = dataOf(await gql(api.url, PlanSetupDocument, { projectId }, { token: token("LEADER") })).project.milestones.map((m) => [m.name, m.status]);
    expect(names).toEqual([["Teamet i drift", "DONE"]]);
  });
});
