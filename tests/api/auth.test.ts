import { LoginDocument, LogoutDocument, MeDocument, ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { FIXTURE_PASSWORD as PASSWORD, makeProject } from "../support/fixtures.js";
import { makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
const LEADER = "lars.leder@test.dk";
const TOVHOLDER = "tove.tovholder@test.dk";
const CASEWORKER = "sara.sagsbehandler@test.dk";
const ADMIN = "anna.admin@test.dk";
const REFUSED =
  "Forkert e-mail eller adgangskode, eller kontoen er midlertidigt låst fra denne netværksadresse efter 5 forkerte forsøg. Tjek e-mail og adgangskode, eller vent 30 minutter og prøv igen.";
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  // A leader of two projects, a tovholder, a caseworker (the lock-out) and an administrator.
  const alfa = await makeProject(api.dataSource, { code: "ALFA" });
  const beta = await makeProject(api.dataSource, { code: "BETA" });
  await makeLoggedInUser(api, {
    email: LEADER,
    name: "Lars Leder",
    roles: [
      [alfa.id, "LEADER"],
      [beta.id, "LEADER"],
    ],
  });
  await makeLoggedInUser(api, { email: TOVHOLDER, roles: [[alfa.id, "TOVHOLDER"]] });
  await makeLoggedInUser(api, { email: CASEWORKER, roles: [[alfa.id, "CASEWORKER"]] });
  await makeLoggedInUser(api, { email: ADMIN, globalRoles: ["ADMIN"] });
});
afterAll(() => api?.close());

describe("authentication", () => {
  it("refuses anonymous requests with UNAUTHENTICATED", async () => {
    for (const doc of [MeDocument, ProjectsDocument]) {
      const res = await gql(api.url, doc, {});
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0]?.message).toBe("Du skal logge ind.");
    }
  });

  it("refuses a wrong password and an unknown e-mail with the same Danish message", async () => {
    const wrong = await gql(api.url, LoginDocument, { input: { email: LEADER, password: "forkert" } });
    const unknown = await gql(api.url, LoginDocument, { input: { email: "ingen@test.dk", password: PASSWORD } });
    for (const res of [wrong, unknown]) {
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0]?.message).toBe(REFUSED);
    }
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("rejects a malformed e-mail as BAD_USER_INPUT before looking anyone up", async () => {
    const res = await gql(api.url, LoginDocument, { input: { email: "ikke-en-mail", password: "x" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("logs in with a bearer token (playground) and an httpOnly cookie (portal)", async () => {
    const res = await gql(api.url, LoginDocument, { input: { email: LEADER.toUpperCase(), password: PASSWORD } });
    const { token, user } = dataOf(res).login;
    expect(user.name).toBe("Lars Leder");
    expect(user.memberships.map((m) => `${m.project.code}:${m.role}`).sort()).toEqual(["ALFA:LEADER", "BETA:LEADER"]);

    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^overblik_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const viaBearer = dataOf(await gql(api.url, MeDocument, {}, { token }));
    expect(viaBearer.me.email).toBe(LEADER);
    const cookie = setCookie.split(";")[0] ?? "";
    const viaCookie = dataOf(await gql(api.url, MeDocument, {}, { cookie }));
    expect(viaCookie.me.id).toBe(viaBearer.me.id);
  });

  it("refuses a forged or tampered token", async () => {
    const token = await login(api.url, LEADER, PASSWORD);
    const [header, payload] = token.split(".");
    const forged = `${header}.${payload}.${"A".repeat(43)}`;
    const res = await gql(api.url, MeDocument, {}, { token: forged });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes the session on logout, for every later request with that token", async () => {
    const token = await login(api.url, TOVHOLDER, PASSWORD);
    expect(dataOf(await gql(api.url, LogoutDocument, {}, { token })).logout).toBe(true);
    const res = await gql(api.url, MeDocument, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives FORBIDDEN to a role that may not call an operation", async () => {
    const leader = await login(api.url, LEADER, PASSWORD);
    const denied = await gql<{ users: Array<{ email: string }> }, object>(api.url, "{ users { email } }", {}, { token: leader });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(denied.data).toBeNull();

    const adminToken = await login(api.url, ADMIN, PASSWORD);
    const allowed = dataOf(await gql<{ users: Array<{ email: string }> }, object>(api.url, "{ users { email } }", {}, { token: adminToken }));
    expect(allowed.users.map((u) => u.email)).toContain(LEADER);
    const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM app_user`);
    expect(allowed.users).toHaveLength(n);
  });

  it("locks an account for this client after 5 wrong passwords within 24 hours, for a period, and logs it", async () => {
    const attempt = (password: string) => gql(api.url, LoginDocument, { input: { email: CASEWORKER, password } });
    for (let i = 0; i < 4; i++) expect((await attempt("forkert")).errors?.[0]?.message).toBe(REFUSED);
    // A success resets the count: four more wrong ones do not lock.
    expect((await attempt(PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await attempt("forkert");
    expect((await attempt(PASSWORD)).errors).toBeUndefined();

    for (let i = 0; i < 5; i++) await attempt("forkert");
    // Locked: the right password gets the same answer as any refused login (no "Kontoen er låst", no time).
    const locked = await attempt(PASSWORD);
    expect(locked.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(locked.errors?.[0]?.message).toBe(REFUSED);
    const rows: Array<{ client: string; failed_logins: number; minutes: number }> = await api.dataSource.query(
      `SELECT l.client, l.failed_logins, round(extract(epoch FROM l.locked_until - now()) / 60)::int AS minutes
         FROM login_lockout l JOIN app_user u ON u.id = l.user_id WHERE u.email = $1`,
      [CASEWORKER],
    );
    expect(rows).toEqual([{ client: "127.0.0.1", failed_logins: 5, minutes: 30 }]);

    // When the period has passed, the right password works again and the count is gone.
    await api.dataSource.query(`UPDATE login_lockout SET locked_until = now() - interval '1 minute'`);
    expect((await attempt(PASSWORD)).errors).toBeUndefined();
    const state: unknown[] = await api.dataSource.query(`SELECT * FROM login_lockout`);
    expect(state).toEqual([]);
  });

  it("hides internals: an unknown field is a validation error without a stack trace", async () => {
    const token = await login(api.url, LEADER, PASSWORD);
    const res = await gql(api.url, "{ me { passwordHash } }", {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });
});
