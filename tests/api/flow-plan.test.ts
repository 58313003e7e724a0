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
