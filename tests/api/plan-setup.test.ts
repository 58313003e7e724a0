import { discloseShare } from "@overblik/domain";
import { PROJECT_ROLES, rolesAllow, type Permission, type Role } from "@overblik/domain";
import {
  FlowAddToAgendaDocument,
  FlowCapacityDocument,
  FlowGenerateTeamMeetingsDocument,
  FlowHoldTeamMeetingDocument,
  FlowMeetingsDocument,
  PlanAddTeamMeetingDocument,
  PlanCancelTeamMeetingDocument,
  PlanCreateGoalDocument,
  PlanCreateMilestoneDocument,
  PlanDeleteGoalDocument,
  PlanDeleteMilestoneDocument,
  PlanMoveTeamMeetingDocument,
  PlanSetFlowPlanDocument,
  PlanSetupDocument,
  PlanUpdateGoalDocument,
  PlanUpdateMilestoneDocument,
  SteeringDashboardDocument,
  type FlowMeetingsQuery,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";

/**
 * Goals, milestones, the flow plan and the team meetings set up through the API on an empty database: the
 * world is built here with the fixture builders (a project like Brug for alle: 219 citizens, 2012–13).
 */
let api: TestApi;
let projectId: string;
const tokens: Partial<Record<Role | "NONE", string>> = {};
const userIds: Partial<Record<Role, string>> = {};

const token = (role: Role | "NONE"): string => {
  const t = tokens[role];
  if (!t) throw new Error(`no token for ${role}`);
  return t;
};

/** Brug for alle's flow plan: conversations 1.9.–21.12.2012, the team every 14 days from 1.10.2012 to 1.8.2013. */
const BFA_PLAN = {
  conversationStart: "2012-09-01",
  conversationEnd: "2012-12-21",
  teamStart: "2012-10-01",
  teamEnd: "2013-08-01",
  meetingIntervalDays: 14,
  maxCitizensPerMeeting: 5,
  minutesPerCitizen: 30,
};

/** A project with a member of every project role, an administrator (no membership) and a user without a role. */
async function projectWithEveryRole(code: string): Promise<string> {
  const project = await makeProject(api.dataSource, { code, name: `Projekt ${code}`, startDate: "2012-04-01", endDate: "2013-12-31", targetSize: 219 });
  for (const role of PROJECT_ROLES) {
    const userId = userIds[role];
    if (userId) await addMember(api.dataSource, project.id, userId, role);
  }
  return project.id;
}

async function meetings(): Promise<FlowMeetingsQuery["project"]["teamMeetings"]> {
  return dataOf(await gql(api.url, FlowMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).project.teamMeetings;
}

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  for (const role of PROJECT_ROLES) {
    const user = await makeUser(api.dataSource, { email: `${role.toLowerCase()}@plan.test`, name: `Test ${role}` });
    userIds[role] = user.id;
    tokens[role] = await login(api.url, user.email, FIXTURE_PASSWORD);
  }
  const admin = await makeUser(api.dataSource, { email: "admin@plan.test", globalRoles: ["ADMIN"] });
  userIds.ADMIN = admin.id;
  tokens.ADMIN = await login(api.url, admin.email, FIXTURE_PASSWORD);
  const outsider = await makeUser(api.dataSource, { email: "udenfor@plan.test" });
  tokens.NONE = await login(api.url, outsider.email, FIXTURE_PASSWORD);
  projectId = await projectWithEveryRole("BFA");
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

describe("team meetings", () => {
  it("are generated from the plan; an extra meeting is added once a date, and takes a citizen on its agenda", async () => {
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(22);
    const extra = dataOf(
      await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId, date: "2013-08-15" } }, { token: token("TOVHOLDER") }),
    ).addTeamMeeting;
    expect(extra).toMatchObject({ date: "2013-08-15", status: "PLANNED", maxItems: 5, minutesPerItem: 30, items: [], cancelReason: null });
    const twice = await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId, date: "2013-08-15", maxItems: 3 } }, { token: token("TOVHOLDER") });
    expect([codeOf(twice), twice.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Der er allerede et teammøde d. 15.08.2013. Vælg en anden dato."]);
    const outside = await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId, date: "2014-01-02" } }, { token: token("TOVHOLDER") });
    expect(outside.errors?.[0]?.message).toBe("Mødets dato (02.01.2014) skal ligge i projektets periode, 01.04.2012–31.12.2013.");
    const small = dataOf(
      await gql(
        api.url,
        PlanAddTeamMeetingDocument,
        { input: { projectId, date: "2013-08-16", maxItems: 2, minutesPerItem: 45 } },
        { token: token("TOVHOLDER") },
      ),
    ).addTeamMeeting;
    expect([small.maxItems, small.minutesPerItem]).toEqual([2, 45]);

    const [citizen] = await api.dataSource.query<[{ id: string }]>(`SELECT id FROM participant WHERE project_id = $1 AND code = 'BFA-0001'`, [projectId]);
    expect(
      dataOf(await gql(api.url, FlowAddToAgendaDocument, { input: { meetingId: extra.id, participantId: citizen.id } }, { token: token("TOVHOLDER") }))
        .addToAgenda,
    ).toBe(1);
    const after = (await meetings()).find((m) => m.id === extra.id);
    expect(after?.items.map((i) => i.participantCode)).toEqual(["BFA-0001"]);
    expect(await meetings()).toHaveLength(24);
  });

  it("moves a planned meeting (its plan date is not generated again) but never a held one", async () => {
    const first = (await meetings())[0];
    if (!first) throw new Error("no meeting");
    expect(first.date).toBe("2012-10-01");
    const moved = dataOf(
      await gql(
        api.url,
        PlanMoveTeamMeetingDocument,
        { input: { meetingId: first.id, expectedVersion: first.version, date: "2012-10-03" } },
        { token: token("TOVHOLDER") },
      ),
    ).moveTeamMeeting;
    expect(moved).toMatchObject({ date: "2012-10-03", plannedDate: "2012-10-01", version: first.version + 1 });
    const stale = await gql(
      api.url,
      PlanMoveTeamMeetingDocument,
      { input: { meetingId: first.id, expectedVersion: first.version, date: "2012-10-04" } },
      { token: token("TOVHOLDER") },
    );
    expect(codeOf(stale)).toBe("CONFLICT");
    const onto = await gql(
      api.url,
      PlanMoveTeamMeetingDocument,
      { input: { meetingId: first.id, expectedVersion: moved.version, date: "2012-10-15" } },
      { token: token("TOVHOLDER") },
    );
    expect(onto.errors?.[0]?.message).toBe("Der er allerede et teammøde d. 15.10.2012. Vælg en anden dato.");
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(0);

    dataOf(
      await gql(
        api.url,
        FlowHoldTeamMeetingDocument,
        { input: { meetingId: moved.id, expectedVersion: moved.version, attendance: [], outcomes: [] } },
        { token: token("TOVHOLDER") },
      ),
    );
    const held = await gql(
      api.url,
      PlanMoveTeamMeetingDocument,
      { input: { meetingId: moved.id, expectedVersion: moved.version + 1, date: "2012-10-05" } },
      { token: token("TOVHOLDER") },
    );
    expect([codeOf(held), held.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Mødet er afholdt og kan ikke flyttes."]);
    const cancelHeld = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: moved.id, expectedVersion: moved.version + 1, reason: "Sygdom" } },
      { token: token("TOVHOLDER") },
    );
    expect(cancelHeld.errors?.[0]?.message).toBe("Mødet er afholdt og kan ikke aflyses.");
  });

  it("cancels a meeting with a reason and moves its agenda after the chosen meeting's own; refuses, changing nothing, when it does not fit", async () => {
    const planned = (await meetings()).filter((m) => m.status === "PLANNED");
    const [source, full, roomy] = [planned[0], planned[1], planned[2]];
    if (!source || !full || !roomy) throw new Error("too few meetings");
    const citizens: Array<{ id: string; code: string }> = await api.dataSource.query(`SELECT id, code FROM participant WHERE project_id = $1 ORDER BY code`, [
      projectId,
    ]);
    for (let i = 5; i <= 7; i++) citizens.push(await makeParticipant(api.dataSource, projectId, { code: `BFA-${String(i).padStart(4, "0")}` }));
    const add = async (meetingId: string, participantId: string) =>
      dataOf(await gql(api.url, FlowAddToAgendaDocument, { input: { meetingId, participantId } }, { token: token("TOVHOLDER") }));
    const [c1, c2, c3, c4, c5, c6, c7] = citizens.map((c) => c.id);
    if (!c1 || !c2 || !c3 || !c4 || !c5 || !c6 || !c7) throw new Error("too few citizens");
    await add(source.id, c1);
    await add(source.id, c2);
    for (const c of [c3, c4, c5, c6]) await add(full.id, c); // 4 of 5 places: one free
    await add(roomy.id, c7);

    const noTarget = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: source.id, expectedVersion: source.version, reason: "Tovholderen er syg" } },
      { token: token("TOVHOLDER") },
    );
    expect([codeOf(noTarget), noTarget.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Vælg et møde, dagsordenen flyttes til."]);
    const tooMany = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: source.id, expectedVersion: source.version, reason: "Tovholderen er syg", moveAgendaToMeetingId: full.id } },
      { token: token("TOVHOLDER") },
    );
    expect([codeOf(tooMany), tooMany.errors?.[0]?.message]).toEqual([
      "BAD_USER_INPUT",
      `Dagsordenen har 2 borgere, men mødet d. ${full.date.split("-").reverse().join(".")} har kun 1 ledig plads. Vælg et andet møde.`,
    ]);
    const unchanged = await meetings();
    expect(unchanged.find((m) => m.id === source.id)).toMatchObject({ status: "PLANNED", version: source.version, cancelReason: null });
    expect(unchanged.find((m) => m.id === source.id)?.items.map((i) => i.participantId)).toEqual([c1, c2]);
    expect(unchanged.find((m) => m.id === full.id)?.items).toHaveLength(4);

    const cancelled = dataOf(
      await gql(
        api.url,
        PlanCancelTeamMeetingDocument,
        { input: { meetingId: source.id, expectedVersion: source.version, reason: "Tovholderen er syg", moveAgendaToMeetingId: roomy.id } },
        { token: token("TOVHOLDER") },
      ),
    ).cancelTeamMeeting;
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "Tovholderen er syg", items: [], version: source.version + 1 });
    const target = (await meetings()).find((m) => m.id === roomy.id);
    expect(target?.items.map((i) => [i.participantId, i.position])).toEqual([
      [c7, 1],
      [c1, 2],
      [c2, 3],
    ]);
    const row: Array<{ cancelled_by: string; has_time: boolean }> = await api.dataSource.query(
      `SELECT cancelled_by, cancelled_at IS NOT NULL AS has_time FROM team_meeting WHERE id = $1`,
      [source.id],
    );
    expect(row).toEqual([{ cancelled_by: userIds.TOVHOLDER, has_time: true }]);
    const again = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: source.id, expectedVersion: source.version + 1, reason: "Igen" } },
      { token: token("TOVHOLDER") },
    );
    expect(again.errors?.[0]?.message).toBe("Mødet er aflyst og kan ikke aflyses.");
    // A cancelled meeting keeps its plan date: generating the plan does not bring it back.
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(0);
  });

  it("offers the meetings a longer team period adds, and creates them", async () => {
    const current = dataOf(await gql(api.url, PlanSetupDocument, { projectId }, { token: token("TOVHOLDER") })).project.flowPlan;
    expect(current?.missingMeetings).toBe(0);
    const longer = dataOf(
      await gql(
        api.url,
        PlanSetFlowPlanDocument,
        { input: { projectId, expectedVersion: current?.version, ...BFA_PLAN, teamEnd: "2013-09-01" } },
        { token: token("TOVHOLDER") },
      ),
    ).setFlowPlan;
    // 22 meetings up to 22.7.2013; every 14 days on: 5.8. and 19.8.2013.
    expect(longer.missingMeetings).toBe(2);
    expect(longer.capacityPlan.meetings).toBe(24);
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(2);
    const dates = (await meetings()).map((m) => m.date).filter((d) => d >= "2013-08-01");
    expect(dates).toEqual(["2013-08-05", "2013-08-15", "2013-08-16", "2013-08-19"]);
  });
});

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
