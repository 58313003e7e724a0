import {
  FlowRecordConversationDocument,
  FlowScheduleConversationDocument,
  SteeringDashboardDocument,
  SteeringPortfolioDocument,
} from "@overblik/graphql-client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";

/**
 * Issue #15's examples 1–3, each on its own project built here: one definition per figure, so a figure has the
 * same count and denominator on every screen, at most one initial conversation per citizen, and a progress light
 * that agrees with the pace table for the period it judges.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

async function tovholderOf(projectId: string): Promise<string> {
  const user = await makeUser(api.dataSource, { name: "Tina Tovholder" });
  await addMember(api.dataSource, projectId, user.id, "TOVHOLDER");
  return login(api.url, user.email, FIXTURE_PASSWORD);
}

/** A conversation as old data may hold it (written straight to the table, past the API's rules). */
async function heldConversation(projectId: string, participantId: string, date: string): Promise<void> {
  await api.dataSource.query(
    `INSERT INTO conversation (project_id, participant_id, holder_kind, scheduled_date, status, held_date) VALUES ($1, $2, 'TOVHOLDER', $3, 'HELD', $3)`,
    [projectId, participantId, date],
  );
}

async function flowPlan(projectId: string, conversationStart: string, conversationEnd: string): Promise<void> {
  await api.dataSource.query(
    `INSERT INTO project_flow_plan (project_id, conversation_start, conversation_end, team_start, team_end, meeting_interval_days, minutes_per_citizen, max_citizens_per_meeting)
     VALUES ($1, $2, $3, $3, '2026-12-31', 14, 30, 5)`,
    [projectId, conversationStart, conversationEnd],
  );
}

