import { createSchema, declaredPermission } from "@overblik/api";
import { CompetencePool } from "@overblik/db";
import { isGlobalRole, rolesAllow, type Permission, type Role } from "@overblik/domain";
import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isLeafType, type GraphQLField, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { ARGS, emailOf, FLOW_PLAN, ISHOEJ, SUBJECTS, type Subject, type World } from "../support/permission-matrix-world.js";

/**
 * The role × operation matrix (issue "People, permissions and single sign-on"): EVERY root Query and Mutation field of
 * the committed schema (apps/api/schema.graphql), sent by every role — each project role alone in the project, ADMIN,
 * DEVELOPER and a user with no role — with valid arguments against one world built from fixtures. The expected answer
 * is never written per role: it is derived from the operation's declared permission (`@Allow` writes it into the
 * field's extensions) and the role → permission table (rolesAllow). An operation without a declaration fails the test,
 * and so does a service whose check disagrees with the table.
 *
 * "Refused" is FORBIDDEN or NOT_FOUND (no role in the project: its existence is not revealed); "allowed" is anything
 * the service says after its access check — the data, or CONFLICT/BAD_USER_INPUT from a stale version or a business
 * rule (changes are sent with stale versions where they have one, as the plan-setup matrix does, so an allowed change
 * mostly answers CONFLICT and the world stays as it was). Any other answer (INTERNAL_SERVER_ERROR, a validation
 * error at the door) is a broken case and fails the test by itself.
 *
 * The API has ONE database connection here, and a request waits at most a few seconds for it; the operations are sent
 * one at a time. So an operation that holds a connection (a transaction) and asks the pool for a second one — a
 * DataLoader inside a transaction — fails at once as INTERNAL_SERVER_ERROR, instead of deadlocking a loaded server
 * now and then: its transaction holds a row lock, the requests that want the lock hold the rest of the pool, and it
 * waits for a connection forever (importParticipants did, and hung this test in a clean-clone run).
 */

let api: TestApi;
let world: World;
const tokens = {} as Record<Subject, string>;
let sdl: GraphQLSchema;
let live: GraphQLSchema;

