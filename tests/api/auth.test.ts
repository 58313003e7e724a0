import { LoginDocument, LogoutDocument, MeDocument, ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, DEMO_PASSWORD, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
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
    const wrong = await gql(api.url, LoginDocument, { input: { email: "leder@overblik.demo", password: "forkert" } });
    const unknown = await gql(api.url, LoginDocument, { input: { email: "ingen@overblik.demo", password: DEMO_PASSWORD } });
    for (const res of [wrong, unknown]) {
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0]?.message).toBe("Forkert e-mail eller adgangskode.");
    }
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("rejects a malformed e-mail as BAD_USER_INPUT before looking anyone up", async () => {
    const res = await gql(api.url, LoginDocument, { input: { email: "ikke-en-mail", password: "x" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("logs in with a bearer token (playground) and an httpOnly cookie (portal)", async () => {
    const res = await gql(api.url, LoginDocument, { input: { email: "LEDER@overblik.demo", password: DEMO_PASSWORD } });
    const { token, user } = dataOf(res).login;
    expect(user.name).toBe("Lars Leder");
    expect(user.memberships.map((m) => `${m.project.code}:${m.role}`).sort()).toEqual(["BFA:LEADER", "KBH:LEADER"]);

    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^overblik_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const viaBearer = dataOf(await gql(api.url, MeDocument, {}, { token }));
    expect(viaBearer.me.email).toBe("leder@overblik.demo");
    const cookie = setCookie.split(";")[0] ?? "";
    const viaCookie = dataOf(await gql(api.url, MeDocument, {}, { cookie }));
    expect(viaCookie.me.id).toBe(viaBearer.me.id);
  });

  it("refuses a forged or tampered token", async () => {
    const token = await login(api.url, "leder@overblik.demo");
    const [header, payload] = token.split(".");
    const forged = `${header}.${payload}.${"A".repeat(43)}`;
    const res = await gql(api.url, MeDocument, {}, { token: forged });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes the session on logout, for every later request with that token", async () => {
    const token = await login(api.url, "tovholder@overblik.demo");
    expect(dataOf(await gql(api.url, LogoutDocument, {}, { token })).logout).toBe(true);
    const res = await gql(api.url, MeDocument, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives FORBIDDEN to a role that may not call an operation", async () => {
    const leader = await login(api.url, "leder@overblik.demo");
    const denied = await gql<{ users: Array<{ email: string }> }, object>(api.url, "{ users { email } }", {}, { token: leader });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(denied.data).toBeNull();

    const adminToken = await login(api.url, "admin@overblik.demo");
    const allowed = dataOf(await gql<{ users: Array<{ email: string }> }, object>(api.url, "{ users { email } }", {}, { token: adminToken }));
    expect(allowed.users.map((u) => u.email)).toContain("leder@overblik.demo");
    expect(allowed.users).toHaveLength(7);
  });

  it("locks an account after 5 wrong passwords within 24 hours, for a period, and logs it", async () => {
    const attempt = (password: string) => gql(api.url, LoginDocument, { input: { email: "sagsbehandler@overblik.demo", password } });
    for (let i = 0; i < 4; i++) expect((await attempt("forkert")).errors?.[0]?.message).toBe("Forkert e-mail eller adgangskode.");
    // A success resets the count: four more wrong ones do not lock.
    expect((await attempt(DEMO_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await attempt("forkert");
    expect((await attempt(DEMO_PASSWORD)).errors).toBeUndefined();

    for (let i = 0; i < 5; i++) await attempt("forkert");
    const locked = await attempt(DEMO_PASSWORD);
    expect(locked.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(locked.errors?.[0]?.message).toMatch(/^Kontoen er låst efter 5 forkerte adgangskoder\. Prøv igen efter kl\. \d{2}[.:]\d{2}\.$/);
    const until = new Date(String((locked.errors?.[0]?.extensions?.details as { lockedUntil: string }).lockedUntil));
    expect(until.getTime() - Date.now()).toBeGreaterThan(25 * 60_000);

    // When the period has passed, the right password works again.
    await api.dataSource.query(`UPDATE app_user SET locked_until = now() - interval '1 minute' WHERE email = 'sagsbehandler@overblik.demo'`);
    expect((await attempt(DEMO_PASSWORD)).errors).toBeUndefined();
    const state: Array<{ failed_logins: number; locked_until: Date | null }> = await api.dataSource.query(`SELECT failed_logins, locked_until FROM app_user WHERE email = 'sagsbehandler@overblik.demo'`);
    expect(state[0]).toEqual({ failed_logins: 0, locked_until: null });
  });

  it("hides internals: an unknown field is a validation error without a stack trace", async () => {
    const token = await login(api.url, "leder@overblik.demo");
    const res = await gql(api.url, "{ me { passwordHash } }", {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });
});
