import { ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
let tovholder: string;
let bfaId: string;

const PLAN = `query P($id: ID!, $asOf: String) { project(id: $id) { capacityPlan { citizens citizensSource conversationsPerWeek conversationWeeks teamHours meetings meetingCapacity citizensPerMeetingNeeded mismatches }
  milestones(asOf: $asOf) { id name dueDate status version } } }`;

beforeAll(async () => {
  api = await startTestApi();
  tovholder = await login(api.url, "tovholder@overblik.demo");
  bfaId = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tovholder })).projects.items.find((p) => p.code === "BFA")?.id ?? "";
});
afterAll(() => api?.close());

type Plan = { project: { capacityPlan: Record<string, unknown>; milestones: Array<{ id: string; name: string; status: string; version: number }> } };

describe("the capacity plan of Brug for alle", () => {
  it("gives 14 conversations a week and ≈ 109 team hours from the project's own data, and the meetings mismatch", async () => {
    const { project } = dataOf(await gql<Plan, object>(api.url, PLAN, { id: bfaId, asOf: "2013-01-31" }, { token: tovholder }));
    expect(project.capacityPlan).toMatchObject({
      citizens: 219,
      citizensSource: "målgruppens angivne størrelse",
      conversationsPerWeek: 14,
      conversationWeeks: "16",
      teamHours: "109,5",
      meetings: 22,
      meetingCapacity: 110,
      citizensPerMeetingNeeded: 10,
    });
    expect(project.capacityPlan.mismatches).toHaveLength(1);
  });

  it("follows the data: a different target size gives a different pace", async () => {
    await api.dataSource.query(`UPDATE project SET target_size = 112 WHERE id = $1`, [bfaId]);
    const { project } = dataOf(await gql<Plan, object>(api.url, PLAN, { id: bfaId }, { token: tovholder }));
    expect(project.capacityPlan.conversationsPerWeek).toBe(7);
    await api.dataSource.query(`UPDATE project SET target_size = 219 WHERE id = $1`, [bfaId]);
  });
});

describe("the pace of conversations", () => {
  it("counts held conversations per ISO week against the 14 a week required, and projects the finish", async () => {
    // 9 held conversations a week in the first four weeks of September 2012.
    await api.dataSource.query(
      `INSERT INTO conversation (project_id, participant_id, holder_kind, scheduled_date, status, held_date)
       SELECT p.project_id, p.id, 'TOVHOLDER', d, 'HELD', d
         FROM (SELECT id, project_id, row_number() OVER (ORDER BY code) - 1 AS n FROM participant WHERE project_id = $1 AND colour = 'ORANGE') p
         CROSS JOIN LATERAL (SELECT date '2012-09-03' + ((p.n / 9) * 7 + (p.n % 9) % 5)::int AS d) x
        WHERE p.n < 36`,
      [bfaId],
    );
    const PACE = `query P($id: ID!) { project(id: $id) { conversationPace(asOf: "2012-09-30") { averagePerWeek requiredPerWeek projectedFinish onTrack weeks { week done cumulative required onTrack } } } }`;
    const pace = dataOf(await gql<{ project: { conversationPace: { averagePerWeek: string; requiredPerWeek: number; projectedFinish: string; onTrack: boolean; weeks: Array<{ week: string; done: number; cumulative: number; required: number }> } } }, object>(api.url, PACE, { id: bfaId }, { token: tovholder })).project.conversationPace;
    expect(pace.requiredPerWeek).toBe(14);
    expect(pace.weeks.map((w) => [w.week, w.done, w.cumulative])).toEqual([
      ["uge 35 2012", 0, 0],
      ["uge 36 2012", 9, 9],
      ["uge 37 2012", 9, 18],
      ["uge 38 2012", 9, 27],
      ["uge 39 2012", 9, 36],
    ]);
    expect(pace.weeks[4]?.required).toBe(59);
    expect(pace.onTrack).toBe(false);
    expect(pace.averagePerWeek).toBe("8,4");
    expect(pace.projectedFinish > "2012-12-21").toBe(true);
  });
});

describe("goals", () => {
  it("computes the indicators from the events and hides counts under 5 from the styregruppe", async () => {
    const GOALS = `query G($id: ID!) { project(id: $id) { goals(asOf: "2013-01-31") { indicator targetPercent count denominator percent display } } }`;
    const styregruppe = await login(api.url, "styregruppe@overblik.demo");
    const aim = async (token: string) =>
      dataOf(await gql<{ project: { goals: Array<{ indicator: string; count: number | null; denominator: number; percent: string | null; display: string }> } }, object>(api.url, GOALS, { id: bfaId }, { token })).project.goals.find(
        (g) => g.indicator === "ACTION_PLAN_JOB_AIM",
      );
    const intervention: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM intervention WHERE project_id = $1 LIMIT 1`, [bfaId]);
    const addPlans = (n: number, offset: number) =>
      api.dataSource.query(
        `INSERT INTO action_plan_item (participant_id, intervention_id, responsible_unit, start_month, end_month, status, job_or_education_aim, created_at)
         SELECT id, $2, 'Jobcenter', date '2012-11-01', date '2013-01-01', 'IN_PROGRESS', true, timestamptz '2012-11-15'
           FROM participant WHERE project_id = $1 AND colour = 'ORANGE' ORDER BY code OFFSET $4 LIMIT $3`,
        [bfaId, intervention[0]?.id, n, offset],
      );
    await addPlans(3, 0);
    expect(await aim(tovholder)).toMatchObject({ count: 3, denominator: 197, percent: "1,5", display: "1,5 %" });
    expect(await aim(styregruppe)).toMatchObject({ count: null, percent: null, display: "<5" });
    await addPlans(17, 3);
    expect(await aim(styregruppe)).toMatchObject({ count: 20, percent: "10,2", display: "10,2 %" });
  });
});

describe("the timeline", () => {
  it("marks the tidsplan's milestones done, due or overdue as of a date, and completes one with its version", async () => {
    const { project } = dataOf(await gql<Plan, object>(api.url, PLAN, { id: bfaId, asOf: "2013-01-31" }, { token: tovholder }));
    const byName = Object.fromEntries(project.milestones.map((m) => [m.name, m.status]));
    expect(byName).toMatchObject({
      "Projektplanen godkendt": "DONE",
      "Indledende samtaler afsluttet": "OVERDUE",
      "Projektet afsluttes": "DUE",
    });
    const late = project.milestones.find((m) => m.name === "Indledende samtaler afsluttet");
    const COMPLETE = `mutation C($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { status doneDate } }`;
    const done = dataOf(await gql<{ completeMilestone: { status: string; doneDate: string } }, object>(api.url, COMPLETE, { input: { milestoneId: late?.id, doneDate: "2013-01-15", expectedVersion: late?.version } }, { token: tovholder }));
    expect(done.completeMilestone).toEqual({ status: "DONE", doneDate: "2013-01-15" });
    const stale = await gql(api.url, COMPLETE, { input: { milestoneId: late?.id, doneDate: "2013-01-16", expectedVersion: late?.version } }, { token: tovholder });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const caseworker = await login(api.url, "sagsbehandler@overblik.demo");
    const denied = await gql(api.url, COMPLETE, { input: { milestoneId: late?.id, doneDate: "2013-01-16", expectedVersion: 2 } }, { token: caseworker });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
