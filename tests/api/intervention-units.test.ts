import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeBudgetThroughApi, makeParticipant, makeProject } from "../support/fixtures.js";
import { addIntervention, holdConversation, makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
const tokens: Record<string, string> = {};
let bfaId: string;

const LINES = `query L($p: ID!) { project(id: $p) { budgets { lines { id name version activitySource } } } }`;
const FOLLOW_UP = `query F($p: ID!) { project(id: $p) { budgets { followUp(asOf: "2013-08-01") { lines { lineId deliveredQuantity activityPercent } } } } }`;
const SET_SOURCE = `mutation S($input: SetLineActivitySourceInput!) { setLineActivitySource(input: $input) { budgetLineId activitySource version } }`;
const CATALOGUE = `query C($p: ID!) { project(id: $p) { interventions { id name unit budgetLineId version } } }`;
const SET_LINE = `mutation I($input: SetInterventionBudgetLineInput!) { setInterventionBudgetLine(input: $input) { id budgetLineId version } }`;
const OVERVIEW = `query V($p: ID!) { project(id: $p) { overview(asOf: "2013-01-31") { participantId code stage inTeamQueue keepInTeamQueue } } }`;
const ADD = `mutation A($input: AddPlanItemInput!) { addPlanItem(input: $input) { id status version unitsDelivered intervention { id } } }`;
const UNITS = `mutation U($input: RecordInterventionUnitsInput!) { recordInterventionUnits(input: $input) { id status version unitsDelivered } }`;
const OUTCOME = `mutation O($input: RecordOutcomeInput!) { recordOutcome(input: $input) { kind } }`;
const KEEP = `mutation K($input: SetKeepInTeamQueueInput!) { setKeepInTeamQueue(input: $input) }`;

type Line = { id: string; name: string; version: number; activitySource: string | null };
type OverviewRow = { participantId: string; code: string; stage: string; inTeamQueue: boolean; keepInTeamQueue: boolean };

const YEARS = [2012, 2013];
const every = (amount: string) => YEARS.map((year) => ({ year, amount }));
/** Two lines driven by hours (one counting team hours, one the mentor's delivered hours) and one without a driver. */
const BUDGET_LINES = [
  { side: "INCOME" as const, name: "Tilskud", amounts: every("200000.00") },
  {
    side: "EXPENSE" as const,
    name: "Virksomhedskonsulent honorar",
    amounts: every("50000.00"),
    driver: { fixed: "AMOUNT" as const, quantity: "100", unit: "timer" },
  },
  { side: "EXPENSE" as const, name: "Mentor honorar", amounts: every("50000.00"), driver: { fixed: "AMOUNT" as const, quantity: "75", unit: "timer" } },
  { side: "EXPENSE" as const, name: "Andre udgifter", amounts: every("100000.00") },
];
/** Citizens whose initial conversation was held in October 2012 (the team's queue), and one only screened. */
const HELD = 3;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  bfaId = (await makeProject(api.dataSource, { startDate: "2012-08-01", endDate: "2013-12-31" })).id;
  tokens.leder = (await makeLoggedInUser(api, { roles: [[bfaId, "LEADER"]] })).token;
  tokens.tovholder = (await makeLoggedInUser(api, { roles: [[bfaId, "TOVHOLDER"]] })).token;
  const styregruppe = (await makeLoggedInUser(api, { roles: [[bfaId, "STYREGRUPPE"]] })).token;
  await makeBudgetThroughApi(api.url, bfaId, BUDGET_LINES, { leader: tokens.leder, styregruppe }, { startYear: 2012, endYear: 2013 });
  // The consultant's line counts team hours; the mentor's line the hours its interventions deliver.
  for (const [name, source] of [
    ["Virksomhedskonsulent honorar", "TEAM_HOURS"],
    ["Mentor honorar", "INTERVENTION_UNITS"],
  ] as const) {
    const line = await lineNamed(name);
    dataOf(await gql(api.url, SET_SOURCE, { input: { budgetLineId: line.id, source, expectedVersion: line.version } }, { token: tokens.leder }));
  }
  await addIntervention(api, tokens.tovholder, bfaId, { name: "Social mentor", area: "SOCIAL", supplier: "Jobcenter" });
  for (let i = 0; i < HELD; i++) {
    const p = await makeParticipant(api.dataSource, bfaId, { colour: "GROEN", enrolmentDate: "2012-08-01" });
    await holdConversation(api, tokens.tovholder, p.id, "2012-10-01", { backdate: true });
  }
  await makeParticipant(api.dataSource, bfaId, { colour: "ORANGE", enrolmentDate: "2012-08-01" });
});
afterAll(() => api?.close());