/** "Samtale holdt med 6 af 5 …" → [6, 5]: every "X af Y" in a text. */
const fractions = (text: string) => [...text.matchAll(/(\d+) af (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe("issue #15, example 1: at most one initial conversation per citizen", () => {
  it("refuses a second held initial conversation, counts citizens (not conversations) and reports old duplicates", async () => {
    const project = await makeProject(api.dataSource, { name: "Samtaleprojekt", targetSize: 5 });
    const citizens = [];
    for (let i = 0; i < 5; i++) citizens.push(await makeParticipant(api.dataSource, project.id));
    const token = await tovholderOf(project.id);
    const [first, second] = citizens;
    if (!first || !second) throw new Error("fixture");

    // Two conversations booked for the same citizen; the first is held.
    const schedule = async (date: string) =>
      dataOf(await gql(api.url, FlowScheduleConversationDocument, { input: { participantId: first.id, date } }, { token })).scheduleConversation;
    const a = await schedule("2026-03-02");
    const b = await schedule("2026-03-09");
    dataOf(
      await gql(
        api.url,
        FlowRecordConversationDocument,
        { input: { conversationId: a.id, outcome: "HELD", date: "2026-03-02", expectedVersion: a.version } },
        { token },
      ),
    );
    const refused = await gql(
      api.url,
      FlowRecordConversationDocument,
      { input: { conversationId: b.id, outcome: "HELD", date: "2026-03-09", expectedVersion: b.version } },
      { token },
    );
    expect(["BAD_USER_INPUT", "CONFLICT"]).toContain(refused.errors?.[0]?.extensions?.code);
    expect(refused.errors?.[0]?.message).toContain("02.03.2026");
    // The refused one can still be cancelled: nothing else changed.
    const held: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM conversation WHERE participant_id = $1 AND status = 'HELD'`, [
      first.id,
    ]);
    expect(held[0]?.n).toBe(1);

    // Old data with a duplicate (two held conversations for one citizen) is reported, not merged, and counted once.
    await flowPlan(project.id, "2026-03-02", "2026-03-29");
    await heldConversation(project.id, second.id, "2026-03-03");
    await heldConversation(project.id, second.id, "2026-03-10");
    const asOf = "2026-04-15";
    const dashboard = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf }, { token })).project.dashboard;
    expect(dashboard.funnel.find((s) => s.key === "CONVERSATION_HELD")?.count).toBe(2);
    expect(dashboard.warnings).toContain("1 borger har mere end én indledende samtale registreret.");

    const entry = dataOf(await gql(api.url, SteeringPortfolioDocument, { asOf }, { token })).portfolio.projects.find((p) => p.projectId === project.id);
    expect(entry?.conversationsHeldDisplay).toBe("2");
    // No "X af Y" in the progress rule with more held than citizens, and the held count is the tile's.
    for (const [x, y] of fractions(entry?.progress.reason ?? "")) expect(x).toBeLessThanOrEqual(y);
    expect(entry?.progress.reason).toContain("Samtale holdt med 2 borgere");
    expect(dashboard.pace?.weeks.at(-1)?.cumulative).toBe(2);
    // The held conversation's citizen counts once in the cost per citizen, too.
    expect(dashboard.costs.find((c) => c.key === "CONVERSATION_HELD")?.countDisplay).toBe("2");
  });
});

describe("issue #15, example 2: the same figure has the same count and denominator in the funnel and the goals", () => {
  it("counts 'i job eller uddannelse' alike in both, labels both denominators and keeps the planned target group apart", async () => {
    // Planned 9; registered 8 by the date (6 in the flow, 2 rød) and one enrolled after the date.
    const project = await makeProject(api.dataSource, { name: "Jobprojekt", targetSize: 9 });
    const inFlow = [];
    for (let i = 0; i < 6; i++) inFlow.push(await makeParticipant(api.dataSource, project.id, { enrolmentDate: "2026-01-01" }));
    const roed = [];
    for (let i = 0; i < 2; i++) roed.push(await makeParticipant(api.dataSource, project.id, { colour: "ROED", enrolmentDate: "2026-01-01" }));
    const late = await makeParticipant(api.dataSource, project.id, { enrolmentDate: "2026-06-01" });
    const token = await tovholderOf(project.id);
    const outcome = (participantId: string, date: string) =>
      api.dataSource.query(
        `INSERT INTO outcome (project_id, participant_id, kind, outcome_date) SELECT project_id, id, 'JOB', $2 FROM participant WHERE id = $1`,
        [participantId, date],
      );
    // Three in the flow in job by the date; the late citizen's job (recorded before enrolment) is not in the target group on the date.
    for (const p of inFlow.slice(0, 3)) await outcome(p.id, "2026-03-01");
    await outcome(late.id, "2026-03-01");
    await api.dataSource.query(
      `INSERT INTO project_goal (project_id, name, indicator, target_percent) VALUES ($1, 'Job eller uddannelse', 'JOB_OR_EDUCATION', 30)`,
      [project.id],
    );

    const dashboard = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf: "2026-04-15" }, { token })).project.dashboard;
    const step = dashboard.funnel.find((s) => s.key === "JOB_OR_EDUCATION");
    const goal = dashboard.goals.find((g) => g.indicator === "JOB_OR_EDUCATION");
    expect(dashboard.funnel.find((s) => s.key === "TARGET")?.count).toBe(8);
    expect(step?.count).toBe(3);
    expect(goal?.count).toBe(3);
    expect(goal?.denominator).toBe(6);
    expect(goal?.percent).toBe("50");
    // Both denominators, each labelled: the funnel's share of the target group and the figure's own (the flow).
    expect(step?.targetLabel).toBe("af 8 i målgruppen");
    expect(step?.percentOfTarget).toBe("37,5");
    expect(step?.denominatorLabel).toBe("af 6 i forløbet");
    expect(step?.percentOfDenominator).toBe(goal?.percent);
    expect(goal?.denominatorLabel).toBe(step?.denominatorLabel);
    expect(dashboard.plannedTargetText).toBe("Planlagt målgruppe 9");
    expect(dashboard.targetText).toBe("8 borgere i målgruppen");
    expect(dashboard.inFlowText).toBe("6 borgere i forløbet");
    const entry = dataOf(await gql(api.url, SteeringPortfolioDocument, { asOf: "2026-04-15" }, { token })).portfolio.projects.find(
      (p) => p.projectId === project.id,
    );
    expect([entry?.participantsDisplay, entry?.inFlowLabel, entry?.jobOrEducationDisplay]).toEqual(["8", "af 6 i forløbet", "3"]);
    // The dashboard's workbook names the same denominators.
    const res = await fetch(`${api.url}/export/dashboard/${project.id}.xlsx?dato=2026-04-15`, { headers: { authorization: `Bearer ${token}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows = (book.getWorksheet("Overblik")?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(["I job eller uddannelse", "af 6 i forløbet", "50"]);
    expect(rows).toContainEqual(["Planlagt målgruppe 9"]);
  });
});

describe("issue #15, example 3: progress is not green while the pace table says behind for the judged period", () => {
  it("judges the conversation period alike in the light and the pace table, and names the rule", async () => {
    // 8 citizens, 4 weeks of conversations (2 a week required); 1 a week held in the period, the other 4 after it.
    const project = await makeProject(api.dataSource, { name: "Tempoprojekt", targetSize: 8 });
    const citizens = [];
    for (let i = 0; i < 8; i++) citizens.push(await makeParticipant(api.dataSource, project.id));
    await flowPlan(project.id, "2026-03-02", "2026-03-29");
    const dates = ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24", "2026-04-07", "2026-04-08", "2026-04-09", "2026-04-10"];
    for (const [i, c] of citizens.entries()) await heldConversation(project.id, c.id, dates[i] as string);
    const token = await tovholderOf(project.id);

    for (const asOf of ["2026-03-18", "2026-03-29", "2026-05-15"]) {
      const dashboard = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf }, { token })).project.dashboard;
      const pace = dashboard.pace;
      if (!pace) throw new Error("no pace");
      expect(pace.onTrack, asOf).toBe(false);
      expect(dashboard.progress.rag, `${asOf}: ${dashboard.progress.reason}`).not.toBe("GREEN");
      const last = pace.weeks[pace.weeks.length - 1];
      if (!last) throw new Error("no weeks");
      // The light's reason names the pace table's figures for the judged period: held and required by its end.
      expect(dashboard.progress.reason, asOf).toContain(`${last.cumulative} `);
      expect(dashboard.progress.reason, asOf).toContain(`krævet ${last.required}`);
      const entry = dataOf(await gql(api.url, SteeringPortfolioDocument, { asOf }, { token })).portfolio.projects.find((p) => p.projectId === project.id);
      expect(entry?.progress).toEqual(dashboard.progress);
    }
  });
});

describe("issue #15, example 3: a plan that counts citizens who can never be reached", () => {
  it("says so beside the capacity plan and on the dashboard, instead of a light that can never turn green unexplained", async () => {
    // Planned for 6; 6 registered, 2 of them screened rød (no conversation): at most 4 can be reached.
    const project = await makeProject(api.dataSource, { name: "Rødprojekt", targetSize: 6 });
    for (let i = 0; i < 4; i++) await makeParticipant(api.dataSource, project.id);
    for (let i = 0; i < 2; i++) await makeParticipant(api.dataSource, project.id, { colour: "ROED" });
    await flowPlan(project.id, "2026-03-02", "2026-03-29");
    const token = await tovholderOf(project.id);
    const text =
      "Planen regner med samtaler med 6 borgere, men kun 4 kan få en (2 er screenet røde og får ingen samtale), så fremdriften kan ikke blive grøn ved samtaleperiodens slut. Ret målgruppens størrelse på projektet, hvis planen skal regne med dem, der kan nås.";
    const plan = await gql<{ project: { capacityPlan: { mismatches: string[] } } }, object>(
      api.url,
      `query P($id: ID!) { project(id: $id) { capacityPlan { mismatches } } }`,
      { id: project.id },
      { token },
    );
    expect(dataOf(plan).project.capacityPlan.mismatches).toContain(text);
    const dashboard = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf: "2026-04-15" }, { token })).project.dashboard;
    expect(dashboard.warnings).toContain(text);
    // With the target group corrected to those who can be reached, the plan no longer says it.
    await api.dataSource.query(`UPDATE project SET target_size = 4 WHERE id = $1`, [project.id]);
    const corrected = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf: "2026-04-15" }, { token })).project.dashboard;
    expect(corrected.warnings.some((w) => w.startsWith("Planen regner med"))).toBe(false);
  });
});

