// A project's life over GraphQL, from a new installation's first administrator to a closed project.
import { createUserWithOneTimePassword } from "@overblik/db";
import {
  AddProjectMemberDocument,
  ChangePasswordDocument,
  CreateAccessTokenDocument,
  CloseProjectDocument,
  CreateProjectDocument,
  CreateUserDocument,
  LoginDocument,
  MeDocument,
  MunicipalitiesDocument,
  ProjectSetupDocument,
  ProjectsDocument,
  RemoveProjectMemberDocument,
  ResetUserPasswordDocument,
  SetMunicipalityRulesDocument,
  SetUserActiveDocument,
  UpdateProjectDocument,
  UserListDocument,
  type CreateProjectInput,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";
import { loginPayload, PROJECT_BASICS } from "../support/people-and-projects.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

describe("a new installation, from the first administrator to a closed project", () => {
  it("runs through the whole life over GraphQL", async () => {
    const { oneTimePassword } = await api.dataSource.transaction((tx) =>
      createUserWithOneTimePassword(tx, { email: "anne@kommune.dk", name: "Anne Administrator", globalRoles: ["ADMIN"] }),
    );
    const first = await loginPayload(api.url, "anne@kommune.dk", oneTimePassword);
    expect(first.user.passwordChangeRequired).toBe(true);
    let admin = first.token;
    const otherSession = (await loginPayload(api.url, "anne@kommune.dk", oneTimePassword)).token;

    // Until the administrator has chosen a password, only me, changePassword and logout answer.
    const refused = await gql(api.url, ProjectsDocument, {}, { token: admin });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.extensions?.reason).toBe("PASSWORD_CHANGE_REQUIRED");
    expect(refused.errors?.[0]?.message).toBe("Vælg din egen adgangskode, før du fortsætter.");
    expect(codeOf(await gql(api.url, MunicipalitiesDocument, {}, { token: admin }))).toBe("FORBIDDEN");
    // An alias does not open another operation.
    expect(codeOf(await gql(api.url, `query { me: projects { totalCount } }`, {}, { token: admin }))).toBe("FORBIDDEN");
    expect(dataOf(await gql(api.url, MeDocument, {}, { token: admin })).me.passwordChangeRequired).toBe(true);
    // The file exports ask the same.
    const exported = await fetch(`${api.url}/export/budgets/00000000-0000-4000-8000-000000000000/follow-up.xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(exported.status).toBe(403);
    expect(await exported.text()).toBe("Vælg din egen adgangskode, før du fortsætter.");

    const short = await gql(api.url, ChangePasswordDocument, { input: { currentPassword: oneTimePassword, newPassword: "kort" } }, { token: admin });
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.message).toContain("mindst 12 tegn");
    const same = await gql(api.url, ChangePasswordDocument, { input: { currentPassword: oneTimePassword, newPassword: oneTimePassword } }, { token: admin });
    expect(same.errors?.[0]?.message).toBe("Den nye adgangskode skal være en anden end den nuværende.");
    const wrong = await gql(
      api.url,
      ChangePasswordDocument,
      { input: { currentPassword: "forkert-forkert", newPassword: "en-lang-ny-adgangskode" } },
      { token: admin },
    );
    expect(wrong.errors?.[0]?.message).toBe("Den nuværende adgangskode er forkert.");
    const changed = dataOf(
      await gql(api.url, ChangePasswordDocument, { input: { currentPassword: oneTimePassword, newPassword: "en-lang-ny-adgangskode" } }, { token: admin }),
    );
    expect(changed.changePassword.passwordChangeRequired).toBe(false);
    expect(dataOf(await gql(api.url, ProjectsDocument, {}, { token: admin })).projects.totalCount).toBe(0);
    // The other session of the same user ended with the change; the one-time password no longer works.
    expect(codeOf(await gql(api.url, MeDocument, {}, { token: otherSession }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(api.url, LoginDocument, { input: { email: "anne@kommune.dk", password: oneTimePassword } }))).toBe("UNAUTHENTICATED");
    admin = await login(api.url, "anne@kommune.dk", "en-lang-ny-adgangskode");

    // Users.
    const created = dataOf(
      await gql(
        api.url,
        CreateUserDocument,
        { input: { email: "Lise@Kommune.dk", name: "Lise Leder", globalRoles: [], municipalityCode: "183" } },
        { token: admin },
      ),
    ).createUser;
    expect(created.oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(created.user).toMatchObject({
      email: "lise@kommune.dk",
      active: true,
      passwordChangeRequired: true,
      globalRoles: [],
      municipality: { code: "183", name: "Ishøj" },
    });
    const tove = dataOf(
      await gql(api.url, CreateUserDocument, { input: { email: "tove@kommune.dk", name: "Tove Tovholder", globalRoles: [] } }, { token: admin }),
    ).createUser;
    const taken = await gql(api.url, CreateUserDocument, { input: { email: "lise@kommune.dk", name: "Lise Igen", globalRoles: [] } }, { token: admin });
    expect(taken.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const projectRole = await gql(api.url, CreateUserDocument, { input: { email: "x@kommune.dk", name: "X", globalRoles: ["LEADER"] } }, { token: admin });
    expect(projectRole.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknownKommune = await gql(
      api.url,
      CreateUserDocument,
      { input: { email: "y@kommune.dk", name: "Y Y", globalRoles: [], municipalityCode: "411" } },
      { token: admin },
    );
    expect(unknownKommune.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const found = dataOf(await gql(api.url, UserListDocument, { search: "lise" }, { token: admin })).userList;
    expect(found.totalCount).toBe(1);
    expect(found.items[0]?.email).toBe("lise@kommune.dk");

    // The project: validation at the door and in the service.
    const invalid: Array<[CreateProjectInput, string, string]> = [
      [{ ...PROJECT_BASICS, endDate: "2026-07-31" }, "BAD_USER_INPUT", "Slutdatoen skal ligge på eller efter startdatoen."],
      [{ ...PROJECT_BASICS, municipalityCodes: [] }, "BAD_USER_INPUT", "Vælg mindst én kommune."],
      [{ ...PROJECT_BASICS, municipalityCodes: ["183", "999"] }, "BAD_USER_INPUT", "Ukendt kommunekode: 999. Vælg kommunerne på listen."],
      [{ ...PROJECT_BASICS, code: "B-1" }, "BAD_USER_INPUT", "Koden skal være 2–10 tegn: bogstaverne A–Z og cifre, fx BFA."],
      [{ ...PROJECT_BASICS, coFinancingPercent: 101 }, "BAD_USER_INPUT", "Medfinansieringen skal være mellem 0 og 100 %."],
      [{ ...PROJECT_BASICS, approvalThreshold: "-1.00" }, "BAD_USER_INPUT", "Godkendelsestærsklen kan ikke være negativ."],
    ];
    for (const [input, code, message] of invalid) {
      const res = await gql(api.url, CreateProjectDocument, { input }, { token: admin });
      expect(res.errors?.[0]?.extensions?.code, message).toBe(code);
      expect(res.errors?.[0]?.message).toBe(message);
    }
    const project = dataOf(await gql(api.url, CreateProjectDocument, { input: PROJECT_BASICS }, { token: admin })).createProject;
    expect(project).toMatchObject({
      code: "BFA2",
      name: "Brug for alle 2",
      startDate: "2026-08-01",
      endDate: "2029-07-31",
      targetSize: 219,
      coFinancingPercent: 50,
      funding: "Puljen til flere i job, 50 % medfinansiering",
      approvalThreshold: "50000.00",
      priceLevelYear: 2026,
      municipalities: [
        { code: "183", name: "Ishøj" },
        { code: "187", name: "Vallensbæk" },
      ],
      closedAt: null,
      version: 1,
    });
    expect(project.myRoles.sort()).toEqual(["ADMIN", "LEADER"]);
    const duplicate = await gql(api.url, CreateProjectDocument, { input: { ...PROJECT_BASICS, code: "BFA2", name: "Et andet" } }, { token: admin });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(duplicate.errors?.[0]?.message).toBe("Koden BFA2 bruges allerede af et andet projekt. Vælg en anden kode.");

    // Edit: a stale version is refused; a change is written to the history with before and after.
    const stale = await gql(
      api.url,
      UpdateProjectDocument,
      { input: { ...PROJECT_BASICS, projectId: project.id, expectedVersion: 0, endDate: "2029-12-31" } },
      { token: admin },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const updated = dataOf(
      await gql(
        api.url,
        UpdateProjectDocument,
        {
          input: { ...PROJECT_BASICS, projectId: project.id, expectedVersion: 1, endDate: "2029-12-31", municipalityCodes: ["183"], coFinancingPercent: null },
        },
        { token: admin },
      ),
    ).updateProject;
    expect(updated).toMatchObject({
      version: 2,
      endDate: "2029-12-31",
      funding: "Puljen til flere i job",
      coFinancingPercent: null,
      municipalities: [{ code: "183" }],
    });
    const afterEdit = dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token: admin })).project;
    expect(afterEdit.history).toHaveLength(2);
    expect(afterEdit.history[0]?.changedBy).toBe("Anne Administrator");
    expect(afterEdit.history[0]?.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["municipalityCodes", "183, 187", "183"],
      ["endDate", "2029-07-31", "2029-12-31"],
      ["coFinancingPercent", "50", null],
    ]);
    const stored: Array<{ before: Record<string, unknown>; after: Record<string, unknown> }> = await api.dataSource.query(
      `SELECT before, after FROM project_history WHERE project_id = $1 ORDER BY changed_at DESC LIMIT 1`,
      [project.id],
    );
    expect(stored[0]).toEqual({
      before: { endDate: "2029-07-31", municipalityCodes: "183, 187", coFinancingPercent: 50 },
      after: { endDate: "2029-12-31", municipalityCodes: "183", coFinancingPercent: null },
    });

    // Members, with their history; a team member is also on the flow's team with competence and hours.
    const add = (userId: string, role: "STYREGRUPPE" | "TOVHOLDER" | "TEAM_MEMBER" | "LEADER", extra: object = {}) =>
      gql(api.url, AddProjectMemberDocument, { input: { projectId: project.id, userId, role, ...extra } }, { token: admin });
    expect(codeOf(await add(created.user.id, "STYREGRUPPE"))).toBe("OK");
    expect(codeOf(await add(tove.user.id, "TOVHOLDER"))).toBe("OK");
    const again = await add(tove.user.id, "TOVHOLDER");
    expect(again.errors?.[0]?.message).toBe("Tove Tovholder er allerede tovholder i projektet.");
    const noCompetence = await add(tove.user.id, "TEAM_MEMBER");
    expect(noCompetence.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const team = dataOf(await add(tove.user.id, "TEAM_MEMBER", { competence: "SOCIAL", title: "Socialrådgiver", hoursPerWeek: 7.5 })).addProjectMember;
    expect(team.memberships.find((m) => m.role === "TEAM_MEMBER")).toMatchObject({
      name: "Tove Tovholder",
      competence: "SOCIAL",
      title: "Socialrådgiver",
      hoursPerWeek: 7.5,
    });
    const teamRows: Array<{ name: string; competence: string; hours: string; user_id: string | null }> = await api.dataSource.query(
      `SELECT name, competence, hours_per_week::text AS hours, user_id FROM team_member WHERE project_id = $1`,
      [project.id],
    );
    expect(teamRows).toEqual([{ name: "Tove Tovholder", competence: "SOCIAL", hours: "7.5", user_id: tove.user.id }]);
    const removedTeam = dataOf(
      await gql(api.url, RemoveProjectMemberDocument, { input: { projectId: project.id, userId: tove.user.id, role: "TEAM_MEMBER" } }, { token: admin }),
    ).removeProjectMember;
    expect(removedTeam.memberships.map((m) => m.role).sort()).toEqual(["LEADER", "STYREGRUPPE", "TOVHOLDER"]);
    const unlinked: Array<{ user_id: string | null }> = await api.dataSource.query(`SELECT user_id FROM team_member WHERE project_id = $1`, [project.id]);
    expect(unlinked).toEqual([{ user_id: null }]);

    // The last leader stays.
    const adminId = dataOf(await gql(api.url, MeDocument, {}, { token: admin })).me.id;
    const lastLeader = await gql(api.url, RemoveProjectMemberDocument, { input: { projectId: project.id, userId: adminId, role: "LEADER" } }, { token: admin });
    expect(lastLeader.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(lastLeader.errors?.[0]?.message).toBe("Projektet skal have mindst én leder. Tilføj en ny leder, før du fjerner den sidste.");

    const setup = dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token: admin })).project;
    expect(setup.membershipHistory.map((h) => `${h.userName}:${h.role}:${h.action}:${h.changedBy}`)).toEqual([
      "Tove Tovholder:TEAM_MEMBER:REMOVED:Anne Administrator",
      "Tove Tovholder:TEAM_MEMBER:ADDED:Anne Administrator",
      "Tove Tovholder:TOVHOLDER:ADDED:Anne Administrator",
      "Lise Leder:STYREGRUPPE:ADDED:Anne Administrator",
      "Anne Administrator:LEADER:ADDED:Anne Administrator",
    ]);

    // Close: the closing pack is frozen and the project refuses changes afterwards.
    const current = dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token: admin })).project;
    const closed = dataOf(
      await gql(
        api.url,
        CloseProjectDocument,
        { input: { projectId: project.id, expectedVersion: current.version, comments: "Evalueret i december." } },
        { token: admin },
      ),
    ).closeProject;
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).not.toBeNull();
    const packs: Array<{ comments: string }> = await api.dataSource.query(`SELECT comments FROM closing_pack WHERE project_id = $1`, [project.id]);
    expect(packs).toHaveLength(1);
    expect(packs[0]?.comments).toBe("Evalueret i december.");
    const later = await gql(
      api.url,
      UpdateProjectDocument,
      { input: { ...PROJECT_BASICS, projectId: project.id, expectedVersion: closed.version, name: "Nyt navn" } },
      { token: admin },
    );
    expect(later.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(later.errors?.[0]?.message).toBe("Projektet er lukket og kan kun læses. Dets tal står i lukkepakken.");
    const addAfter = await add(created.user.id, "TOVHOLDER");
    expect(addAfter.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await expect(api.dataSource.query(`DELETE FROM closing_pack WHERE project_id = $1`, [project.id])).rejects.toThrow(/frozen/);
  });

  it("lets a removed role and a deactivated user go on the next request", async () => {
    const admin = await makeUser(api.dataSource, { globalRoles: ["ADMIN"] });
    const tovholder = await makeUser(api.dataSource, { name: "Tom Tovholder" });
    const project = await makeProject(api.dataSource);
    await addMember(api.dataSource, project.id, admin.id, "LEADER");
    await addMember(api.dataSource, project.id, tovholder.id, "TOVHOLDER");
    const adminToken = await login(api.url, admin.email, FIXTURE_PASSWORD);
    const token = await login(api.url, tovholder.email, FIXTURE_PASSWORD);
    expect(dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token })).project.myRoles).toEqual(["TOVHOLDER"]);
    dataOf(
      await gql(api.url, RemoveProjectMemberDocument, { input: { projectId: project.id, userId: tovholder.id, role: "TOVHOLDER" } }, { token: adminToken }),
    );
    expect(codeOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token }))).toBe("NOT_FOUND");

    const account = dataOf(await gql(api.url, UserListDocument, { search: tovholder.email }, { token: adminToken })).userList.items[0];
    expect(account?.version).toBe(1);
    const stale = await gql(api.url, SetUserActiveDocument, { input: { userId: tovholder.id, active: false, expectedVersion: 0 } }, { token: adminToken });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const off = dataOf(
      await gql(api.url, SetUserActiveDocument, { input: { userId: tovholder.id, active: false, expectedVersion: 1 } }, { token: adminToken }),
    );
    expect(off.setUserActive).toMatchObject({ active: false, version: 2 });
    expect(codeOf(await gql(api.url, MeDocument, {}, { token }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(api.url, LoginDocument, { input: { email: tovholder.email, password: FIXTURE_PASSWORD } }))).toBe("UNAUTHENTICATED");
    dataOf(await gql(api.url, SetUserActiveDocument, { input: { userId: tovholder.id, active: true, expectedVersion: 2 } }, { token: adminToken }));

    // A new one-time password replaces the old password and ends the user's sessions.
    const again = await login(api.url, tovholder.email, FIXTURE_PASSWORD);
    const pat = dataOf(await gql(api.url, CreateAccessTokenDocument, { input: { name: "Legeplads" } }, { token: again })).createAccessToken.token;
    expect(codeOf(await gql(api.url, MeDocument, {}, { token: pat }))).toBe("OK");
    const reset = dataOf(await gql(api.url, ResetUserPasswordDocument, { input: { userId: tovholder.id } }, { token: adminToken })).resetUserPassword;
    expect(reset.user.passwordChangeRequired).toBe(true);
    expect(codeOf(await gql(api.url, MeDocument, {}, { token: again }))).toBe("UNAUTHENTICATED");
    // …and the access tokens made with the old password.
    expect(codeOf(await gql(api.url, MeDocument, {}, { token: pat }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(api.url, LoginDocument, { input: { email: tovholder.email, password: FIXTURE_PASSWORD } }))).toBe("UNAUTHENTICATED");
    expect((await loginPayload(api.url, tovholder.email, reset.oneTimePassword)).user.passwordChangeRequired).toBe(true);
  });

  it("lets a leader create projects only where the municipality allows it, and find users (id, name, e-mail) to add", async () => {
    const admin = await makeUser(api.dataSource, { globalRoles: ["ADMIN"] });
    const leader = await makeUser(api.dataSource, { name: "Lone Leder" });
    const caseworker = await makeUser(api.dataSource);
    await api.dataSource.query(`UPDATE app_user SET municipality_code = '187' WHERE id = $1`, [leader.id]);
    const existing = await makeProject(api.dataSource);
    await addMember(api.dataSource, existing.id, leader.id, "LEADER");
    await addMember(api.dataSource, existing.id, caseworker.id, "CASEWORKER");
    const adminToken = await login(api.url, admin.email, FIXTURE_PASSWORD);
    const token = await login(api.url, leader.email, FIXTURE_PASSWORD);
    const input = { ...PROJECT_BASICS, code: "VAL1", municipalityCodes: ["187"] };
    expect(dataOf(await gql(api.url, MeDocument, {}, { token })).me.mayCreateProjects).toBe(false);
    expect(codeOf(await gql(api.url, CreateProjectDocument, { input }, { token }))).toBe("FORBIDDEN");
    const rule = dataOf(await gql(api.url, SetMunicipalityRulesDocument, { input: { code: "187", leadersMayCreateProjects: true } }, { token: adminToken }));
    expect(rule.setMunicipalityRules).toEqual({ code: "187", name: "Vallensbæk", leadersMayCreateProjects: true });
    expect(dataOf(await gql(api.url, MeDocument, {}, { token })).me.mayCreateProjects).toBe(true);
    const own = dataOf(await gql(api.url, CreateProjectDocument, { input }, { token })).createProject;
    expect(own.myRoles).toEqual(["LEADER"]);
    dataOf(await gql(api.url, SetMunicipalityRulesDocument, { input: { code: "187", leadersMayCreateProjects: false } }, { token: adminToken }));

    const directory = dataOf(await gql(api.url, UserListDocument, { search: "Test Bruger" }, { token })).userList;
    expect(directory.items.length).toBeGreaterThan(0);
    expect(directory.items.every((u) => u.active === null && u.globalRoles === null && u.version === null)).toBe(true);
    const caseworkerToken = await login(api.url, caseworker.email, FIXTURE_PASSWORD);
    expect(codeOf(await gql(api.url, UserListDocument, {}, { token: caseworkerToken }))).toBe("FORBIDDEN");
  });
});

describe("a project from before the pool had its own field", () => {
  it("reads its funding text as the pool, so an edit keeps the funding", async () => {
    const admin = await makeUser(api.dataSource, { globalRoles: ["ADMIN"] });
    const project = await makeProject(api.dataSource, { code: "OLD1" });
    await api.dataSource.query(`UPDATE project SET funding = 'Puljemidler til udsatte kontanthjælpsmodtagere' WHERE id = $1`, [project.id]);
    const token = await login(api.url, admin.email, FIXTURE_PASSWORD);
    const before = dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token })).project;
    expect(before.poolName).toBe("Puljemidler til udsatte kontanthjælpsmodtagere");
    const input = {
      ...PROJECT_BASICS,
      projectId: project.id,
      expectedVersion: before.version,
      code: "OLD1",
      name: "Nyt navn",
      poolName: before.poolName,
      coFinancingPercent: null,
    };
    const after = dataOf(await gql(api.url, UpdateProjectDocument, { input }, { token })).updateProject;
    expect(after.funding).toBe("Puljemidler til udsatte kontanthjælpsmodtagere");
    const history = dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token })).project.history;
    expect(history[0]?.changes.map((c) => c.field)).not.toContain("poolName");
  });
});
