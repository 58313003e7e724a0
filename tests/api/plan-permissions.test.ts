import { rolesAllow, PROJECT_ROLES, type Permission, type Role } from "@overblik/domain";
import {
  FlowGenerateTeamMeetingsDocument,
  PlanAddTeamMeetingDocument,
  PlanCancelTeamMeetingDocument,
  PlanCreateGoalDocument,
  PlanCreateMilestoneDocument,
  PlanDeleteGoalDocument,
  PlanDeleteMilestoneDocument,
  PlanMoveTeamMeetingDocument,
  PlanSetFlowPlanDocument,
  PlanUpdateGoalDocument,
  PlanUpdateMilestoneDocument,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type GraphQLResponse, type TestApi } from "../support/api.js";
import { codeOf } from "../support/error-code.js";
import { BFA_PLAN, startPlanWorld, type PlanWorld } from "../support/plan-setup-world.js";

/** Who may set up the plan and the meetings, by packages/domain's permission table (tests/support/plan-setup-world.ts). */
let api: TestApi;
let projectId: string;
let token: PlanWorld["token"];
let projectWithEveryRole: PlanWorld["projectWithEveryRole"];
beforeAll(async () => {
  ({ api, projectId, token, projectWithEveryRole } = await startPlanWorld());
});
afterAll(() => api?.close());

describe("who may set up the plan and the meetings", () => {
  it("follows packages/domain's permission table for every role (stale versions sent on purpose answer CONFLICT)", async () => {
    const matrixProject = await projectWithEveryRole("MTX");
    const admin = token("ADMIN");
    const plan = dataOf(await gql(api.url, PlanSetFlowPlanDocument, { input: { projectId: matrixProject, ...BFA_PLAN } }, { token: admin })).setFlowPlan;
    expect(plan.version).toBe(1);
    const goal = dataOf(
      await gql(
        api.url,
        PlanCreateGoalDocument,
        { input: { projectId: matrixProject, name: "Mål", indicator: "REMATCHED", targetPercent: 10 } },
        { token: admin },
      ),
    ).createGoal;
    const milestone = dataOf(
      await gql(api.url, PlanCreateMilestoneDocument, { input: { projectId: matrixProject, name: "Milepæl", dueDate: "2013-01-01" } }, { token: admin }),
    ).createMilestone;
    const meeting = dataOf(
      await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId: matrixProject, date: "2012-05-01" } }, { token: admin }),
    ).addTeamMeeting;
    const STALE = 999;

    const operations: Array<{ name: string; permission: Permission; stale: boolean; send: (t: string, n: number) => Promise<GraphQLResponse<unknown>> }> = [
      {
        name: "createGoal",
        permission: "plan.edit",
        stale: false,
        send: (t) =>
          gql(api.url, PlanCreateGoalDocument, { input: { projectId: matrixProject, name: "Nyt mål", indicator: "REMATCHED", targetCount: 5 } }, { token: t }),
      },
      {
        name: "updateGoal",
        permission: "plan.edit",
        stale: true,
        send: (t) =>
          gql(
            api.url,
            PlanUpdateGoalDocument,
            { input: { goalId: goal.id, expectedVersion: STALE, name: "Mål", indicator: "REMATCHED", targetPercent: 11 } },
            { token: t },
          ),
      },
      {
        name: "deleteGoal",
        permission: "plan.edit",
        stale: true,
        send: (t) => gql(api.url, PlanDeleteGoalDocument, { input: { goalId: goal.id, expectedVersion: STALE } }, { token: t }),
      },
      {
        name: "createMilestone",
        permission: "plan.edit",
        stale: false,
        send: (t) =>
          gql(api.url, PlanCreateMilestoneDocument, { input: { projectId: matrixProject, name: "Ny milepæl", dueDate: "2013-02-01" } }, { token: t }),
      },
      {
        name: "updateMilestone",
        permission: "plan.edit",
        stale: true,
        send: (t) =>
          gql(
            api.url,
            PlanUpdateMilestoneDocument,
            { input: { milestoneId: milestone.id, expectedVersion: STALE, name: "Milepæl", dueDate: "2013-01-02" } },
            { token: t },
          ),
      },
      {
        name: "deleteMilestone",
        permission: "plan.edit",
        stale: true,
        send: (t) => gql(api.url, PlanDeleteMilestoneDocument, { input: { milestoneId: milestone.id, expectedVersion: STALE } }, { token: t }),
      },
      {
        name: "setFlowPlan",
        permission: "plan.edit",
        stale: true,
        send: (t) => gql(api.url, PlanSetFlowPlanDocument, { input: { projectId: matrixProject, expectedVersion: STALE, ...BFA_PLAN } }, { token: t }),
      },
      // One new date per caller, so each allowed caller's meeting is really added.
      {
        name: "addTeamMeeting",
        permission: "meeting.plan",
        stale: false,
        send: (t, n) =>
          gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId: matrixProject, date: `2012-06-${String(n + 1).padStart(2, "0")}` } }, { token: t }),
      },
      {
        name: "moveTeamMeeting",
        permission: "meeting.plan",
        stale: true,
        send: (t) => gql(api.url, PlanMoveTeamMeetingDocument, { input: { meetingId: meeting.id, expectedVersion: STALE, date: "2012-05-02" } }, { token: t }),
      },
      {
        name: "cancelTeamMeeting",
        permission: "meeting.plan",
        stale: true,
        send: (t) => gql(api.url, PlanCancelTeamMeetingDocument, { input: { meetingId: meeting.id, expectedVersion: STALE, reason: "Prøve" } }, { token: t }),
      },
      {
        name: "generateTeamMeetings",
        permission: "meeting.plan",
        stale: false,
        send: (t) => gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId: matrixProject }, { token: t }),
      },
    ];
    const callers: Array<Role | "NONE"> = [...PROJECT_ROLES, "ADMIN", "NONE"];
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const op of operations) {
      for (const [n, caller] of callers.entries()) {
        const key = `${op.name} ${caller}`;
        expected[key] = caller === "NONE" ? "NOT_FOUND" : rolesAllow([caller], op.permission) ? (op.stale ? "CONFLICT" : "OK") : "FORBIDDEN";
        actual[key] = codeOf(await op.send(token(caller), n));
      }
    }
    expect(actual).toEqual(expected);
    // The table is not trivially all-or-nothing: both permissions have callers on both sides.
    expect(Object.values(expected)).toEqual(expect.arrayContaining(["OK", "CONFLICT", "FORBIDDEN", "NOT_FOUND"]));
    const added: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM team_meeting WHERE project_id = $1 AND meeting_date BETWEEN '2012-06-01' AND '2012-06-30'`,
      [matrixProject],
    );
    expect(added[0]?.n).toBe(callers.filter((c) => c !== "NONE" && rolesAllow([c], "meeting.plan")).length);
  });

  it("answers CONFLICT on a closed project", async () => {
    await api.dataSource.query(`UPDATE project SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [projectId]);
    const res = await gql(
      api.url,
      PlanCreateMilestoneDocument,
      { input: { projectId, name: "Efter lukning", dueDate: "2013-12-01" } },
      { token: token("LEADER") },
    );
    expect(codeOf(res)).toBe("CONFLICT");
    await api.dataSource.query(`UPDATE project SET status = 'ACTIVE', closed_at = NULL WHERE id = $1`, [projectId]);
  });
});
