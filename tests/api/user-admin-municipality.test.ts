import {
  AddProjectMemberDocument,
  CreateProjectDocument,
  CreateUserDocument,
  ProjectSetupDocument,
  ProjectsDocument,
  ResetUserPasswordDocument,
  SetMunicipalityRulesDocument,
  SetUserActiveDocument,
  SetUserMunicipalityDocument,
  UserAuditTrailDocument,
  UserListDocument,
} from "@overblik/graphql-client";
import type { AppUser } from "@overblik/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";
import { messageOf, projectInput, startUserAdminWorld, type UserAdminWorld } from "../support/user-admin-world.js";

/** What a kommuneadministrator may do, within their own municipality (tests/support/user-admin-world.ts). */
let api: TestApi;
let versionOf: UserAdminWorld["versionOf"];
let setRoles: UserAdminWorld["setRoles"];
beforeAll(async () => {
  ({ api, versionOf, setRoles } = await startUserAdminWorld());
});
afterAll(() => api?.close());

describe("a kommuneadministrator", () => {
  let ishojAdmin: AppUser;
  let token: string;
  let ishojUser: AppUser;
  let kbhUser: AppUser;
  let ishojProjectId: string;
  let kbhProjectId: string;

  beforeAll(async () => {
    [ishojAdmin, ishojUser, kbhUser] = await Promise.all([
      makeUser(api.dataSource, { name: "Ida Ishøj-admin", globalRoles: ["MUNICIPALITY_ADMIN"], municipalityCode: "183" }),
      makeUser(api.dataSource, { name: "Ib Ishøj", municipalityCode: "183" }),
      makeUser(api.dataSource, { name: "Kim København", municipalityCode: "101" }),
    ]);
    const [ishojProject, kbhProject] = await Promise.all([
      makeProject(api.dataSource, { name: "Ishøj og Vallensbæk", municipalityCodes: ["183", "187"] }),
      makeProject(api.dataSource, { name: "Kun København", municipalityCodes: ["101"] }),
    ]);
    ishojProjectId = ishojProject.id;
    kbhProjectId = kbhProject.id;
    await addMember(api.dataSource, kbhProjectId, kbhUser.id, "LEADER");
    token = await login(api.url, ishojAdmin.email, FIXTURE_PASSWORD);
  });

  it("manages the users of their own municipality and finds no others", async () => {
    const listed = dataOf(await gql(api.url, UserListDocument, { take: 100 }, { token })).userList.items;
    // Hanne Historik (above) was moved from Ishøj to Vallensbæk: not listed either.
    expect(listed.map((u) => u.name).sort()).toEqual(["Ib Ishøj", "Ida Ishøj-admin"]);
    expect(listed.every((u) => u.municipality?.code === "183")).toBe(true);

    const [otherReset, ownReset] = await Promise.all([
      gql(api.url, ResetUserPasswordDocument, { input: { userId: kbhUser.id } }, { token }),
      gql(api.url, ResetUserPasswordDocument, { input: { userId: ishojUser.id } }, { token }),
    ]);
    expect(codeOf(otherReset)).toBe("NOT_FOUND");
    expect(dataOf(ownReset).resetUserPassword.user.passwordChangeRequired).toBe(true);
    expect(
      codeOf(
        await gql(api.url, SetUserActiveDocument, { input: { userId: kbhUser.id, active: false, expectedVersion: await versionOf(kbhUser.id) } }, { token }),
      ),
    ).toBe("NOT_FOUND");
    // A global administrator in the same municipality is out of reach too.
    const globalInIshoj = await makeUser(api.dataSource, { globalRoles: ["ADMIN"], municipalityCode: "183" });
    expect(codeOf(await setRoles(token, globalInIshoj.id, [], await versionOf(globalInIshoj.id)))).toBe("FORBIDDEN");

    // New users land in their municipality; another municipality or the administrator role is refused.
    const created = dataOf(
      await gql(api.url, CreateUserDocument, { input: { email: "ny-i-ishoj@test.dk", name: "Nina Ny", globalRoles: [] } }, { token }),
    ).createUser;
    expect(created.user.municipality?.code).toBe("183");
    const elsewhere = await gql(
      api.url,
      CreateUserDocument,
      { input: { email: "ny-i-kbh@test.dk", name: "Nils Ny", globalRoles: [], municipalityCode: "101" } },
      { token },
    );
    expect(codeOf(elsewhere)).toBe("FORBIDDEN");
    expect(codeOf(await gql(api.url, CreateUserDocument, { input: { email: "ny-admin@test.dk", name: "Ane Ny", globalRoles: ["ADMIN"] } }, { token }))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await setRoles(token, ishojUser.id, ["ADMIN"], await versionOf(ishojUser.id)))).toBe("FORBIDDEN");
    expect(dataOf(await setRoles(token, ishojUser.id, ["MUNICIPALITY_ADMIN"], await versionOf(ishojUser.id))).setUserGlobalRoles.globalRoles).toEqual([
      "MUNICIPALITY_ADMIN",
    ]);
    const move = await gql(
      api.url,
      SetUserMunicipalityDocument,
      { input: { userId: created.user.id, municipalityCode: "101", expectedVersion: await versionOf(created.user.id) } },
      { token },
    );
    expect(codeOf(move)).toBe("FORBIDDEN");
    expect(codeOf(await gql(api.url, SetMunicipalityRulesDocument, { input: { code: "101", leadersMayCreateProjects: true } }, { token }))).toBe("FORBIDDEN");
    expect(
      dataOf(await gql(api.url, SetMunicipalityRulesDocument, { input: { code: "183", leadersMayCreateProjects: true } }, { token })).setMunicipalityRules.code,
    ).toBe("183");

    // The audit trail: their municipality's users only.
    const all = dataOf(await gql(api.url, UserAuditTrailDocument, { first: 100 }, { token })).userAuditTrail.items;
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((e) => e.userId)).has(kbhUser.id)).toBe(false);
    expect(all.every((e) => [ishojUser.id, created.user.id].includes(e.userId))).toBe(true);
  });

  it("manages the projects that include their municipality and finds no others", async () => {
    const projects = dataOf(await gql(api.url, ProjectsDocument, { take: 100 }, { token })).projects.items;
    expect(projects.map((p) => p.id)).toContain(ishojProjectId);
    expect(projects.map((p) => p.id)).not.toContain(kbhProjectId);
    expect(codeOf(await gql(api.url, ProjectSetupDocument, { id: kbhProjectId }, { token }))).toBe("NOT_FOUND");
    expect(dataOf(await gql(api.url, ProjectSetupDocument, { id: ishojProjectId }, { token })).project?.name).toBe("Ishøj og Vallensbæk");

    const [other, own] = await Promise.all([
      gql(api.url, AddProjectMemberDocument, { input: { projectId: kbhProjectId, userId: ishojUser.id, role: "CASEWORKER" } }, { token }),
      gql(api.url, AddProjectMemberDocument, { input: { projectId: ishojProjectId, userId: ishojUser.id, role: "CASEWORKER" } }, { token }),
    ]);
    expect(codeOf(other)).toBe("NOT_FOUND");
    expect(dataOf(own).addProjectMember.memberships.map((m) => m.name)).toContain("Ib Ishøj");

    const outside = await gql(api.url, CreateProjectDocument, { input: projectInput("UDE", ["101"]) }, { token });
    expect(codeOf(outside)).toBe("BAD_USER_INPUT");
    expect(messageOf(outside)).toBe("Som kommuneadministrator skal projektet have din egen kommune med blandt sine kommuner.");
    const inside = dataOf(await gql(api.url, CreateProjectDocument, { input: projectInput("INDE", ["187", "183"]) }, { token })).createProject;
    expect(inside.code).toBe("INDE");
  });
});
