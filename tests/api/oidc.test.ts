import { createUserWithOneTimePassword } from "@overblik/db";
import { LoginDocument, LoginOptionsDocument, MeDocument } from "@overblik/graphql-client";
import { Writable } from "node:stream";
import { pino } from "pino";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeUser } from "../support/fixtures.js";
import { freePort, IDP_PASSWORD, oidcSettingsFor, startOidcProvider, type IdpAccount, type TestIdp } from "../support/oidc-provider.js";

/**
 * Single sign-on against an OpenID provider running in this process (oidc-provider), driven as a browser would:
 * redirects followed by hand, cookies kept in a small jar. One API creates unknown users, the other refuses them.
 */

const ADMIN_GROUP = "0b7c-overblik-administratorer";

/** Cookies by name for every host of the test (a browser ignores ports for cookies too). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1] ?? "") < Date.now()));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

interface Landing {
  /** Where the browser ended up: the API's page after the sign-in, or a page at the provider. */
  url: URL;
  response: Response;
}

/**
 * Follows redirects as a browser would (every hop a GET) until a page answers or the browser is back on the API
 * outside /auth/oidc (the portal). `onCallback` may change the callback's address, as an attacker would.
 */
async function browse(jar: CookieJar, apiUrl: string, start: string, init: RequestInit = {}, onCallback?: (url: URL) => URL): Promise<Landing> {
  let url = new URL(start);
  let request = init;
  for (let hop = 0; hop < 20; hop++) {
    if (onCallback && url.href.startsWith(`${apiUrl}/auth/oidc/callback`)) url = onCallback(url);
    const response = await fetch(url, { ...request, redirect: "manual", headers: { ...(request.headers as Record<string, string>), cookie: jar.header() } });
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return { url, response };
    url = new URL(location, url);
    request = {};
    if (url.href.startsWith(apiUrl) && !url.pathname.startsWith("/auth/oidc")) return { url, response };
  }
  throw new Error("too many redirects");
}

/** Sign in at the API through the provider's login form; the jar holds the session cookie afterwards, if any. */
async function signIn(
  api: TestApi,
  login: string,
  options: { jar?: CookieJar; onCallback?: (url: URL) => URL } = {},
): Promise<{ jar: CookieJar; landing: URL }> {
  const jar = options.jar ?? new CookieJar();
  const form = await browse(jar, api.url, `${api.url}/auth/oidc/login`);
  expect(form.url.pathname).toMatch(/^\/interaction\//);
  expect(await form.response.text()).toContain("Brugernavn");
  const back = await browse(
    jar,
    api.url,
    form.url.href,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ login, password: IDP_PASSWORD }).toString(),
    },
    options.onCallback,
  );
  return { jar, landing: back.url };
}

const session = (jar: CookieJar) => jar.get("overblik_session");

async function me(api: TestApi, jar: CookieJar) {
  return dataOf(await gql(api.url, MeDocument, {}, { token: session(jar) })).me;
}

const account = (login: string, overrides: Partial<IdpAccount> = {}): IdpAccount => ({
  login,
  subject: `sub-${login}-4f1c`,
  email: `${login}@kommune.test`,
  emailVerified: true,
  name: `${login[0]?.toUpperCase()}${login.slice(1)} Testesen`,
  groups: [],
  ...overrides,
});

let idp: TestIdp;
let creating: TestApi;
let refusing: TestApi;
let dataSource: DataSource;
let gustavsOneTimePassword = "";
/** The creating API's log lines (debug level): codes and ids only, never who signed in. */
const log: string[] = [];

