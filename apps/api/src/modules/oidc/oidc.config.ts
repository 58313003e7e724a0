import { GLOBAL_ROLES, isGlobalRole, type GlobalRole } from "@overblik/domain";

/** What happens to a person the identity provider signs in who has no Overblik account linked or matched. */
export type UnknownUsers = "create" | "refuse";

/** Single sign-on with OpenID Connect, as configured by the OIDC_* environment variables (see README). */
export interface OidcSettings {
  issuerUrl: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: this server's GET /auth/oidc/callback, as registered at the provider. */
  redirectUrl: URL;
  /** The claim (ID token or userinfo) that lists the person's groups: "groups" (Entra ID's group object ids). */
  groupsClaim: string;
  /** Provider group → Overblik global roles. The roles named here are the provider's to give and take away. */
  roleMapping: ReadonlyMap<string, readonly GlobalRole[]>;
  unknownUsers: UnknownUsers;
  buttonLabel: string;
  scopes: string;
  /** The municipality (kommunekode) of the accounts the first sign-in creates: one provider per municipality. */
  municipalityCode: string | null;
}

/** The OIDC_* variables as env.ts reads them (strings or absent). */
export interface OidcEnv {
  OIDC_ISSUER_URL?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_REDIRECT_URL?: string;
  PUBLIC_URL?: string;
  OIDC_GROUPS_CLAIM?: string;
  OIDC_ROLE_MAPPING?: string;
  OIDC_UNKNOWN_USERS?: string;
  OIDC_BUTTON_LABEL?: string;
  OIDC_SCOPES?: string;
  OIDC_MUNICIPALITY?: string;
}

export const OIDC_CALLBACK_PATH = "/auth/oidc/callback";
export const DEFAULT_OIDC_BUTTON_LABEL = "Log ind med din organisation";
export const DEFAULT_OIDC_SCOPES = "openid email profile";

/** One configuration problem, in Danish for the operator and in English for whoever reads the log abroad. */
function problem(name: string, danish: string, english: string): { ok: false; message: string } {
  return {
    ok: false,
    message: `Ugyldig konfiguration: ${name}: ${danish}\nInvalid configuration: ${name}: ${english}\nSe README, afsnittet "Log ind med din organisation (OpenID Connect)".`,
  };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** https, or plain http on this machine only (a provider in a test or on a developer's laptop). */
function secureEnough(url: URL): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
}

/**
 * OIDC_ROLE_MAPPING: a JSON object from group to a global role or a list of them, e.g.
 * {"3f2b…-group-object-id":"ADMIN","udviklere":["DEVELOPER"]}.
 */
function parseRoleMapping(raw: string | undefined): ReadonlyMap<string, readonly GlobalRole[]> | { ok: false; message: string } {
  const mapping = new Map<string, GlobalRole[]>();
  if (raw === undefined || raw.trim() === "") return mapping;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return problem("OIDC_ROLE_MAPPING", 'skal være et JSON-objekt, fx {"<gruppe-id>":"ADMIN"}.', 'must be a JSON object, e.g. {"<group id>":"ADMIN"}.');
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return problem("OIDC_ROLE_MAPPING", 'skal være et JSON-objekt, fx {"<gruppe-id>":"ADMIN"}.', 'must be a JSON object, e.g. {"<group id>":"ADMIN"}.');
  }
  for (const [group, roles] of Object.entries(value as Record<string, unknown>)) {
    const list: unknown[] = Array.isArray(roles) ? roles : [roles];
    const unknown = list.find((r) => typeof r !== "string" || !isGlobalRole(r));
    if (unknown !== undefined || list.length === 0) {
      return problem(
        "OIDC_ROLE_MAPPING",
        `gruppen "${group}" skal have en global rolle (${GLOBAL_ROLES.join(", ")}), ikke ${JSON.stringify(unknown ?? roles)}.`,
        `group "${group}" must map to a global role (${GLOBAL_ROLES.join(", ")}), not ${JSON.stringify(unknown ?? roles)}.`,
      );
    }
    mapping.set(group, list as GlobalRole[]);
  }
  return mapping;
}

/**
 * The single sign-on settings, null when OIDC_ISSUER_URL is not set (then Overblik has local accounts only, as
 * before), or the first problem. Pure, so env.ts can refuse a bad configuration at start-up and a test can try it.
 */
