// The world of the user-administration tests (tests/api/user-admin.test.ts, user-admin-municipality.test.ts): its own
// API on an empty database with one administrator, and the queries both use.
import { SetUserGlobalRolesDocument, UserAuditTrailDocument, type CreateProjectInput, type Role } from "@overblik/graphql-client";
import type { AppUser } from "@overblik/db";
import { dataOf, gql, login, startTestApi, type GraphQLResponse, type TestApi } from "./api.js";
import { FIXTURE_PASSWORD, makeUser } from "./fixtures.js";

export const messageOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.message ?? "";

export const projectInput = (code: string, municipalityCodes: string[]): CreateProjectInput => ({
  name: `Projekt ${code}`,
  code,
  municipalityCodes,
  startDate: "2026-08-01",
  endDate: "2028-07-31",
  description: "",
  targetSize: 50,
  matchGroup: "",
  eligibility: "",
  poolName: "",
});

export async function startUserAdminWorld() {
  const api: TestApi = await startTestApi({ seed: false });
  const admin: AppUser = await makeUser(api.dataSource, { name: "Anna Administrator", globalRoles: ["ADMIN"] });
  const adminToken = await login(api.url, admin.email, FIXTURE_PASSWORD);
  /** The user's version as stored. */
  const versionOf = async (userId: string): Promise<number> => {
    const rows: Array<{ version: number }> = await api.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [userId]);
    return rows[0]!.version;
  };
  const setRoles = (token: string, userId: string, globalRoles: Role[], expectedVersion: number) =>
    gql(api.url, SetUserGlobalRolesDocument, { input: { userId, globalRoles, expectedVersion } }, { token });
  const trail = async (userId: string, token = adminToken) =>
    dataOf(await gql(api.url, UserAuditTrailDocument, { userId, first: 100 }, { token })).userAuditTrail;
  return { api, admin, adminToken, versionOf, setRoles, trail };
}

export type UserAdminWorld = Awaited<ReturnType<typeof startUserAdminWorld>>;
