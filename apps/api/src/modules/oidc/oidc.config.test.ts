import { describe, expect, it } from "vitest";
import { parseEnv } from "../../env.js";
import { parseOidcSettings, type OidcEnv } from "./oidc.config.js";
import { mappedGlobalRoles } from "./oidc.service.js";

const ENTRA = {
  OIDC_ISSUER_URL: "https://login.microsoftonline.com/8c0f-tenant/v2.0",
  OIDC_CLIENT_ID: "5a1e-client",
  OIDC_CLIENT_SECRET: "hemmelig",
  OIDC_REDIRECT_URL: "https://overblik.kommune.dk/auth/oidc/callback",
};

function settingsOf(env: OidcEnv) {
  const result = parseOidcSettings(env);
  if (!result.ok) throw new Error(`expected valid settings, got: ${result.message}`);
  return result.settings;
}

function problemOf(env: OidcEnv): string {
  const result = parseOidcSettings(env);
  if (result.ok) throw new Error("expected the settings to be refused");
  return result.message;
}

describe("OIDC configuration", () => {
  it("is off without OIDC_ISSUER_URL, and everything else works as before", () => {
    expect(settingsOf({})).toBeNull();
    const parsed = parseEnv({});
    expect(parsed.ok && parsed.env.oidc).toBeNull();
  });

  it("reads Entra ID's settings with the defaults: groups claim, refuse unknown users, the Danish button", () => {
    const settings = settingsOf({ ...ENTRA, OIDC_ROLE_MAPPING: '{"e1f2-admins":"ADMIN","c3d4-dev":["DEVELOPER","ADMIN"]}' });
    expect(settings?.issuerUrl.href).toBe("https://login.microsoftonline.com/8c0f-tenant/v2.0");
    expect(settings?.redirectUrl.href).toBe("https://overblik.kommune.dk/auth/oidc/callback");
    expect(settings?.groupsClaim).toBe("groups");
    expect(settings?.unknownUsers).toBe("refuse");
    expect(settings?.buttonLabel).toBe("Log ind med din organisation");
    expect(settings?.scopes).toBe("openid email profile");
    expect([...(settings?.roleMapping ?? [])]).toEqual([
      ["e1f2-admins", ["ADMIN"]],
      ["c3d4-dev", ["DEVELOPER", "ADMIN"]],
    ]);
  });

  it("derives the redirect URL from PUBLIC_URL", () => {
    const { OIDC_REDIRECT_URL: _, ...rest } = ENTRA;
    expect(settingsOf({ ...rest, PUBLIC_URL: "https://overblik.ishoj.dk" })?.redirectUrl.href).toBe("https://overblik.ishoj.dk/auth/oidc/callback");
  });

  it("refuses a bad configuration at start-up in Danish and English, naming the variable", () => {
    expect(problemOf({ ...ENTRA, OIDC_ISSUER_URL: "http://idp.kommune.dk" })).toMatch(
      /^Ugyldig konfiguration: OIDC_ISSUER_URL: skal være en https-adresse.*\nInvalid configuration: OIDC_ISSUER_URL: must be an https URL/,
    );
    expect(problemOf({ ...ENTRA, OIDC_CLIENT_SECRET: "" })).toContain("OIDC_CLIENT_SECRET: skal sættes");
    expect(problemOf({ ...ENTRA, OIDC_UNKNOWN_USERS: "maybe" })).toContain('OIDC_UNKNOWN_USERS: skal være "create" eller "refuse"');
    expect(problemOf({ ...ENTRA, OIDC_MUNICIPALITY: "Ishøj" })).toContain("OIDC_MUNICIPALITY: skal være en kommunekode med tre cifre");
    expect(problemOf({ ...ENTRA, OIDC_ROLE_MAPPING: '{"g":"LEADER"}' })).toContain(
      'gruppen "g" skal have en global rolle (ADMIN, DEVELOPER, MUNICIPALITY_ADMIN), ikke "LEADER"',
    );
    expect(problemOf({ ...ENTRA, OIDC_ROLE_MAPPING: "ADMIN" })).toContain("OIDC_ROLE_MAPPING: skal være et JSON-objekt");
    expect(problemOf({ ...ENTRA, OIDC_REDIRECT_URL: "https://overblik.kommune.dk/login" })).toContain(
      `OIDC_REDIRECT_URL: skal være Overbliks egen adresse med stien /auth/oidc/callback`,
    );
    expect(problemOf({ OIDC_CLIENT_ID: "x" })).toContain("OIDC_CLIENT_ID: er sat, men OIDC_ISSUER_URL mangler.");
    // Through env.ts, as at start-up.
    const parsed = parseEnv({ ...ENTRA, OIDC_SCOPES: "email profile" });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('OIDC_SCOPES: skal indeholde "openid"');
  });

  it("allows plain http for a provider on this machine only (tests, a developer's laptop)", () => {
    expect(
      settingsOf({ ...ENTRA, OIDC_ISSUER_URL: "http://localhost:9000", OIDC_REDIRECT_URL: "http://localhost:4000/auth/oidc/callback" })?.issuerUrl.protocol,
    ).toBe("http:");
  });
});

describe("global roles from the provider's groups", () => {
  const mapping = new Map([
    ["admins", ["ADMIN"] as const],
    ["alle", [] as const],
  ]);

  it("gives the roles the person's groups map to", () => {
    expect(mappedGlobalRoles([], ["admins", "ukendt"], mapping)).toEqual(["ADMIN"]);
  });

  it("takes away a mapped role when the group is gone, and leaves roles the mapping does not name", () => {
    expect(mappedGlobalRoles(["ADMIN", "DEVELOPER"], [], mapping)).toEqual(["DEVELOPER"]);
    expect(mappedGlobalRoles(["DEVELOPER"], ["admins"], mapping)).toEqual(["ADMIN", "DEVELOPER"]);
  });

  it("changes nothing without a mapping", () => {
    expect(mappedGlobalRoles(["ADMIN"], ["admins"], new Map())).toEqual(["ADMIN"]);
  });
});
