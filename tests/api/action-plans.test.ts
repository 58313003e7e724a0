import { ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
let tovholder: string;
let bfaId: string;

const LIST = `query L($p: ID!) { participants(projectId: $p, colour: ORANGE, take: 3, purpose: "Test af indsatsplaner") { items { id code } } }`;
const CATALOGUE = `query C($p: ID!) { project(id: $p) { interventions { id name area } } }`;
const ADD = `mutation A($input: AddPlanItemInput!) { addPlanItem(input: $input) { id status version startMonth endMonth responsibleUnit intervention { name } } }`;
const STATUS = `mutation S($input: SetPlanItemStatusInput!) { setPlanItemStatus(input: $input) { id status version } }`;
const REPORT = `mutation R($input: ReportNonComplianceInput!) { reportNonCompliance(input: $input) { id participantCode interventionName message resolvedAt } }`;
const ALERTS = `query Al($p: ID!) { project(id: $p) { alerts { id participantCode message } } }`;
const RESOLVE = `mutation Re($input: ResolveAlertInput!) { resolvePlanAlert(input: $input) { followUp resolvedAt } }`;
const OUTCOME = `mutation O($input: RecordOutcomeInput!) { recordOutcome(input: $input) { kind date hoursPerWeek } }`;
const OVERVIEW = `query V($p: ID!, $asOf: String) { project(id: $p) { overview(asOf: $asOf) { participantId code colour stage stageLabel nextStep overdue urgency } } }`;

type Row = { participantId: string; code: string; stage: string; nextStep: string; overdue: string[]; urgency: number };

beforeAll(async () => {
  api = await startTestApi();
  tovholder = await login(api.url, "tovholder@overblik.demo");
  bfaId = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tovholder })).projects.items.find((p) => p.code === "BFA")?.id ?? "";
});
afterAll(() => api?.close());

