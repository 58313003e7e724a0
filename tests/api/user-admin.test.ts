import {
  AddProjectMemberDocument,
  ChangePasswordDocument,
  CreateAccessTokenDocument,
  CreateProjectDocument,
  CreateUserDocument,
  MeDocument,
  RemoveProjectMemberDocument,
  ResetUserPasswordDocument,
  SetUserActiveDocument,
  SetUserGlobalRolesDocument,
  SetUserMunicipalityDocument,
  UserAuditTrailDocument,
} from "@overblik/graphql-client";
import type { AppUser } from "@overblik/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, type TestApi } from "../support/api.js";
import { firstAdminByCommand } from "../support/first-admin.js";
import { FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";
import { messageOf, projectInput, startUserAdminWorld, type UserAdminWorld } from "../support/user-admin-world.js";

/** Global roles, deactivation, passwords, the audit trail and the last administrator (tests/support/user-admin-world.ts). */
let api: TestApi;
let admin: AppUser;
let adminToken: string;
let versionOf: UserAdminWorld["versionOf"];
let setRoles: UserAdminWorld["setRoles"];
let trail: UserAdminWorld["trail"];
beforeAll(async () => {
  ({ api, admin, adminToken, versionOf, setRoles, trail } = await startUserAdminWorld());
});
afterAll(() => api?.close());

describe("global roles and municipality", () => {
  it("change together in one versioned change: a kommuneadministrator with its municipality, or nothing", async () => {
    const user = await makeUser(api.dataSource, { name: "Kamma Kommune" });
    const v1 = await versionOf(user.id);
    const send = (municipalityCode: string | null, expectedVersion: number) =>
      gql(
        api.url,
        SetUserGlobalRolesDocument,
        { input: { userId: user.id, globalRoles: ["MUNICIPALITY_ADMIN"], municipalityCode, expectedVersion } },
        { token: adminToken },
      );
    // An unknown municipality refuses the whole change: the roles are not saved either.
    expect(messageOf(await send("999", v1))).toBe("Kommunekoden 999 findes ikke. Vælg en kommune på listen.");
    const [unchanged] = await api.dataSource.query<Array<{ global_roles: string[]; municipality_code: string | null; version: number }>>(
      `SELECT global_roles, municipality_code, version FROM app_user WHERE id = $1`,
      [user.id],
    );
    expect(unchanged).toEqual({ global_roles: [], municipality_code: null, version: v1 });
    // Faxe: the other tests here count the users of Ishøj.
    const saved = dataOf(await send("320", v1)).setUserGlobalRoles;
    expect([saved.globalRoles, saved.municipality?.code, saved.version]).toEqual([["MUNICIPALITY_ADMIN"], "320", v1 + 1]);
    const trail = await api.dataSource.query<Array<{ action: string }>>(`SELECT action FROM user_audit WHERE user_id = $1 ORDER BY occurred_at, action`, [
      user.id,
    ]);
    expect(trail.map((t) => t.action).sort()).toEqual(["MUNICIPALITY_CHANGED", "ROLES_CHANGED"]);
  });

  it("are set by an administrator, versioned, with a clear refusal for what may not be", async () => {
    const user = await makeUser(api.dataSource, { name: "Rolf Rolle" });
    const v1 = await versionOf(user.id);
    const given = dataOf(await setRoles(adminToken, user.id, ["DEVELOPER"], v1)).setUserGlobalRoles;
    expect(given.globalRoles).toEqual(["DEVELOPER"]);
    expect(given.version).toBe(v1 + 1);
    // The screen showed the old version: CONFLICT, nothing changed.
    const stale = await setRoles(adminToken, user.id, ["ADMIN"], v1);
    expect(codeOf(stale)).toBe("CONFLICT");
    expect(messageOf(stale)).toBe("Brugeren er ændret, siden du hentede den. Hent listen igen.");
    // A project role is no global role; a kommuneadministrator needs a municipality.
    expect(codeOf(await setRoles(adminToken, user.id, ["LEADER"], v1 + 1))).toBe("BAD_USER_INPUT");
    const noMunicipality = await setRoles(adminToken, user.id, ["MUNICIPALITY_ADMIN"], v1 + 1);
    expect(messageOf(noMunicipality)).toBe("En kommuneadministrator skal høre til en kommune. Vælg brugerens kommune først.");

    const moved = dataOf(
      await gql(api.url, SetUserMunicipalityDocument, { input: { userId: user.id, municipalityCode: "320", expectedVersion: v1 + 1 } }, { token: adminToken }),
    ).setUserMunicipality;
    expect(moved.municipality).toEqual({ code: "320", name: "Faxe", leadersMayCreateProjects: false });
    const unknown = await gql(
      api.url,
      SetUserMunicipalityDocument,
      { input: { userId: user.id, municipalityCode: "999", expectedVersion: v1 + 2 } },
      { token: adminToken },
    );
    expect(messageOf(unknown)).toBe("Kommunekoden 999 findes ikke. Vælg en kommune på listen.");
    const staleMove = await gql(
      api.url,
      SetUserMunicipalityDocument,
      { input: { userId: user.id, municipalityCode: "101", expectedVersion: v1 } },
      { token: adminToken },
    );
    expect(codeOf(staleMove)).toBe("CONFLICT");
    expect(dataOf(await setRoles(adminToken, user.id, ["MUNICIPALITY_ADMIN", "DEVELOPER"], v1 + 2)).setUserGlobalRoles.globalRoles).toEqual([
      "MUNICIPALITY_ADMIN",
      "DEVELOPER",
    ]);

    // An administrator cannot take their own administrator role.
    const self = await setRoles(adminToken, admin.id, [], await versionOf(admin.id));
    expect(codeOf(self)).toBe("BAD_USER_INPUT");
    expect(messageOf(self)).toBe("Du kan ikke fjerne din egen administratorrolle. Bed en anden administrator om det.");
    // Without user.manage: FORBIDDEN; the roles count from the user's next request.
    const plain = await login(api.url, (await makeUser(api.dataSource)).email, FIXTURE_PASSWORD);
    expect(codeOf(await setRoles(plain, user.id, [], v1 + 3))).toBe("FORBIDDEN");
    const asKommuneadministrator = await login(api.url, user.email, FIXTURE_PASSWORD);
    expect(codeOf(await gql(api.url, UserAuditTrailDocument, {}, { token: asKommuneadministrator }))).toBe("OK");
  });
});

describe("deactivating a user", () => {
  it("stops their open session and their personal access token at once, and reactivating does not bring them back", async () => {
    const user = await makeUser(api.dataSource, { name: "Dorte Deaktiveret" });
    const session = await login(api.url, user.email, FIXTURE_PASSWORD);
    const accessToken = dataOf(await gql(api.url, CreateAccessTokenDocument, { input: { name: "script", expiresInDays: 30 } }, { token: session }))
      .createAccessToken.token;
    expect(dataOf(await gql(api.url, MeDocument, {}, { token: session })).me.email).toBe(user.email);
    expect(dataOf(await gql(api.url, MeDocument, {}, { token: accessToken })).me.email).toBe(user.email);

    const v = await versionOf(user.id);
    const off = dataOf(
      await gql(api.url, SetUserActiveDocument, { input: { userId: user.id, active: false, expectedVersion: v } }, { token: adminToken }),
    ).setUserActive;
    expect(off.active).toBe(false);
    const [bySession, byToken] = await Promise.all([gql(api.url, MeDocument, {}, { token: session }), gql(api.url, MeDocument, {}, { token: accessToken })]);
    expect(codeOf(bySession)).toBe("UNAUTHENTICATED");
    expect(codeOf(byToken)).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(api.url, `mutation { login(input: { email: "${user.email}", password: "${FIXTURE_PASSWORD}" }) { token } }`))).toBe(
      "UNAUTHENTICATED",
    );

    dataOf(await gql(api.url, SetUserActiveDocument, { input: { userId: user.id, active: true, expectedVersion: v + 1 } }, { token: adminToken }));
    expect(codeOf(await gql(api.url, MeDocument, {}, { token: session }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(api.url, MeDocument, {}, { token: accessToken }))).toBe("UNAUTHENTICATED");
    const again = await login(api.url, user.email, FIXTURE_PASSWORD);
    expect(dataOf(await gql(api.url, MeDocument, {}, { token: again })).me.email).toBe(user.email);
  });
});

