import { discloseShare } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeProject } from "../support/fixtures.js";
import { addIntervention, makeLoggedInUser, makeParticipantsInBulk } from "../support/fixtures-api-a.js";

let api: TestApi;
let tovholder: string;
let styregruppe: string;
let caseworker: string;
let bfaId: string;

const MILESTONES = `query P($id: ID!, $asOf: String) { project(id: $id) { milestones(asOf: $asOf) { id name dueDate status version } } }`;
type Plan = { project: { milestones: Array<{ id: string; name: string; status: string; version: number }> } };

/** The citizens in the flow (grøn and orange) and the rød outside it, enrolled on 1 August 2012. */
const IN_FLOW = { GROEN: 7, ORANGE: 40 };
const ROED = 2;
const DENOMINATOR = IN_FLOW.GROEN + IN_FLOW.ORANGE;
/** The tidsplan: name, deadline and the day it was done (null: not yet). */
const MILESTONE_PLAN: Array<[string, string, string | null]> = [
  ["Projektplanen godkendt", "2012-08-01", "2012-08-01"],
  ["Indledende samtaler afsluttet", "2012-12-21", "2012-12-21"],
  ["Projektet afsluttes", "2013-07-31", null],
  ["Evaluering", "2013-10-31", null],
];

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  bfaId = (await makeProject(api.dataSource, { startDate: "2012-08-01", endDate: "2013-07-31" })).id;
  tovholder = (await makeLoggedInUser(api, { roles: [[bfaId, "TOVHOLDER"]] })).token;
  styregruppe = (await makeLoggedInUser(api, { roles: [[bfaId, "STYREGRUPPE"]] })).token;
  caseworker = (await makeLoggedInUser(api, { roles: [[bfaId, "CASEWORKER"]] })).token;
  for (const [colour, n] of [...Object.entries(IN_FLOW), ["ROED", ROED]] as Array<["GROEN" | "ORANGE" | "ROED", number]>) {
    await makeParticipantsInBulk(api, bfaId, n, { colour, enrolmentDate: "2012-08-01", prefix: colour });
  }
  await addIntervention(api, tovholder, bfaId, { name: "Virksomhedspraktik i 13 uger", area: "EMPLOYMENT", unit: "uge", supplier: "Jobcenter" });
  dataOf(
    await gql(
      api.url,
      `mutation G($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
      { input: { projectId: bfaId, name: "Indsatsplan med jobmål", indicator: "ACTION_PLAN_JOB_AIM", targetPercent: 50 } },
      { token: tovholder },
    ),
  );
  for (const [name, dueDate, doneDate] of MILESTONE_PLAN) {
    const created = dataOf(
      await gql<{ createMilestone: { id: string; version: number } }, object>(
        api.url,
        `mutation M($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`,
        { input: { projectId: bfaId, name, dueDate } },
        { token: tovholder },
      ),
    ).createMilestone;
    if (doneDate) {
      dataOf(
        await gql(
          api.url,
          `mutation U($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
          { input: { milestoneId: created.id, expectedVersion: created.version, name, dueDate, doneDate } },
          { token: tovholder },
        ),
      );
    }
  }
});
afterAll(() => api?.close());