export function parseOidcSettings(env: OidcEnv): { ok: true; settings: OidcSettings | null } | { ok: false; message: string } {
  const issuerRaw = env.OIDC_ISSUER_URL?.trim();
  if (!issuerRaw) {
    const stray = (["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URL", "OIDC_ROLE_MAPPING"] as const).find((n) => env[n]?.trim());
    if (stray) return problem(stray, "er sat, men OIDC_ISSUER_URL mangler.", "is set but OIDC_ISSUER_URL is missing.");
    return { ok: true, settings: null };
  }
  const issuerUrl = parseUrl(issuerRaw);
  if (!issuerUrl || !secureEnough(issuerUrl)) {
    return problem("OIDC_ISSUER_URL", "skal være en https-adresse (http kun til localhost).", "must be an https URL (http only for localhost).");
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) return problem("OIDC_CLIENT_ID", "skal sættes, når OIDC_ISSUER_URL er sat.", "is required when OIDC_ISSUER_URL is set.");
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientSecret) return problem("OIDC_CLIENT_SECRET", "skal sættes, når OIDC_ISSUER_URL er sat.", "is required when OIDC_ISSUER_URL is set.");

  let redirectUrl: URL | null;
  if (env.OIDC_REDIRECT_URL?.trim()) {
    redirectUrl = parseUrl(env.OIDC_REDIRECT_URL.trim());
    if (!redirectUrl || !secureEnough(redirectUrl) || redirectUrl.pathname !== OIDC_CALLBACK_PATH) {
      return problem(
        "OIDC_REDIRECT_URL",
        `skal være Overbliks egen adresse med stien ${OIDC_CALLBACK_PATH} (https; http kun til localhost).`,
        `must be Overblik's own address with the path ${OIDC_CALLBACK_PATH} (https; http only for localhost).`,
      );
    }
  } else if (env.PUBLIC_URL?.trim()) {
    const base = parseUrl(env.PUBLIC_URL.trim());
    if (!base || !secureEnough(base)) {
      return problem(
        "PUBLIC_URL",
        "skal være Overbliks offentlige adresse (https; http kun til localhost).",
        "must be Overblik's public address (https; http only for localhost).",
      );
    }
    redirectUrl = new URL(OIDC_CALLBACK_PATH, base);
  } else {
    return problem(
      "OIDC_REDIRECT_URL",
      "skal sættes (eller PUBLIC_URL), når OIDC_ISSUER_URL er sat.",
      "(or PUBLIC_URL) is required when OIDC_ISSUER_URL is set.",
    );
  }

  const unknownUsers = (env.OIDC_UNKNOWN_USERS?.trim() || "refuse").toLowerCase();
  if (unknownUsers !== "create" && unknownUsers !== "refuse") {
    return problem("OIDC_UNKNOWN_USERS", 'skal være "create" eller "refuse".', 'must be "create" or "refuse".');
  }
  const roleMapping = parseRoleMapping(env.OIDC_ROLE_MAPPING);
  if ("ok" in roleMapping) return roleMapping;
  const scopes = env.OIDC_SCOPES?.trim() || DEFAULT_OIDC_SCOPES;
  if (!scopes.split(/\s+/).includes("openid")) return problem("OIDC_SCOPES", 'skal indeholde "openid".', 'must include "openid".');
  const municipalityCode = env.OIDC_MUNICIPALITY?.trim() || null;
  if (municipalityCode !== null && !/^[0-9]{3}$/.test(municipalityCode)) {
    return problem(
      "OIDC_MUNICIPALITY",
      "skal være en kommunekode med tre cifre, fx 183 for Ishøj.",
      "must be a three-digit municipality code, e.g. 183 for Ishøj.",
    );
  }
  return {
    ok: true,
    settings: {
      issuerUrl,
      clientId,
      clientSecret,
      redirectUrl,
      groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || "groups",
      roleMapping,
      unknownUsers,
      buttonLabel: env.OIDC_BUTTON_LABEL?.trim() || DEFAULT_OIDC_BUTTON_LABEL,
      scopes,
      municipalityCode,
    },
  };
}