describe("passwords", () => {
  it("are refused when they are on the list of common passwords, whatever their case", async () => {
    const user = await makeUser(api.dataSource);
    const token = await login(api.url, user.email, FIXTURE_PASSWORD);
    const common = await gql(api.url, ChangePasswordDocument, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: "Qwerty123456" } }, { token });
    expect(codeOf(common)).toBe("BAD_USER_INPUT");
    expect(messageOf(common)).toMatch(/^Adgangskoden er for almindelig/);
    const short = await gql(api.url, ChangePasswordDocument, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: "kort-kode" } }, { token });
    expect(messageOf(short)).toBe("Den nye adgangskode skal være mindst 12 tegn.");
    dataOf(await gql(api.url, ChangePasswordDocument, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: "tre-blå-cykler-ved-havnen" } }, { token }));
    expect(await login(api.url, user.email, "tre-blå-cykler-ved-havnen")).toBeTruthy();
  });
});

describe("the audit trail", () => {
  it("has one row for every change of a user or a role: who, when, which user and what", async () => {
    const project = await makeProject(api.dataSource, { name: "Historikprojektet" });
    const created = dataOf(
      await gql(
        api.url,
        CreateUserDocument,
        { input: { email: "historik@test.dk", name: "Hanne Historik", globalRoles: [], municipalityCode: "183" } },
        { token: adminToken },
      ),
    ).createUser;
    const id = created.user.id;
    const first = await login(api.url, "historik@test.dk", created.oneTimePassword);
    dataOf(
      await gql(
        api.url,
        ChangePasswordDocument,
        { input: { currentPassword: created.oneTimePassword, newPassword: "hannes-egen-lange-kode" } },
        { token: first },
      ),
    );
    dataOf(await gql(api.url, ResetUserPasswordDocument, { input: { userId: id } }, { token: adminToken }));
    dataOf(await setRoles(adminToken, id, ["DEVELOPER"], await versionOf(id)));
    dataOf(
      await gql(
        api.url,
        SetUserMunicipalityDocument,
        { input: { userId: id, municipalityCode: "187", expectedVersion: await versionOf(id) } },
        { token: adminToken },
      ),
    );
    dataOf(await gql(api.url, SetUserActiveDocument, { input: { userId: id, active: false, expectedVersion: await versionOf(id) } }, { token: adminToken }));
    dataOf(await gql(api.url, SetUserActiveDocument, { input: { userId: id, active: true, expectedVersion: await versionOf(id) } }, { token: adminToken }));
    dataOf(await gql(api.url, AddProjectMemberDocument, { input: { projectId: project.id, userId: id, role: "CASEWORKER" } }, { token: adminToken }));
    dataOf(await gql(api.url, RemoveProjectMemberDocument, { input: { projectId: project.id, userId: id, role: "CASEWORKER" } }, { token: adminToken }));

    const { items, totalCount, hasNextPage } = await trail(id);
    expect(totalCount).toBe(9);
    expect(hasNextPage).toBe(false);
    // Newest first.
    expect(items.map((e) => e.action)).toEqual([
      "PROJECT_ROLE_REMOVED",
      "PROJECT_ROLE_ADDED",
      "USER_REACTIVATED",
      "USER_DEACTIVATED",
      "MUNICIPALITY_CHANGED",
      "ROLES_CHANGED",
      "PASSWORD_RESET",
      "PASSWORD_CHANGED",
      "USER_CREATED",
    ]);
    expect(items.every((e) => e.userId === id && e.userName === "Hanne Historik" && e.userEmail === "historik@test.dk")).toBe(true);
    const byAction = new Map(items.map((e) => [e.action, e]));
    expect(byAction.get("PASSWORD_CHANGED")?.actorName).toBe("Hanne Historik");
    expect(byAction.get("PASSWORD_RESET")?.actorName).toBe("Anna Administrator");
    expect(byAction.get("PASSWORD_RESET")?.actorId).toBe(admin.id);
    expect(byAction.get("USER_CREATED")).toMatchObject({ rolesAfter: [], municipalityAfter: "Ishøj" });
    expect(byAction.get("ROLES_CHANGED")).toMatchObject({ rolesBefore: [], rolesAfter: ["DEVELOPER"] });
    expect(byAction.get("MUNICIPALITY_CHANGED")).toMatchObject({ municipalityBefore: "Ishøj", municipalityAfter: "Vallensbæk" });
    expect(byAction.get("PROJECT_ROLE_ADDED")).toMatchObject({ projectId: project.id, projectName: "Historikprojektet", projectRole: "CASEWORKER" });
    expect(items.every((e) => !Number.isNaN(Date.parse(e.occurredAt)))).toBe(true);
    // Nothing in the rows is a password (the one-time password, the chosen one).
    const raw = JSON.stringify(await api.dataSource.query(`SELECT * FROM user_audit WHERE user_id = $1`, [id]));
    expect(raw).not.toContain(created.oneTimePassword);
    expect(raw).not.toContain("hannes-egen-lange-kode");

    // Pages by cursor: no row twice, none left out.
    const page1 = dataOf(await gql(api.url, UserAuditTrailDocument, { userId: id, first: 4 }, { token: adminToken })).userAuditTrail;
    const page2 = dataOf(await gql(api.url, UserAuditTrailDocument, { userId: id, first: 4, after: page1.endCursor }, { token: adminToken })).userAuditTrail;
    const page3 = dataOf(await gql(api.url, UserAuditTrailDocument, { userId: id, first: 4, after: page2.endCursor }, { token: adminToken })).userAuditTrail;
    expect([page1.hasNextPage, page2.hasNextPage, page3.hasNextPage]).toEqual([true, true, false]);
    expect([page1.totalCount, page2.totalCount, page3.totalCount]).toEqual([9, 9, 9]);
    expect([...page1.items, ...page2.items, ...page3.items].map((e) => e.id)).toEqual(items.map((e) => e.id));
    expect(codeOf(await gql(api.url, UserAuditTrailDocument, { after: "bm9nZXQ" }, { token: adminToken }))).toBe("BAD_USER_INPUT");

    // Only administrators read it.
    const plain = await login(api.url, (await makeUser(api.dataSource)).email, FIXTURE_PASSWORD);
    expect(codeOf(await gql(api.url, UserAuditTrailDocument, {}, { token: plain }))).toBe("FORBIDDEN");
  });

  it("names the command line for the administrator the README's command creates", async () => {
    await firstAdminByCommand(api.db.url, "kommandolinje@test.dk", "Karl Kommandolinje");
    const rows: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM app_user WHERE email = 'kommandolinje@test.dk'`);
    const { items } = await trail(rows[0]!.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: "USER_CREATED", actorId: null, actorName: "kommandolinje", rolesAfter: ["ADMIN"] });
  });

  it("records the leader a new project gets", async () => {
    const { createProject } = dataOf(await gql(api.url, CreateProjectDocument, { input: projectInput("HIST", ["101"]) }, { token: adminToken }));
    const { items } = await trail(admin.id);
    expect(items.find((e) => e.projectId === createProject.id)).toMatchObject({ action: "PROJECT_ROLE_ADDED", projectRole: "LEADER", actorId: admin.id });
  });
});

describe("the last active administrator", () => {
  it("stays: of two administrators who take each other's role at the same moment, one is refused", async () => {
    // This test's world has exactly two active administrators: the others are set aside for its duration.
    const others: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM app_user WHERE active AND 'ADMIN' = ANY(global_roles)`);
    await api.dataSource.query(`UPDATE app_user SET active = false WHERE id = ANY($1::uuid[])`, [others.map((o) => o.id)]);
    try {
      const [a, b] = await Promise.all([makeUser(api.dataSource, { globalRoles: ["ADMIN"] }), makeUser(api.dataSource, { globalRoles: ["ADMIN"] })]);
      const [ta, tb] = await Promise.all([login(api.url, a.email, FIXTURE_PASSWORD), login(api.url, b.email, FIXTURE_PASSWORD)]);
      const [va, vb] = [await versionOf(a.id), await versionOf(b.id)];
      // Both requests must be past their authorization when they meet: the test holds the administrators' row locks
      // until both wait for them (otherwise the later one may simply no longer be an administrator: FORBIDDEN).
      const holder = api.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      let results: Awaited<ReturnType<typeof setRoles>>[];
      try {
        await holder.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[a.id, b.id]]);
        const pending = Promise.all([setRoles(ta, b.id, [], vb), setRoles(tb, a.id, [], va)]);
        await expect
          .poll(async () => {
            const rows: Array<{ n: number }> = await api.dataSource.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            return rows[0]?.n;
          })
          .toBe(2);
        await holder.commitTransaction();
        results = await pending;
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
      expect(results.map(codeOf).sort()).toEqual(["BAD_USER_INPUT", "OK"]);
      expect(results.map(messageOf).filter(Boolean)).toEqual([
        "Installationen skal have mindst én aktiv administrator. Gør en anden bruger til administrator først.",
      ]);
      const left: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE active AND 'ADMIN' = ANY(global_roles)`);
      expect(left[0]?.n).toBe(1);
    } finally {
      await api.dataSource.query(`UPDATE app_user SET active = true WHERE id = ANY($1::uuid[])`, [others.map((o) => o.id)]);
    }
  });
});
