import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeParticipant, makeProject } from "../support/fixtures.js";
import { addIntervention, holdConversation, makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
let tovholder: string;
let leader: string;
/** The project of the first test: a grøn citizen with a held conversation, and an orange one without. */
let planProject: string;
let green: { id: string; code: string };
/** The project of the second test, as it stood in 2012. */
let pastProject: string;
const PAST = { GROEN: 3, ORANGE: 2, ROED: 2, BLAA: 1 } as const;
const PAST_SIZE = 8;
/** Grøn citizens of the past project whose conversation was held on 10 September 2012. */
const HELD_BY_OCTOBER = 2;

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
  api = await startTestApi({ seed: false });
  planProject = (await makeProject(api.dataSource, { startDate: "2012-08-01", endDate: "2013-12-31" })).id;
  pastProject = (await makeProject(api.dataSource, { startDate: "2012-08-01", endDate: "2013-12-31" })).id;
  const both = (role: "TOVHOLDER" | "LEADER") =>
    [
      [planProject, role],
      [pastProject, role],
    ] as Array<[string, typeof role]>;
  tovholder = (await makeLoggedInUser(api, { roles: both("TOVHOLDER") })).token;
  leader = (await makeLoggedInUser(api, { roles: both("LEADER") })).token;

  await addIntervention(api, tovholder, planProject, { name: "Virksomhedspraktik i 13 uger", area: "EMPLOYMENT", unit: "uge", supplier: "Jobcenter" });
  await addIntervention(api, tovholder, planProject, { name: "Social mentor", area: "SOCIAL", supplier: "Socialcenter" });
  const citizen = await makeParticipant(api.dataSource, planProject, { colour: "GROEN", enrolmentDate: "2012-08-01" });
  green = { id: citizen.id, code: citizen.code };
  await holdConversation(api, tovholder, citizen.id, "2012-09-03");
  await makeParticipant(api.dataSource, planProject, { colour: "ORANGE", enrolmentDate: "2012-08-01" });

  for (const [colour, n] of Object.entries(PAST) as Array<[keyof typeof PAST, number]>) {
    for (let i = 0; i < n; i++) {
      const p = await makeParticipant(api.dataSource, pastProject, { colour, enrolmentDate: "2012-08-01" });
      if (colour === "GROEN" && i < HELD_BY_OCTOBER) await holdConversation(api, tovholder, p.id, "2012-09-10", { backdate: true });
    }
  }
});
afterAll(() => api?.close());