describe("issue #15, invariant: every funnel step ≤ the one before", () => {
  it("counts how far citizens have come, so a skipped step never makes the funnel widen downwards", async () => {
    const project = await makeProject(api.dataSource, { name: "Tragtprojekt", targetSize: 4 });
    const token = await tovholderOf(project.id);
    const [jobWithoutPlan, discussed, planWithoutConversation] = [
      await makeParticipant(api.dataSource, project.id),
      await makeParticipant(api.dataSource, project.id),
      await makeParticipant(api.dataSource, project.id),
    ];
    // Not yet screened: outside the flow, so its job counts in no step after screening (and in no goal).
    const unscreened = await makeParticipant(api.dataSource, project.id, { colour: null });
    const outcome = (participantId: string) =>
      api.dataSource.query(
        `INSERT INTO outcome (project_id, participant_id, kind, outcome_date) SELECT project_id, id, 'JOB', '2026-03-01' FROM participant WHERE id = $1`,
        [participantId],
      );
    await heldConversation(project.id, jobWithoutPlan.id, "2026-02-01");
    await outcome(jobWithoutPlan.id);
    await outcome(unscreened.id);
    await heldConversation(project.id, discussed.id, "2026-02-01");
    const [meeting] = await api.dataSource.query<[{ id: string }]>(
      `INSERT INTO team_meeting (project_id, meeting_date, status, max_items, minutes_per_item) VALUES ($1, '2026-02-15', 'HELD', 5, 30) RETURNING id`,
      [project.id],
    );
    await api.dataSource.query(`INSERT INTO agenda_item (project_id, meeting_id, participant_id, position) VALUES ($1, $2, $3, 1)`, [
      project.id,
      meeting.id,
      discussed.id,
    ]);
    const [intervention] = await api.dataSource.query<[{ id: string }]>(
      `INSERT INTO intervention (project_id, name, area, supplier, unit) VALUES ($1, 'Mentor', 'SOCIAL', 'Socialcenter', 'TIMER') RETURNING id`,
      [project.id],
    );
    await api.dataSource.query(
      `INSERT INTO action_plan_item (project_id, participant_id, intervention_id, responsible_unit, start_month, end_month, status, created_at)
       VALUES ($1, $2, $3, 'Socialcenter', '2026-02-01', '2026-06-01', 'IN_PROGRESS', '2026-02-01')`,
      [project.id, planWithoutConversation.id, intervention.id],
    );
    await api.dataSource.query(`INSERT INTO project_goal (project_id, name, indicator, target_percent) VALUES ($1, 'Job', 'JOB_OR_EDUCATION', 30)`, [
      project.id,
    ]);

    const dashboard = dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf: "2026-04-15" }, { token })).project.dashboard;
    const funnel = Object.fromEntries(dashboard.funnel.map((s) => [s.key, s.count]));
    expect(funnel).toEqual({
      TARGET: 4,
      SCREENED: 3,
      // Reached at least a held conversation: the job, the discussed citizen, and the plan made without a conversation.
      CONVERSATION_HELD: 3,
      TEAM_MEETING: 3,
      ACTION_PLAN: 2,
      INTERVENTION: 2,
      OUTCOME: 1,
      JOB_OR_EDUCATION: 1,
    });
    expect(dashboard.goals.find((g) => g.indicator === "JOB_OR_EDUCATION")).toMatchObject({ count: 1, denominator: 3 });
    expect(dashboard.inFlowText).toBe("3 borgere i forløbet");
  });
});
