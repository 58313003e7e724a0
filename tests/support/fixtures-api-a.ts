// Builders for the API tests of access, authentication, budgets and the flow (issue #18, item 6): each test file
// builds on an empty database exactly the people, projects and budgets it asserts on.
import type { GlobalRole, ProjectRole } from "@overblik/domain";
import { AppUser, hashPassword } from "@overblik/db";
import { randomBytes } from "node:crypto";
import { dataOf, gql, login, type TestApi } from "./api.js";
import { addMember, FIXTURE_PASSWORD } from "./fixtures.js";

export interface FixtureUser {
  user: AppUser;
  email: string;
  token: string;
}

// argon2 is slow on purpose: one hash of the fixture password serves every user a file makes (logging in still
// verifies it through the API).
let fixtureHash: Promise<string> | undefined;

/** A user (with global roles and project roles if given), logged in through the API. */
export async function makeLoggedInUser(
  api: TestApi,
  options: { name?: string; email?: string; globalRoles?: GlobalRole[]; roles?: Array<[projectId: string, role: ProjectRole]> } = {},
): Promise<FixtureUser> {
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const user = await api.dataSource.manager.save(
    api.dataSource.manager.create(AppUser, {
      email: options.email ?? `bruger-${randomBytes(4).toString("hex")}@test.dk`,
      name: options.name ?? "Test Bruger",
      passwordHash: await fixtureHash,
      globalRoles: options.globalRoles ?? [],
      municipalityCode: null,
      active: true,
      passwordChangeRequired: false,
    }),
  );
  for (const [projectId, role] of options.roles ?? []) await addMember(api.dataSource, projectId, user.id, role);
  return { user, email: user.email, token: await login(api.url, user.email, FIXTURE_PASSWORD) };
}

/** An intervention in the project's catalogue, added through the API (flow.coordinate: the tovholder). */
export async function addIntervention(
  api: TestApi,
  token: string,
  projectId: string,
  intervention: { name: string; area: "EMPLOYMENT" | "SOCIAL" | "HEALTH"; unit?: string; supplier?: string; budgetLineId?: string },
): Promise<{ id: string; version: number }> {
  const { name, area, unit = "timer", supplier = "Leverandør", budgetLineId } = intervention;
  return dataOf(
    await gql<{ addIntervention: { id: string; version: number } }, object>(
      api.url,
      `mutation I($input: AddInterventionInput!) { addIntervention(input: $input) { id version } }`,
      { input: { projectId, name, area, supplier, unit, profiles: [], budgetLineId } },
      { token },
    ),
  ).addIntervention;
}

/**
 * An initial conversation scheduled and recorded as held on `date`, through the API. The overview shows a past
 * date's conversations only if they were created by then: `backdate` sets the row's creation to its date (there is
 * no API for the past), for the tests that look at the project as it stood on a day.
 */
export async function holdConversation(api: TestApi, token: string, participantId: string, date: string, options: { backdate?: boolean } = {}): Promise<string> {
  const scheduled = dataOf(
    await gql<{ scheduleConversation: { id: string; version: number } }, object>(
      api.url,
      `mutation S($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id version } }`,
      { input: { participantId, date } },
      { token },
    ),
  ).scheduleConversation;
  dataOf(
    await gql(
      api.url,
      `mutation R($input: RecordConversationInput!) { recordConversation(input: $input) { id } }`,
      { input: { conversationId: scheduled.id, date, expectedVersion: scheduled.version, outcome: "HELD" } },
      { token },
    ),
  );
  if (options.backdate) await api.dataSource.query(`UPDATE conversation SET created_at = $2::date WHERE id = $1`, [scheduled.id, date]);
  return scheduled.id;
}