describe("action plans, alerts and outcomes", () => {
  it("plans interventions by month, alerts the tovholder when one is not followed, and records the outcome", async () => {
    // The grøn citizen with a held conversation and no plan or outcome.
    const p = green;
    const catalogue = dataOf(
      await gql<{ project: { interventions: Array<{ id: string; name: string }> } }, object>(api.url, CATALOGUE, { p: planProject }, { token: tovholder }),
    ).project.interventions;
    expect(catalogue.map((i) => i.name)).toContain("Virksomhedspraktik i 13 uger");
    const placement = catalogue.find((i) => i.name === "Virksomhedspraktik i 13 uger");
    const mentor = catalogue.find((i) => i.name === "Social mentor");
    for (const [intervention, unit] of [
      [placement, "Jobcenter"],
      [mentor, "Socialcenter"],
    ] as const) {
      dataOf(
        await gql(
          api.url,
          ADD,
          {
            input: {
              participantId: p?.id,
              interventionId: intervention?.id,
              responsibleUnit: unit,
              startMonth: "2012-11",
              endMonth: "2013-01",
              jobOrEducationAim: unit === "Jobcenter",
            },
          },
          { token: tovholder },
        ),
      );
    }
    const bad = await gql(
      api.url,
      ADD,
      { input: { participantId: p?.id, interventionId: mentor?.id, responsibleUnit: "Socialcenter", startMonth: "2013-02", endMonth: "2012-11" } },
      { token: tovholder },
    );
    expect(bad.errors?.[0]?.message).toBe("Slutmåneden ligger før startmåneden.");
    const invalid = await gql(
      api.url,
      ADD,
      { input: { participantId: p?.id, interventionId: mentor?.id, responsibleUnit: "X", startMonth: "2013-2", endMonth: "2013-02" } },
      { token: tovholder },
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(invalid.errors?.[0]?.message).toBe("Angiv den ansvarlige enhed. Måneden skal skrives ÅÅÅÅ-MM.");

    const plan = dataOf(
      await gql<{ addPlanItem: Array<{ id: string; version: number; startMonth: string; intervention: { name: string } }> }, object>(
        api.url,
        ADD,
        { input: { participantId: p?.id, interventionId: mentor?.id, responsibleUnit: "Sundhedscenter", startMonth: "2012-12", endMonth: "2012-12" } },
        { token: tovholder },
      ),
    ).addPlanItem;
    expect(plan).toHaveLength(3);
    expect(plan[0]?.startMonth).toBe("2012-11");
    const started = dataOf(
      await gql<{ setPlanItemStatus: Array<{ id: string; status: string }> }, object>(
        api.url,
        STATUS,
        { input: { itemId: plan[0]?.id, status: "IN_PROGRESS", expectedVersion: plan[0]?.version } },
        { token: tovholder },
      ),
    ).setPlanItemStatus;
    expect(started.find((i) => i.id === plan[0]?.id)?.status).toBe("IN_PROGRESS");
    const stale = await gql(api.url, STATUS, { input: { itemId: plan[0]?.id, status: "COMPLETED", expectedVersion: plan[0]?.version } }, { token: tovholder });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const alert = dataOf(
      await gql<{ reportNonCompliance: { id: string; participantCode: string; message: string } }, object>(
        api.url,
        REPORT,
        { input: { itemId: plan[1]?.id, reportedByUnit: "Socialcenter", message: "Er ikke mødt de sidste tre gange" } },
        { token: tovholder },
      ),
    ).reportNonCompliance;
    expect(alert.participantCode).toBe(p?.code);
    const open = dataOf(await gql<{ project: { alerts: Array<{ id: string }> } }, object>(api.url, ALERTS, { p: planProject }, { token: tovholder })).project
      .alerts;
    expect(open.map((a) => a.id)).toContain(alert.id);
    const stored: Array<{ t: string }> = await api.dataSource.query(`SELECT a::text AS t FROM plan_alert a`);
    expect(stored[0]?.t).not.toContain("mødt");

    const overview = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: planProject }, { token: tovholder })).project.overview;
    const mine = overview.find((r) => r.participantId === p?.id);
    expect(mine).toMatchObject({ stage: "ACTION_PLAN", nextStep: "Følg op på indsatsplanen" });
    expect(mine?.overdue).toContain("1 åben advarsel om en indsats, der ikke følges");
    expect(overview[0]?.urgency).toBeGreaterThanOrEqual(mine?.urgency ?? 0);

    dataOf(await gql(api.url, RESOLVE, { input: { alertId: alert.id, followUp: "Ny aftale med mentor" } }, { token: tovholder }));
    const stillOpen = dataOf(await gql<{ project: { alerts: Array<{ id: string }> } }, object>(api.url, ALERTS, { p: planProject }, { token: tovholder }))
      .project.alerts;
    expect(stillOpen.map((a) => a.id)).not.toContain(alert.id);
    expect(stillOpen).toHaveLength(open.length - 1);

    const outcomes = dataOf(
      await gql<{ recordOutcome: Array<{ kind: string; hoursPerWeek: string }> }, object>(
        api.url,
        OUTCOME,
        { input: { participantId: p?.id, kind: "JOB", date: "2013-03-01", hoursPerWeek: "15" } },
        { token: tovholder },
      ),
    ).recordOutcome;
    expect(outcomes).toEqual([{ kind: "JOB", date: "2013-03-01", hoursPerWeek: "15.00" }]);
    const later = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: planProject }, { token: tovholder })).project.overview;
    expect(later.find((r) => r.participantId === p?.id)?.stage).toBe("OUTCOME");
  });

  it("lists every screened citizen without a conversation as overdue, and logs the overview per citizen", async () => {
    const before: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE purpose = 'Tovholderens overblik'`);
    // On 15 August 2012 no conversation was booked yet: every grøn and orange citizen is overdue; the rød are out.
    const overview = dataOf(
      await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: pastProject, asOf: "2012-08-15" }, { token: tovholder }),
    ).project.overview;
    expect(overview).toHaveLength(PAST_SIZE);
    expect(overview.filter((r) => r.overdue.includes("Ingen samtale planlagt"))).toHaveLength(PAST.GROEN + PAST.ORANGE);
    expect(overview.filter((r) => r.stage === "OUT")).toHaveLength(PAST.ROED);
    // On 1 October the first weeks' conversations are held and the rest booked as they come up.
    const october = dataOf(await gql<{ project: { overview: Row[] } }, object>(api.url, OVERVIEW, { p: pastProject, asOf: "2012-10-01" }, { token: tovholder }))
      .project.overview;
    expect(october.filter((r) => ["CONVERSATION_HELD", "AT_TEAM"].includes(r.stage))).toHaveLength(HELD_BY_OCTOBER);
    expect(october.filter((r) => r.overdue.includes("Ingen samtale planlagt"))).toHaveLength(PAST.GROEN + PAST.ORANGE - HELD_BY_OCTOBER);
    expect(october.filter((r) => r.stage === "OUTCOME")).toEqual([]);
    const after: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE purpose = 'Tovholderens overblik'`);
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(2 * PAST_SIZE);
    expect((await gql(api.url, OVERVIEW, { p: pastProject }, { token: leader })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
