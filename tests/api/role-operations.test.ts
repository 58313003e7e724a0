// Who may run which operation, derived from packages/domain's permission table.
import { isGlobalRole, rolesAllow, type GlobalRole, type Permission, type Role } from "@overblik/domain";
import {
  AddProjectMemberDocument,
  CloseProjectDocument,
  CreateProjectDocument,
  CreateUserDocument,
  RemoveProjectMemberDocument,
  ResetUserPasswordDocument,
  SetMunicipalityRulesDocument,
  SetUserActiveDocument,
  UpdateProjectDocument,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, login, startTestApi, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";
import { PROJECT_BASICS } from "../support/people-and-projects.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

type Op = {
  name: string;
  permission: Permission;
  run: (token: string, projectId: string, version: number, userId: string) => Promise<GraphQLResponse<unknown>>;
};

describe("role × operation (derived from packages/domain's permission table)", () => {
  const PROJECT_OPS: Op[] = [
    {
      name: "updateProject",
      permission: "project.edit",
      run: (token, projectId, version) =>
        gql(
          api.url,
          UpdateProjectDocument,
          {
            input: {
              ...PROJECT_BASICS,
              code: `U${projectId
                .slice(0, 6)
                .toUpperCase()
                .replace(/[^A-Z0-9]/g, "X")}`,
              projectId,
              expectedVersion: version,
            },
          },
          { token },
        ),
    },
    {
      name: "closeProject",
      permission: "project.close",
      run: (token, projectId, version) => gql(api.url, CloseProjectDocument, { input: { projectId, expectedVersion: version, comments: "" } }, { token }),
    },
    {
      name: "addProjectMember",
      permission: "project.members",
      run: (token, projectId, _v, userId) => gql(api.url, AddProjectMemberDocument, { input: { projectId, userId, role: "CASEWORKER" } }, { token }),
    },
    {
      name: "removeProjectMember",
      permission: "project.members",
      run: (token, projectId, _v, userId) => gql(api.url, RemoveProjectMemberDocument, { input: { projectId, userId, role: "STYREGRUPPE" } }, { token }),
    },
  ];
  const ROLES: Array<Role | "NONE"> = ["STYREGRUPPE", "LEADER", "TOVHOLDER", "CASEWORKER", "TEAM_MEMBER", "ADMIN", "DEVELOPER", "NONE"];
  const isGlobal = (r: Role | "NONE"): r is GlobalRole => isGlobalRole(r);

  it("answers each project operation as the table says", async () => {
    const results: string[] = [];
    const expected: string[] = [];
    for (const op of PROJECT_OPS) {
      for (const role of ROLES) {
        const project = await makeProject(api.dataSource);
        const leader = await makeUser(api.dataSource);
        const target = await makeUser(api.dataSource);
        await addMember(api.dataSource, project.id, leader.id, "LEADER");
        await addMember(api.dataSource, project.id, target.id, "STYREGRUPPE");
        const actor = await makeUser(api.dataSource, { globalRoles: isGlobal(role) ? [role] : [] });
        if (role !== "NONE" && !isGlobal(role)) await addMember(api.dataSource, project.id, actor.id, role);
        const token = await login(api.url, actor.email, FIXTURE_PASSWORD);
        const roles: Role[] = role === "NONE" ? [] : [role];
        const inProject = role !== "NONE" && role !== "DEVELOPER";
        const versioned = op.name === "updateProject" || op.name === "closeProject";
        const allowed = rolesAllow(roles, op.permission);
        if (allowed && versioned) {
          results.push(`${op.name}/${role}/stale:${codeOf(await op.run(token, project.id, project.version - 1, target.id))}`);
          expected.push(`${op.name}/${role}/stale:CONFLICT`);
        }
        results.push(`${op.name}/${role}:${codeOf(await op.run(token, project.id, project.version, target.id))}`);
        expected.push(`${op.name}/${role}:${allowed ? "OK" : inProject ? "FORBIDDEN" : "NOT_FOUND"}`);
      }
    }
    expect(results).toEqual(expected);
  });

  it("answers each operation outside a project as the table says (global roles only)", async () => {
    const target = await makeUser(api.dataSource);
    const project = await makeProject(api.dataSource);
    const GLOBAL_OPS: Array<{ name: string; permission: Permission; run: (token: string, n: number) => Promise<GraphQLResponse<unknown>> }> = [
      {
        name: "createProject",
        permission: "project.create",
        run: (token, n) => gql(api.url, CreateProjectDocument, { input: { ...PROJECT_BASICS, code: `M${n}` } }, { token }),
      },
      {
        name: "createUser",
        permission: "user.manage",
        run: (token, n) => gql(api.url, CreateUserDocument, { input: { email: `ny-${n}@test.dk`, name: "Ny Bruger", globalRoles: [] } }, { token }),
      },
      {
        name: "resetUserPassword",
        permission: "user.manage",
        run: (token) => gql(api.url, ResetUserPasswordDocument, { input: { userId: target.id } }, { token }),
      },
      {
        name: "setUserActive",
        permission: "user.manage",
        run: async (token) => {
          const version = (await api.dataSource.query<Array<{ version: number }>>(`SELECT version FROM app_user WHERE id = $1`, [target.id]))[0]!.version;
          return gql(api.url, SetUserActiveDocument, { input: { userId: target.id, active: true, expectedVersion: version } }, { token });
        },
      },
      {
        name: "setMunicipalityRules",
        permission: "user.manage",
        run: (token) => gql(api.url, SetMunicipalityRulesDocument, { input: { code: "101", leadersMayCreateProjects: false } }, { token }),
      },
    ];
    const results: string[] = [];
    const expected: string[] = [];
    let n = 0;
    for (const role of ROLES) {
      const actor = await makeUser(api.dataSource, { globalRoles: isGlobal(role) ? [role] : [] });
      if (role !== "NONE" && !isGlobal(role)) await addMember(api.dataSource, project.id, actor.id, role);
      const token = await login(api.url, actor.email, FIXTURE_PASSWORD);
      const globalRoles: Role[] = isGlobal(role) ? [role] : [];
      for (const op of GLOBAL_OPS) {
        n++;
        results.push(`${op.name}/${role}:${codeOf(await op.run(token, n))}`);
        // A leader may create projects only where the municipality allows it; no municipality allows it here.
        expected.push(`${op.name}/${role}:${rolesAllow(globalRoles, op.permission) ? "OK" : "FORBIDDEN"}`);
      }
    }
    expect(results).toEqual(expected);
  });
});