describe("action plans, alerts and outcomes", () => {
  it("plans interventions by month, alerts the tovholder when one is not followed, and records the outcome", async () => {
    // A grøn citizen with a held conversation and no plan or outcome in the demo data.
    const [p]: Array<{ id: string; code: string }> = await api.dataSource.query(
      `SELECT p.id, p.code FROM participant p WHERE p.project_id = $1 AND p.colour = 'GROEN'
          AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id) ORDER BY p.code LIMIT 1`,
      [bfaId],
    );
    const catalogue = dataOf(await gql<{ project: { interventions: Array<{ id: string; name: string }> } }, object>(api.url, CATALOGUE, { p: bfaId }, { token: tovholder })).project.interventions;
    expect(catalogue.map((i) => i.name)).toContain("Virksomhedspraktik i 13 uger");
    const placement = catalogue.find((i) => i.name === "Virksomhedspraktik i 13 uger");
    const mentor = catalogue.find((i) => i.name === "Social mentor");
    for (const [intervention, unit] of [[placement, "Jobcenter"], [mentor, "Socialcenter"]] as const) {
      dataOf(await gql(api.url, ADD, { input: { participantId: p?.id, interventionId: intervention?.id, responsibleUnit: unit, startMonth: "2012-11", endMonth: "2013-01", jobOrEducationAim: unit === "Jobcenter" } }, { token: tovholder }));
    }
    const bad = await gql(api.url, ADD, { input: { participantId: p?.id, interventionId: mentor?.id, responsibleUnit: "Socialcenter", startMonth: "2013-02", endMonth: "2012-11" } }, { token: tovholder });
    expect(bad.errors?.[0]?.message).toBe("Slutmåneden ligger før startmåneden.");
    const invalid = await gql(api.url, ADD, { input: { participantId: p?.id, interventionId: mentor?.id, responsibleUnit: "X", startMonth: "2013-2", endMonth: "2013-02" } }, { token: tovholder });
    expect(invalid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(invalid.errors?.[0]?.message).toBe("Angiv den ansvarlige enhed. Måneden skal skrives ÅÅÅÅ-MM.");

    const plan = dataOf(await gql<{ addPlanItem: Array<{ id: string; version: number; startMonth: string; intervention: { name: string } }> }, object>(api.url, ADD, { input: { participantId: p?.id, interventionId: mentor?.id, responsibleUnit: "Sundhedscenter", startMonth: "2012-12", endMonth: "2012-12" } }, { token: tovholder })).addPlanItem;
    expect(plan).toHaveLength(3);
    expect(plan[0]?.startMonth).toBe("2012-11");
    const started = dataOf(await gql<{ setPlanItemStatus: Array<{ id: string; status: string }> }, object>(api.url, STATUS, { input: { itemId: plan[0]?.id, status: "IN_PROGRESS", expectedVersion: plan[0]?.version } }, { token: tovholder })).setPlanItemStatus;
    expect(started.find((i) => i.id === plan[0]?.id)?.status).toBe("IN_PROGRESS");
    const stale = await gql(api.url, STATUS, { input: { itemId: plan[0]?.id, status: "COMPLETED", expectedVersion: plan[0]?.version } }, { token: tovholder });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const alert = dataOf(await gql<{ reportNonCompliance: { id: string; participantCode: string; message: string } }, object>(api.url, REPORT, { input: { itemId: plan[1]?.id, reportedByUnit: "Socialcenter", message: "Er ikke mødt de sidste tre gange" } }, { token: tovholder })).reportNonCompliance;
    expect(alert.participantCode).toBe(p?.code);
    const open = dataOf(await gql<{ project: { alerts: Array<{ id: string }> } }, object>(api.url, ALERTS, { p: bfaId }, { token: tovholder })).project.alerts;
    expect(open.map((a) => a.id)).toContain(alert.id);
    const stored: Array<{ t: string }> = await api.dataSource.query(`SELECT a::text AS t FROM plan_alert a`);
    expect(stored[0]?.t).not.toContain("mødt");

    const overview = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: bfaId }, { token: tovholder })).project.overview;
    const mine = overview.find((r) => r.participantId === p?.id);
    expect(mine).toMatchObject({ stage: "ACTION_PLAN", nextStep: "Følg op på indsatsplanen" });
    expect(mine?.overdue).toContain("1 åben advarsel om en indsats, der ikke følges");
    expect(overview[0]?.urgency).toBeGreaterThanOrEqual(mine?.urgency ?? 0);

    dataOf(await gql(api.url, RESOLVE, { input: { alertId: alert.id, followUp: "Ny aftale med mentor" } }, { token: tovholder }));
    const stillOpen = dataOf(await gql<{ project: { alerts: Array<{ id: string }> } }, object>(api.url, ALERTS, { p: bfaId }, { token: tovholder })).project.alerts;
    expect(stillOpen.map((a) => a.id)).not.toContain(alert.id);
    expect(stillOpen).toHaveLength(open.length - 1);

    const outcomes = dataOf(await gql<{ recordOutcome: Array<{ kind: string; hoursPerWeek: string }> }, object>(api.url, OUTCOME, { input: { participantId: p?.id, kind: "JOB", date: "2013-03-01", hoursPerWeek: "15" } }, { token: tovholder })).recordOutcome;
    expect(outcomes).toEqual([{ kind: "JOB", date: "2013-03-01", hoursPerWeek: "15.00" }]);
    const later = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: bfaId }, { token: tovholder })).project.overview;
    expect(later.find((r) => r.participantId === p?.id)?.stage).toBe("OUTCOME");
  });

  it("lists every screened citizen without a conversation as overdue, and logs the overview per citizen", async () => {
    const before: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE purpose = 'Tovholderens overblik'`);
    // On 15 August 2012 no conversation was booked yet: every grøn and orange citizen is overdue.
    const overview = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: bfaId, asOf: "2012-08-15" }, { token: tovholder })).project.overview;
    expect(overview).toHaveLength(221);
    const [colours]: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM participant WHERE project_id = $1 AND colour IN ('GROEN', 'ORANGE')`, [bfaId]);
    expect(overview.filter((r) => r.overdue.includes("Ingen samtale planlagt"))).toHaveLength(colours?.n ?? -1);
    expect(overview.filter((r) => r.stage === "OUT")).toHaveLength(24);
    // On 1 October the first weeks' conversations are held and the rest booked as they come up.
    const october = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: bfaId, asOf: "2012-10-01" }, { token: tovholder })).project.overview;
    const [held]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(DISTINCT participant_id)::int AS n FROM conversation WHERE project_id = $1 AND status = 'HELD' AND held_date <= '2012-10-01'`,
      [bfaId],
    );
    expect(october.filter((r) => ["CONVERSATION_HELD", "AT_TEAM"].includes(r.stage))).toHaveLength(held?.n ?? -1);
    expect(october.filter((r) => r.stage === "OUTCOME")).toEqual([]);
    const after: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE purpose = 'Tovholderens overblik'`);
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(2 * 221);
    const leader = await login(api.url, "leder@overblik.demo");
    expect((await gql(api.url, OVERVIEW, { p: bfaId }, { token: leader })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