const lines = async () =>
  dataOf(await gql<{ project: { budgets: Array<{ lines: Line[] }> } }, object>(api.url, LINES, { p: bfaId }, { token: tokens.leder })).project.budgets[0]
    ?.lines ?? [];
const lineNamed = async (prefix: string) => (await lines()).find((l) => l.name.startsWith(prefix)) as Line;
const delivered = async (lineId: string) =>
  dataOf(
    await gql<
      { project: { budgets: Array<{ followUp: { lines: Array<{ lineId: string; deliveredQuantity: string | null; activityPercent: number | null }> } }> } },
      object
    >(api.url, FOLLOW_UP, { p: bfaId }, { token: tokens.leder }),
  ).project.budgets[0]?.followUp.lines.find((l) => l.lineId === lineId);
const overview = async () =>
  dataOf(await gql<{ project: { overview: OverviewRow[] } }, object>(api.url, OVERVIEW, { p: bfaId }, { token: tokens.tovholder })).project.overview;

describe("intervention units as budget activity", () => {
  it("is configured per line by the leader, with the unit checked and a stale version refused", async () => {
    const vk = await lineNamed("Virksomhedskonsulent honorar");
    expect(vk.activitySource).toBe("TEAM_HOURS");
    const byTovholder = await gql(
      api.url,
      SET_SOURCE,
      { input: { budgetLineId: vk.id, source: "INTERVENTION_UNITS", expectedVersion: vk.version } },
      { token: tokens.tovholder },
    );
    expect(byTovholder.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noDriver = await lineNamed("Andre udgifter");
    const refused = await gql(
      api.url,
      SET_SOURCE,
      { input: { budgetLineId: noDriver.id, source: "TEAM_HOURS", expectedVersion: noDriver.version } },
      { token: tokens.leder },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/har ingen aktivitetsdriver/);
    const changed = dataOf(
      await gql<{ setLineActivitySource: { activitySource: string; version: number } }, object>(
        api.url,
        SET_SOURCE,
        { input: { budgetLineId: vk.id, source: "INTERVENTION_UNITS", expectedVersion: vk.version } },
        { token: tokens.leder },
      ),
    ).setLineActivitySource;
    expect(changed).toMatchObject({ activitySource: "INTERVENTION_UNITS", version: vk.version + 1 });
    const stale = await gql(api.url, SET_SOURCE, { input: { budgetLineId: vk.id, source: null, expectedVersion: vk.version } }, { token: tokens.leder });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await lineNamed("Virksomhedskonsulent honorar")).activitySource).toBe("INTERVENTION_UNITS");
  });

  it("turns 3 delivered hours of social mentor into 3 hours of activity on the line that pays for it, in one transaction", async () => {
    const vk = await lineNamed("Mentor honorar");
    const catalogue = dataOf(
      await gql<{ project: { interventions: Array<{ id: string; name: string; version: number; budgetLineId: string | null }> } }, object>(
        api.url,
        CATALOGUE,
        { p: bfaId },
        { token: tokens.tovholder },
      ),
    ).project.interventions;
    const mentor = catalogue.find((i) => i.name === "Social mentor");
    const tied = dataOf(
      await gql<{ setInterventionBudgetLine: { budgetLineId: string } }, object>(
        api.url,
        SET_LINE,
        { input: { interventionId: mentor?.id, budgetLineId: vk.id, expectedVersion: mentor?.version } },
        { token: tokens.tovholder },
      ),
    ).setInterventionBudgetLine;
    expect(tied.budgetLineId).toBe(vk.id);

    const candidate = (await overview()).find((r) => r.stage === "CONVERSATION_HELD" || r.stage === "SCREENED");
    const plan = dataOf(
      await gql<{ addPlanItem: Array<{ id: string; version: number; intervention: { id: string } }> }, object>(
        api.url,
        ADD,
        {
          input: {
            participantId: candidate?.participantId,
            interventionId: mentor?.id,
            responsibleUnit: "Jobcenter",
            startMonth: "2013-01",
            endMonth: "2013-03",
          },
        },
        { token: tokens.tovholder },
      ),
    ).addPlanItem;
    const item = plan.find((i) => i.intervention.id === mentor?.id);
    const before = await delivered(vk.id);

    const after = dataOf(
      await gql<{ recordInterventionUnits: Array<{ id: string; status: string; unitsDelivered: string; version: number }> }, object>(
        api.url,
        UNITS,
        { input: { itemId: item?.id, date: "2013-01-20", quantity: "3", expectedVersion: item?.version } },
        { token: tokens.tovholder },
      ),
    ).recordInterventionUnits;
    expect(after.find((i) => i.id === item?.id)).toMatchObject({ status: "IN_PROGRESS", unitsDelivered: "3.00" });
    const now = await delivered(vk.id);
    expect(Number(now?.deliveredQuantity) - Number(before?.deliveredQuantity)).toBe(3);

    // A stale screen records nothing, on the plan or on the budget.
    const stale = await gql(
      api.url,
      UNITS,
      { input: { itemId: item?.id, date: "2013-01-21", quantity: "2", expectedVersion: item?.version } },
      { token: tokens.tovholder },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await delivered(vk.id))?.deliveredQuantity).toBe(now?.deliveredQuantity);
    const zero = await gql(
      api.url,
      UNITS,
      { input: { itemId: item?.id, date: "2013-01-21", quantity: "0", expectedVersion: item?.version } },
      { token: tokens.tovholder },
    );
    expect(zero.errors?.[0]?.message).toBe("Antallet skal være større end 0.");
    // The budget line's activity note names the intervention, never the citizen.
    const notes: Array<{ note: string }> = await api.dataSource.query(`SELECT note FROM activity_entry WHERE source_ref LIKE $1`, [`plan-item:${item?.id}:%`]);
    expect(notes).toEqual([{ note: "Leveret: Social mentor" }]);
  });

  it("takes a re-matched citizen out of the team's queue unless the tovholder keeps them", async () => {
    const waiting = (await overview()).filter((r) => r.inTeamQueue);
    expect(waiting.length).toBeGreaterThan(1);
    expect(waiting.length).toBeLessThanOrEqual(HELD);
    const [kept, gone] = waiting as [OverviewRow, OverviewRow];
    dataOf(await gql(api.url, KEEP, { input: { participantId: kept.participantId, keep: true } }, { token: tokens.tovholder }));
    for (const p of [kept, gone])
      dataOf(await gql(api.url, OUTCOME, { input: { participantId: p.participantId, kind: "REMATCHED_2", date: "2013-01-10" } }, { token: tokens.tovholder }));
    const after = await overview();
    expect(after.find((r) => r.participantId === kept.participantId)).toMatchObject({ inTeamQueue: true, keepInTeamQueue: true });
    expect(after.find((r) => r.participantId === gone.participantId)).toMatchObject({ inTeamQueue: false, stage: "OUTCOME" });
    const byLeader = await gql(api.url, KEEP, { input: { participantId: gone.participantId, keep: true } }, { token: tokens.leder });
    expect(byLeader.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});
