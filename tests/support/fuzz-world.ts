// The world the fuzzer runs against (tests/fuzz/fuzz.test.ts): its own API (the fair share out of the way), the
// schema, and a running project built through the API, with the tokens of five users and none.
import { createSchema } from "@overblik/api";
import { dataOf, gql, login, startTestApi } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject, makeUser } from "./fixtures.js";
import { makeCompetencePool } from "./fixtures-api-b.js";
import { buildProject, makeWorldUsers, type CitizenSpec, type ProjectSpec } from "./world.js";

const kr = (n: number) => BigInt(n) * 100n;
/**
 * A running project in the period of the fuzzer's dates (2012–13), built through the API: 12 citizens in every
 * colour (and none) with conversations, plans started and planned, and outcomes; an approved budget of 10 lines on
 * both sides, one driven by hours, with a move and a change financed by another line (approved by the styregruppe),
 * and postings; a goal.
 */
const COLOURS = ["GROEN", "ORANGE", "ROED", "BLAA", null, "GROEN"] as const;
const CITIZENS: CitizenSpec[] = Array.from({ length: 12 }, (_, i) => ({
  colour: COLOURS[i % 6] ?? null,
  enrolDay: 30 + i * 5,
  // Red and unscreened citizens have no initial conversation (the API refuses one).
  heldAfter: COLOURS[i % 6] === "ROED" || COLOURS[i % 6] === null || i % 4 === 3 ? null : 3 + i,
  secondHeld: false,
  outcome: (["JOB", "EDUCATION", "PASSIVE", null] as const)[i % 4] ?? null,
  outcomeAfter: 120,
  plan: i % 3 === 0 ? "STARTED" : i % 3 === 1 ? "PLANNED" : null,
  planAfter: 20,
}));
const SPEC: ProjectSpec = {
  targetSize: 12,
  days: 530,
  citizens: CITIZENS,
  lines: [
    { side: "INCOME", amounts: [kr(400_000), kr(200_000)] },
    { side: "INCOME", amounts: [kr(150_000), kr(100_000)] },
    { side: "INCOME", amounts: [kr(50_000), kr(0)] },
    { side: "EXPENSE", amounts: [kr(300_000), kr(150_000)] },
    { side: "EXPENSE", amounts: [kr(100_000), kr(100_000)] },
    { side: "EXPENSE", amounts: [kr(40_000), kr(0)], driverHours: 50 },
    { side: "EXPENSE", amounts: [kr(40_000), kr(20_000)] },
    { side: "EXPENSE", amounts: [kr(-20_000), kr(-20_000)] },
    { side: "EXPENSE", amounts: [kr(55_000), kr(25_000)] },
    { side: "EXPENSE", amounts: [kr(85_000), kr(25_000)] },
  ],
  changes: [
    { kind: "MOVE", line: 3, other: 4, financed: false, amount: kr(10_000), yearIndex: 0, approve: true },
    // Over the approval threshold (50.000 kr.): the styregruppe approves it.
    { kind: "CHANGE", line: 9, other: 8, financed: true, amount: kr(60_000), yearIndex: 0, approve: true },
  ],
  postings: [
    { line: 3, amount: kr(40_000), day: 30 },
    { line: 5, amount: kr(8_000), day: 60 },
    { line: 6, amount: kr(12_500), day: 90 },
    { line: 9, amount: kr(3_210), day: 120 },
    { line: 0, amount: kr(400_000), day: 20 },
    { line: 4, amount: kr(25_000), day: 200 },
  ],
  goalTargetPercent: 30,
};

/**
 * The world: `tokens` are none (undefined), the leader, the tovholder, the styregruppe, an administrator and a
 * caseworker; `ids` those of its 2 projects, 2 budgets, 12 lines, 10 citizens, 3 meetings and 3 interventions.
 */