describe("single sign-on with OpenID Connect", () => {
  beforeAll(async () => {
    const [idpPort, creatingPort, refusingPort] = await Promise.all([freePort(), freePort(), freePort()]);
    idp = await startOidcProvider({
      port: idpPort,
      apiUrls: [`http://localhost:${creatingPort}`, `http://localhost:${refusingPort}`],
      accounts: [
        account("anna"),
        account("bo"),
        account("carl", { groups: [ADMIN_GROUP, "en-anden-gruppe"] }),
        account("dorte"),
        account("erik", { emailVerified: false }),
        account("frida"),
        account("gustav"),
      ],
    });
    const roleMapping = JSON.stringify({ [ADMIN_GROUP]: "ADMIN" });
    [creating, refusing] = await Promise.all([
      startTestApi({
        seed: false,
        port: creatingPort,
        oidc: oidcSettingsFor(idp, creatingPort, { OIDC_UNKNOWN_USERS: "create", OIDC_ROLE_MAPPING: roleMapping, OIDC_MUNICIPALITY: "183" }),
        logger: pino({ level: "debug" }, new Writable({ write: (chunk, _enc, done) => done(void log.push(String(chunk))) })),
      }),
      startTestApi({
        seed: false,
        port: refusingPort,
        oidc: oidcSettingsFor(idp, refusingPort, { OIDC_UNKNOWN_USERS: "refuse", OIDC_ROLE_MAPPING: roleMapping }),
      }),
    ]);
    dataSource = creating.dataSource;
    await Promise.all([
      makeUser(dataSource, { email: "anna@kommune.test", name: "Anna Lokal" }),
      // Carl also has DEVELOPER from Overblik itself: the mapping names only ADMIN, so that one stays his.
      makeUser(dataSource, { email: "carl@kommune.test", name: "Carl Lokal", globalRoles: ["DEVELOPER"] }),
      makeUser(dataSource, { email: "erik@kommune.test", name: "Erik Lokal" }),
      makeUser(refusing.dataSource, { email: "frida@kommune.test", name: "Frida Lokal" }),
      createUserWithOneTimePassword(dataSource.manager, { email: "gustav@kommune.test", name: "Gustav Lokal", globalRoles: [] }).then((made) => {
        gustavsOneTimePassword = made.oneTimePassword;
      }),
      makeUser(dataSource, { email: "dorte@kommune.test", name: "Dorte Lokal" }).then((u) =>
        dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [u.id]),
      ),
    ]);
  }, 60_000);

  afterAll(async () => {
    await creating?.close();
    await refusing?.close();
    await idp?.close();
  });

  it("tells the login page about the button, without a login", async () => {
    const options = dataOf(await gql(creating.url, LoginOptionsDocument, {})).loginOptions;
    expect(options.oidc).toEqual({ label: "Log ind med din organisation", loginUrl: "/auth/oidc/login", logoutUrl: "/auth/oidc/logout" });
  });

  it("signs in a known user (matched once by the verified e-mail, then by subject) with a session like a password login's", async () => {
    const first = await signIn(creating, "anna");
    expect(first.landing.href).toBe(`${creating.url}/`);
    const user = await me(creating, first.jar);
    expect({ email: user.email, name: user.name }).toEqual({ email: "anna@kommune.test", name: "Anna Lokal" });
    const identities: Array<{ issuer: string; subject: string }> = await dataSource.query(`SELECT issuer, subject FROM user_identity WHERE user_id = $1`, [
      user.id,
    ]);
    expect(identities).toEqual([{ issuer: idp.issuer, subject: "sub-anna-4f1c" }]);

    // Her address at the provider changes: she is still herself, found by subject.
    idp.accounts.set("anna", account("anna", { email: "anna.ny@kommune.test" }));
    const again = await signIn(creating, "anna");
    expect((await me(creating, again.jar)).id).toBe(user.id);
  });

  it("does not ask someone given a one-time password to choose a password when they sign in through their organisation, and voids it", async () => {
    const { jar } = await signIn(creating, "gustav");
    expect((await me(creating, jar)).passwordChangeRequired).toBe(false);
    const withOneTimePassword = await gql(creating.url, LoginDocument, { input: { email: "gustav@kommune.test", password: gustavsOneTimePassword } });
    expect(withOneTimePassword.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("creates an unknown user with OIDC_UNKNOWN_USERS=create, and refuses one with refuse", async () => {
    const created = await signIn(creating, "bo");
    expect(created.landing.href).toBe(`${creating.url}/`);
    const bo = await me(creating, created.jar);
    expect({ email: bo.email, name: bo.name, globalRoles: bo.globalRoles, passwordChangeRequired: bo.passwordChangeRequired }).toEqual({
      email: "bo@kommune.test",
      name: "Bo Testesen",
      globalRoles: [],
      passwordChangeRequired: false,
    });
    // In the provider's municipality (OIDC_MUNICIPALITY), and in the users' audit trail as made by the sign-in.
    const [row] = await dataSource.query<Array<{ municipality_code: string; action: string; source: string }>>(
      `SELECT u.municipality_code, a.action, a.source FROM app_user u JOIN user_audit a ON a.user_id = u.id WHERE u.email = 'bo@kommune.test'`,
    );
    expect(row).toEqual({ municipality_code: "183", action: "USER_CREATED", source: "OIDC" });

    const refused = await signIn(refusing, "bo");
    expect(refused.landing.href).toBe(`${refusing.url}/?sso=ingen-adgang`);
    expect(session(refused.jar)).toBeUndefined();
    const rows: Array<{ n: number }> = await refusing.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
    expect(rows[0]?.n).toBe(1);

    // The refusing API still lets in someone it knows.
    const frida = await signIn(refusing, "frida");
    expect((await me(refusing, frida.jar)).name).toBe("Frida Lokal");
  });

  it("gives the global role the person's group maps to, and takes it away when the group is gone", async () => {
    const withGroup = await signIn(creating, "carl");
    expect((await me(creating, withGroup.jar)).globalRoles.slice().sort()).toEqual(["ADMIN", "DEVELOPER"]);

    idp.accounts.set("carl", account("carl", { groups: ["en-anden-gruppe"] }));
    const without = await signIn(creating, "carl");
    expect((await me(creating, without.jar)).globalRoles).toEqual(["DEVELOPER"]);
    // Both changes are in the users' audit trail, made by the organisation's sign-in (no actor).
    const trail: Array<{ action: string; source: string; actor_id: string | null; details: { before: string[]; after: string[] } }> = await dataSource.query(
      `SELECT a.action, a.source, a.actor_id, a.details FROM user_audit a JOIN app_user u ON u.id = a.user_id WHERE u.email = 'carl@kommune.test' ORDER BY a.occurred_at`,
    );
    expect(trail.map((t) => [t.action, t.source, t.actor_id, [...t.details.before].sort(), [...t.details.after].sort()])).toEqual([
      ["ROLES_CHANGED", "OIDC", null, ["DEVELOPER"], ["ADMIN", "DEVELOPER"]],
      ["ROLES_CHANGED", "OIDC", null, ["ADMIN", "DEVELOPER"], ["DEVELOPER"]],
    ]);
  });

  it("refuses a deactivated user, and an unverified e-mail that a local account already has", async () => {
    const [dorte, erik] = await Promise.all([signIn(creating, "dorte"), signIn(creating, "erik")]);
    expect(dorte.landing.href).toBe(`${creating.url}/?sso=ingen-adgang`);
    expect(session(dorte.jar)).toBeUndefined();
    // Erik's provider does not vouch for his address: the local account with it is not his to take.
    expect(erik.landing.href).toBe(`${creating.url}/?sso=ingen-adgang`);
    expect(session(erik.jar)).toBeUndefined();
    const links: Array<{ n: number }> = await dataSource.query(
      `SELECT count(*)::int AS n FROM user_identity i JOIN app_user u ON u.id = i.user_id WHERE u.email IN ('dorte@kommune.test', 'erik@kommune.test')`,
    );
    expect(links[0]?.n).toBe(0);
  });

  it("refuses a callback whose state is not the one it sent, and one without its flow cookie", async () => {
    const tampered = await signIn(creating, "anna", {
      onCallback: (url) => {
        const changed = new URL(url);
        changed.searchParams.set("state", "en-anden-state");
        return changed;
      },
    });
    expect(tampered.landing.href).toBe(`${creating.url}/?sso=fejl`);
    expect(session(tampered.jar)).toBeUndefined();

    let callback: URL | undefined;
    const replayed = await signIn(creating, "anna", {
      onCallback: (url) => {
        callback = url;
        return url;
      },
    });
    expect(session(replayed.jar)).toBeDefined();
    // The same callback again, from a browser without the flow cookie (or after it was used): refused.
    const again = await browse(new CookieJar(), creating.url, String(callback));
    expect(again.url.href).toBe(`${creating.url}/?sso=fejl`);
  });

  it("logs out: the Overblik session ends, and the browser is sent to the provider's end-session page", async () => {
    const { jar } = await signIn(creating, "anna");
    const token = session(jar);
    expect((await me(creating, jar)).email).toBe("anna@kommune.test");
    const response = await fetch(`${creating.url}/auth/oidc/logout`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: jar.header() },
      body: "{}",
    });
    expect(response.status).toBe(200);
    const { redirectTo } = (await response.json()) as { redirectTo: string };
    const end = new URL(redirectTo);
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(`${creating.url}/`);
    const after = await gql(creating.url, MeDocument, {}, { token });
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("logs what happened by code and id, never an e-mail, a name, a subject or a token", () => {
    const text = log.join("");
    for (const code of ["OIDC_LOGIN", "OIDC_REFUSED_DEACTIVATED", "OIDC_REFUSED_EMAIL_TAKEN", "OIDC_ROLES_CHANGED", "OIDC_CALLBACK_REFUSED", "OIDC_NO_FLOW"]) {
      expect(text).toContain(`"code":"${code}"`);
    }
    expect(text).not.toMatch(/kommune\.test|Testesen|Lokal|sub-[a-z]+-4f1c|eyJ/);
  });
});