describe("goals", () => {
  it("computes the indicators from the events and hides counts under 5 from the styregruppe", async () => {
    const GOALS = `query G($id: ID!) { project(id: $id) { goals(asOf: "2013-01-31") { indicator targetPercent count denominator percent display } } }`;
    const aim = async (token: string) =>
      dataOf(
        await gql<
          { project: { goals: Array<{ indicator: string; count: number | null; denominator: number; percent: string | null; display: string }> } },
          object
        >(api.url, GOALS, { id: bfaId }, { token }),
      ).project.goals.find((g) => g.indicator === "ACTION_PLAN_JOB_AIM");
    const intervention: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM intervention WHERE project_id = $1 LIMIT 1`, [bfaId]);
    const addPlans = (n: number, offset: number) =>
      api.dataSource.query(
        `INSERT INTO action_plan_item (project_id, participant_id, intervention_id, responsible_unit, start_month, end_month, status, job_or_education_aim, created_at)
         SELECT project_id, id, $2, 'Jobcenter', date '2012-11-01', date '2013-01-01', 'IN_PROGRESS', true, timestamptz '2012-11-15'
           FROM participant WHERE project_id = $1 AND colour = 'ORANGE' ORDER BY code OFFSET $4 LIMIT $3`,
        [bfaId, intervention[0]?.id, n, offset],
      );
    // No plans yet; then plans with a job aim (written as of 15 November 2012) for 3 and for 20 orange citizens.
    expect(await aim(tovholder)).toMatchObject({ count: 0, denominator: DENOMINATOR });
    await addPlans(3, 0);
    // 3 of 47 = 6,4 %.
    expect(await aim(tovholder)).toMatchObject({ count: 3, denominator: DENOMINATOR, percent: "6,4", display: "6,4 %" });
    expect(await aim(styregruppe)).toMatchObject({ count: null, percent: null, display: "<5" });
    await addPlans(17, 3);
    // 20 of 47 = 42,6 %.
    expect(await aim(tovholder)).toMatchObject({ count: 20, denominator: DENOMINATOR, percent: "42,6" });
    // The styregruppe's achievement is the share of the rounded counts (20 of 45), as the domain computes it.
    const shown = discloseShare(20, DENOMINATOR);
    const percent = (Math.round((shown.share ?? 0) * 1000) / 10).toLocaleString("da-DK");
    expect(percent).toBe("44,4");
    expect(await aim(styregruppe)).toMatchObject({ count: shown.x.count, denominator: shown.n.count, percent, display: `${percent} %` });
  });
});

describe("the timeline", () => {
  it("marks the tidsplan's milestones done, due or overdue as of a date, and completes one with its version", async () => {
    // The initial conversations were done on their deadline, 21 December 2012 (MILESTONE_PLAN).
    const statusAt = async (asOf: string) =>
      Object.fromEntries(
        dataOf(await gql<Plan, object>(api.url, MILESTONES, { id: bfaId, asOf }, { token: tovholder })).project.milestones.map((m) => [m.name, m.status]),
      );
    expect(await statusAt("2012-12-20")).toMatchObject({
      "Projektplanen godkendt": "DONE",
      "Indledende samtaler afsluttet": "DUE",
      "Projektet afsluttes": "DUE",
    });
    expect(await statusAt("2013-01-31")).toMatchObject({ "Indledende samtaler afsluttet": "DONE", "Projektet afsluttes": "DUE", Evaluering: "DUE" });
    const { project } = dataOf(await gql<Plan, object>(api.url, MILESTONES, { id: bfaId, asOf: "2013-08-02" }, { token: tovholder }));
    const late = project.milestones.find((m) => m.name === "Projektet afsluttes");
    expect(late?.status).toBe("OVERDUE");
    const COMPLETE = `mutation C($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { status doneDate } }`;
    const done = dataOf(
      await gql<{ completeMilestone: { status: string; doneDate: string } }, object>(
        api.url,
        COMPLETE,
        { input: { milestoneId: late?.id, doneDate: "2013-08-01", expectedVersion: late?.version } },
        { token: tovholder },
      ),
    );
    expect(done.completeMilestone).toEqual({ status: "DONE", doneDate: "2013-08-01" });
    const stale = await gql(
      api.url,
      COMPLETE,
      { input: { milestoneId: late?.id, doneDate: "2013-08-02", expectedVersion: late?.version } },
      { token: tovholder },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const denied = await gql(api.url, COMPLETE, { input: { milestoneId: late?.id, doneDate: "2013-08-02", expectedVersion: 2 } }, { token: caseworker });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
