// Builders for the API tests of access, authentication, budgets and the flow (issue #18, item 6): each test file
// builds on an empty database exactly the people, projects and budgets it asserts on.
import type { GlobalRole, ProjectRole } from "@overblik/domain";
import type { AppUser } from "@overblik/db";
import { login, type TestApi } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeUser } from "./fixtures.js";

export interface FixtureUser {
  user: AppUser;
  email: string;
  token: string;
}

/** A user (with global roles and project roles if given), logged in through the API. */
export async function makeLoggedInUser(
  api: TestApi,
  options: { name?: string; email?: string; globalRoles?: GlobalRole[]; roles?: Array<[projectId: string, role: ProjectRole]> } = {},
): Promise<FixtureUser> {
  const user = await makeUser(api.dataSource, { name: options.name, email: options.email, globalRoles: options.globalRoles });
  for (const [projectId, role] of options.roles ?? []) await addMember(api.dataSource, projectId, user.id, role);
  return { user, email: user.email, token: await login(api.url, user.email, FIXTURE_PASSWORD) };
}