export async function startFuzzWorld() {
  const api = await startTestApi({ fairShareCostPerMinute: 10_000_000, seed: false });
  const schema = await createSchema();
  const users = await makeWorldUsers(api.url, api.dataSource);
  const today = new Date().toISOString().slice(0, 10);
  const built = await buildProject(api.url, api.dataSource, users, SPEC, "2012-07-16", today);
  const { projectId, budgetId } = built;
  const leader = users.leader.token;
  const tovholder = users.tovholder.token;
  // A second project the leader and the styregruppe share, with a budget still in draft over four years.
  const second = await makeProject(api.dataSource, { startDate: "2012-01-01", endDate: "2015-12-31", municipalityCodes: ["101"] });
  await addMember(api.dataSource, second.id, users.leader.id, "LEADER");
  await addMember(api.dataSource, second.id, users.steering.id, "STYREGRUPPE");
  const years = [2012, 2013, 2014, 2015];
  await makeBudgetThroughApi(
    api.url,
    second.id,
    [
      { side: "EXPENSE", name: "Jobsamtaler", amounts: years.map((year) => ({ year, amount: "200000.00" })) },
      { side: "EXPENSE", name: "Overførsel", amounts: years.map((year) => ({ year, amount: "-200000.00" })) },
    ],
    { leader, styregruppe: users.steering.token },
    { startYear: 2012, endYear: 2015, draft: true },
  );
  // An administrator, and a caseworker with three of the running project's citizens.
  const admin = await makeUser(api.dataSource, { globalRoles: ["ADMIN"] });
  const caseworker = await makeUser(api.dataSource);
  await addMember(api.dataSource, projectId, caseworker.id, "CASEWORKER");
  await api.dataSource.query(`UPDATE participant SET caseworker_id = $1 WHERE id IN (SELECT id FROM participant WHERE project_id = $2 ORDER BY code LIMIT 3)`, [
    caseworker.id,
    projectId,
  ]);
  // A flow plan (initial conversations in the autumn, a team meeting every 14 days), three team meetings, two more
  // interventions beside the plans' one, and a competence pool with an activity.
  const plan = {
    projectId,
    conversationStart: "2012-09-01",
    conversationEnd: "2012-12-21",
    teamStart: "2012-10-02",
    teamEnd: "2013-06-30",
    meetingIntervalDays: 14,
    maxCitizensPerMeeting: 5,
    minutesPerCitizen: 30,
  };
  dataOf(await gql(api.url, `mutation F($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`, { input: plan }, { token: tovholder }));
  for (const date of ["2012-10-02", "2012-10-16", "2012-10-30"]) {
    dataOf(
      await gql(
        api.url,
        `mutation M($input: AddTeamMeetingInput!) { addTeamMeeting(input: $input) { id } }`,
        { input: { projectId, date } },
        { token: tovholder },
      ),
    );
  }
  for (const [name, area] of [
    ["Psykolog", "HEALTH"],
    ["Virksomhedspraktik", "EMPLOYMENT"],
  ]) {
    dataOf(
      await gql(
        api.url,
        `mutation I($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`,
        {
          input: { projectId, name, area, supplier: "Sundhedscenter", unit: "TIMER", profiles: [] },
        },
        { token: tovholder },
      ),
    );
  }
  const poolId = await makeCompetencePool(api.dataSource, projectId, 185_000);
  dataOf(
    await gql(
      api.url,
      `mutation A($input: AddCompetenceActivityInput!) { addCompetenceActivity(input: $input) { id } }`,
      {
        input: { poolId, name: "Spørgeteknikker", plannedCost: "40000.00", plannedDate: "2012-11-01", plannedParticipants: 12, targetGroup: "Teamet" },
      },
      { token: leader },
    ),
  );
  const tokens: Array<string | undefined> = [undefined];
  tokens.push(
    leader,
    tovholder,
    users.steering.token,
    await login(api.url, admin.email, FIXTURE_PASSWORD),
    await login(api.url, caseworker.email, FIXTURE_PASSWORD),
  );
  const ids: Array<{ id: string }> = await api.dataSource.query(
    `SELECT id FROM project UNION ALL SELECT id FROM budget UNION ALL (SELECT id FROM budget_line LIMIT 12)
     UNION ALL (SELECT id FROM participant LIMIT 10) UNION ALL (SELECT id FROM team_meeting LIMIT 3) UNION ALL (SELECT id FROM intervention LIMIT 3)`,
  );
  return { api, schema, tokens, projectId, budgetId, ids, built };
}
