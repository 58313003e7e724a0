// Builders for the API tests of access, authentication, budgets and the flow (issue #18, item 6): each test file
// builds on an empty database exactly the people, projects and budgets it asserts on.
import type { GlobalRole, ProjectRole } from "@overblik/domain";
import { AppUser, hashPassword } from "@overblik/db";
import { randomBytes } from "node:crypto";
import { login, type TestApi } from "./api.js";
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