/** The operation's document, made from the schema: its arguments as variables, `__typename` for an object result. */
function documentFor(kind: "Query" | "Mutation", field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${kind === "Query" ? "query" : "mutation"} Matrix${variables ? `(${variables})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

interface Operation {
  kind: "Query" | "Mutation";
  name: string;
  document: string;
  permission: Permission | "PUBLIC" | null;
}

/** Every root field of the committed SDL, with what the running schema declares for it. */
function operations(): Operation[] {
  const result: Operation[] = [];
  for (const kind of ["Query", "Mutation"] as const) {
    const sdlType = kind === "Query" ? sdl.getQueryType() : sdl.getMutationType();
    const liveType = kind === "Query" ? live.getQueryType() : live.getMutationType();
    for (const field of Object.values(sdlType?.getFields() ?? {})) {
      const liveField = liveType?.getFields()[field.name];
      result.push({ kind, name: field.name, document: documentFor(kind, field), permission: liveField ? declaredPermission(liveField) : null });
    }
  }
  return result;
}

const rolesOf = (s: Subject): Role[] => (s === "NONE" ? [] : [s]);
const expectedAllowed = (op: Operation, s: Subject): boolean => op.permission === "PUBLIC" || (op.permission !== null && rolesAllow(rolesOf(s), op.permission));

type Outcome = "allowed" | "refused" | `broken: ${string}`;

function outcomeOf(res: GraphQLResponse<unknown>): Outcome {
  const codes = (res.errors ?? []).map((e) => e.extensions?.code ?? "NO_CODE");
  if (codes.length === 0) return "allowed";
  if (codes.some((c) => c === "FORBIDDEN" || c === "NOT_FOUND")) return "refused";
  if (codes.every((c) => c === "CONFLICT" || c === "BAD_USER_INPUT")) return "allowed";
  return `broken: ${codes.join(",")} ${res.errors?.[0]?.message ?? ""}`;
}

async function run<T = Record<string, unknown>>(subject: Subject, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return dataOf(await gql<T, Record<string, unknown>>(api.url, query, variables, { token: tokens[subject] }));
}

async function buildWorld(): Promise<World> {
  const ds = api.dataSource;
  const project = await makeProject(ds, { code: "PERM", name: "Matrixprojekt", startDate: "2026-01-01", endDate: "2028-12-31", municipalityCodes: [ISHOEJ] });
  const userIds = {} as Record<Subject, string>;
  const victims = {} as Record<Subject, string>;
  for (const s of SUBJECTS) {
    // Everyone works in Ishøj, the project's municipality: the kommuneadministrator is inside its scope here (outside
    // it, tests/api/user-admin.test.ts).
    const user = await makeUser(ds, {
      email: emailOf(s),
      name: `Matrix ${s}`,
      globalRoles: s !== "NONE" && isGlobalRole(s) ? [s] : [],
      municipalityCode: ISHOEJ,
    });
    userIds[s] = user.id;
    if (s !== "NONE" && !isGlobalRole(s)) await addMember(ds, project.id, user.id, s);
    const victim = await makeUser(ds, { email: `offer-${s.toLowerCase()}@matrix.test`, municipalityCode: ISHOEJ });
    await addMember(ds, project.id, victim.id, "STYREGRUPPE");
    victims[s] = victim.id;
  }
  const spare = await makeUser(ds, { email: "reserve@matrix.test", municipalityCode: ISHOEJ });
  await Promise.all(SUBJECTS.map(async (s) => (tokens[s] = await login(api.url, emailOf(s), FIXTURE_PASSWORD))));
  const projectId = project.id;

  const amounts = (kr: string) => [
    { year: 2026, amount: kr },
    { year: 2027, amount: kr },
  ];
  const lines = [
    { name: "Tilskud", side: "INCOME", amounts: amounts("200000.00") },
    { name: "Løn", side: "EXPENSE", amounts: amounts("150000.00") },
    { name: "Kurser", side: "EXPENSE", amounts: amounts("50000.00") },
  ] as const;
  const leads = { leader: tokens.LEADER, styregruppe: tokens.STYREGRUPPE };
  const budgetId = await makeBudgetThroughApi(api.url, projectId, [...lines], leads, { startYear: 2026, endYear: 2027 });
  const draftBudgetId = await makeBudgetThroughApi(api.url, projectId, [...lines], leads, { startYear: 2026, endYear: 2027, draft: true });
  const lineRows: Array<{ id: string; name: string; version: number }> = await ds.query(`SELECT id, name, version FROM budget_line WHERE budget_id = $1`, [
    budgetId,
  ]);
  const line = (name: string) => lineRows.find((l) => l.name === name) as { id: string; version: number };

  const participant = await makeParticipant(ds, projectId, { caseworkerId: userIds.CASEWORKER, colour: "ORANGE" });
  const pool = await ds.manager.save(ds.manager.create(CompetencePool, { projectId, name: "Kompetencepulje", amountOre: 5_000_000n, description: "" }));

  const [posting, change, intervention, goal, milestone, activity] = await Promise.all([
    run<{ addPosting: { id: string } }>(
      "LEADER",
      `mutation($input: AddPostingInput!) { addPosting(input: $input) { id } }`,
      ARGS.addPosting!({ expenseLineId: line("Løn").id } as World, "LEADER", -1),
    ),
    run<{ adjustBudget: { id: string } }>("LEADER", `mutation($input: AdjustBudgetInput!) { adjustBudget(input: $input) { id } }`, {
      input: {
        budgetId,
        kind: "MOVE",
        year: 2026,
        amount: "1000.00",
        fromLineId: line("Løn").id,
        toLineId: line("Kurser").id,
        reason: "Flere kurser",
        expectedLineVersions: [
          { lineId: line("Løn").id, version: line("Løn").version },
          { lineId: line("Kurser").id, version: line("Kurser").version },
        ],
      },
    }),
    run<{ addIntervention: { id: string } }>(
      "TOVHOLDER",
      `mutation($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`,
      ARGS.addIntervention!({ projectId } as World, "TOVHOLDER", 0),
    ),
    run<{ createGoal: { id: string } }>(
      "LEADER",
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
      ARGS.createGoal!({ projectId } as World, "LEADER", 0),
    ),
    run<{ createMilestone: { id: string } }>(
      "LEADER",
      `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      ARGS.createMilestone!({ projectId } as World, "LEADER", 0),
    ),
    run<{ addCompetenceActivity: { id: string } }>(
      "LEADER",
      `mutation($input: AddCompetenceActivityInput!) { addCompetenceActivity(input: $input) { id } }`,
      ARGS.addCompetenceActivity!({ poolId: pool.id } as World, "LEADER", 0),
    ),
  ]);
  await run("LEADER", `mutation($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`, { input: { projectId, ...FLOW_PLAN } });
  await run("TOVHOLDER", `mutation($projectId: ID!) { generateTeamMeetings(projectId: $projectId) }`, { projectId });
  const meetings = (
    await run<{ project: { teamMeetings: Array<{ id: string }> } }>("TOVHOLDER", `query($id: ID!) { project(id: $id) { teamMeetings { id } } }`, {
      id: projectId,
    })
  ).project.teamMeetings;
  const [conversation, plan, teamMember, pack] = await Promise.all([
    run<{ scheduleConversation: { id: string } }>("TOVHOLDER", `mutation($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id } }`, {
      input: { participantId: participant.id, date: "2026-02-05" },
    }),
    run<{ addPlanItem: Array<{ id: string }> }>(
      "TOVHOLDER",
      `mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { id } }`,
      ARGS.addPlanItem!({ participantId: participant.id, interventionId: intervention.addIntervention.id } as World, "TOVHOLDER", 0),
    ),
    run<{ addTeamMember: { id: string } }>(
      "TOVHOLDER",
      `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
      ARGS.addTeamMember!({ projectId } as World, "TOVHOLDER", 0),
    ),
    run<{ closeMeetingPack: { id: string } }>("TOVHOLDER", `mutation($input: CloseMeetingPackInput!) { closeMeetingPack(input: $input) { id } }`, {
      input: { projectId, meetingDate: "2026-04-01", comments: "Godt i gang" },
    }),
  ]);
  const planItemId = plan.addPlanItem[0]?.id as string;
  const alert = await run<{ reportNonCompliance: { id: string } }>(
    "TOVHOLDER",
    `mutation($input: ReportNonComplianceInput!) { reportNonCompliance(input: $input) { id } }`,
    ARGS.reportNonCompliance!({ planItemId } as World, "TOVHOLDER", 0),
  );

  // Each subject's own personal access token and import job (both are only their owner's).
  const tokenIds = {} as Record<Subject, string>;
  const importJobIds = {} as Record<Subject, string>;
  const exportJobIds = {} as Record<Subject, string>;
  await Promise.all(
    SUBJECTS.map(async (s) => {
      const created = await run<{ createAccessToken: { accessToken: { id: string } } }>(
        s,
        `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { accessToken { id } } }`,
        ARGS.createAccessToken!({} as World, s, 0),
      );
      tokenIds[s] = created.createAccessToken.accessToken.id;
      const jobs: Array<{ id: string }> = await ds.query(
        `INSERT INTO job (kind, project_id, created_by, status, finished_at) VALUES ('IMPORT_BUDGET', $1, $2, 'DONE', now()) RETURNING id`,
        [projectId, userIds[s]],
      );
      importJobIds[s] = jobs[0]?.id as string;
      const exports: Array<{ id: string }> = await ds.query(
        `INSERT INTO job (kind, project_id, created_by, status, finished_at) VALUES ('EXPORT_DASHBOARD', $1, $2, 'DONE', now()) RETURNING id`,
        [projectId, userIds[s]],
      );
      exportJobIds[s] = exports[0]?.id as string;
    }),
  );

  return {
    projectId,
    userIds,
    victims,
    spareUserId: spare.id,
    budgetId,
    draftBudgetId,
    incomeLineId: line("Tilskud").id,
    expenseLineId: line("Løn").id,
    otherExpenseLineId: line("Kurser").id,
    postingId: posting.addPosting.id,
    changeId: change.adjustBudget.id,
    participantId: participant.id,
    interventionId: intervention.addIntervention.id,
    conversationId: conversation.scheduleConversation.id,
    planItemId,
    alertId: alert.reportNonCompliance.id,
    goalId: goal.createGoal.id,
    milestoneId: milestone.createMilestone.id,
    meetingId: meetings[0]?.id as string,
    otherMeetingId: meetings[1]?.id as string,
    teamMemberId: teamMember.addTeamMember.id,
    poolId: pool.id,
    activityId: activity.addCompetenceActivity.id,
    packId: pack.closeMeetingPack.id,
    tokenIds,
    importJobIds,
    exportJobIds,
  };
}

beforeAll(async () => {
  api = await startTestApi({ seed: false, fairShareCostPerMinute: 1_000_000, pool: { poolSize: 1, acquireTimeoutMs: 5_000 } });
  sdl = buildSchema(readFileSync(new URL("../../apps/api/schema.graphql", import.meta.url), "utf8"));
  live = await createSchema();
  world = await buildWorld();
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe("the role × operation matrix, derived from the permission table", () => {
  it("declares a permission (or PUBLIC) for every query and mutation of the schema", () => {
    const undeclared = operations()
      .filter((op) => op.permission === null)
      .map((op) => `${op.kind}.${op.name}`);
    expect(undeclared, "operations without @Allow(permission) or @Public()").toEqual([]);
  });

  it("has valid arguments for every operation", () => {
    expect(
      operations()
        .filter((op) => !ARGS[op.name])
        .map((op) => op.name),
    ).toEqual([]);
  });

  it("answers every role exactly as the table says", async () => {
    const ops = operations().filter((op) => op.permission !== null && ARGS[op.name]);
    // One world, one operation at a time (see the top); logout last, since it ends the subject's session.
    const results: Array<{ op: Operation; subject: Subject; outcome: Outcome }> = [];
    for (const [i, subject] of SUBJECTS.entries()) {
      for (const op of [...ops.filter((o) => o.name !== "logout"), ...ops.filter((o) => o.name === "logout")]) {
        const res = await gql<unknown, Record<string, unknown>>(api.url, op.document, ARGS[op.name]!(world, subject, i), { token: tokens[subject] });
        results.push({ op, subject, outcome: outcomeOf(res) });
      }
    }
    const mismatches = results
      .filter(({ op, subject, outcome }) => outcome !== (expectedAllowed(op, subject) ? "allowed" : "refused"))
      .map(
        ({ op, subject, outcome }) =>
          `${op.name} (${op.permission}) as ${subject}: expected ${expectedAllowed(op, subject) ? "allowed" : "refused"}, got ${outcome}`,
      );
    expect(mismatches).toEqual([]);
    // The matrix is not vacuous: every subject is refused something and allowed something.
    for (const subject of SUBJECTS) {
      const mine = results.filter((r) => r.subject === subject);
      expect(mine.some((r) => r.outcome === "allowed")).toBe(true);
      expect(mine.some((r) => r.outcome === "refused")).toBe(true);
    }
  }, 120_000);
});
