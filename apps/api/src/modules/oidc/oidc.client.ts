import { jwtVerify, SignJWT } from "jose";
import { createHmac } from "node:crypto";
import * as client from "openid-client";
import type { OidcSettings } from "./oidc.config.js";

/** The browser's round trip to the provider: what the callback must find again (state, nonce, PKCE verifier). */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What Overblik takes from a sign-in: the provider's word for who the person is, and their groups. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** The provider vouches for the e-mail address (email_verified, or Entra ID's xms_edov). */
  emailVerified: boolean;
  name: string | null;
  groups: string[];
}

/** The flow cookie lives while the person is at the provider's login page: long enough to type a password and a code. */
export const OIDC_FLOW_MINUTES = 10;
const FLOW_ISSUER = "overblik-oidc-flow";

/**
 * The relying party (openid-client 6, certified): discovery once (again after a failure, so a provider that was
 * down at start-up is found later), the authorization URL with PKCE (S256), state and nonce, and the code
 * exchange with all three checked. The flow's values travel in a short-lived cookie signed with a key derived
 * from SESSION_SECRET, so any API process can finish a sign-in another one started.
 */
export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | null = null;
  private readonly flowKey: Uint8Array;

  constructor(
    readonly settings: OidcSettings,
    sessionSecret: string,
  ) {
    // Its own key: a flow cookie can never pass for a session token or the other way round.
    this.flowKey = createHmac("sha256", sessionSecret).update(FLOW_ISSUER).digest();
  }

  config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const { issuerUrl, clientId, clientSecret } = this.settings;
      // Plain http is accepted by oidc.config.ts for localhost only (a provider in a test or on a laptop).
      const execute = issuerUrl.protocol === "http:" ? [client.allowInsecureRequests] : [];
      this.configuration = client.discovery(issuerUrl, clientId, clientSecret, undefined, { execute, timeout: 10 });
      this.configuration.catch(() => {
        this.configuration = null;
      });
    }
    return this.configuration;
  }

  /** The provider's authorization URL for a new flow, and the flow to keep. */
  async start(): Promise<{ url: URL; flow: OidcFlow }> {
    const config = await this.config();
    const flow: OidcFlow = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl.href,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /**
   * The callback: `query` is the query string the provider sent the browser back with. The code is exchanged only
   * when state matches, and the ID token is accepted only with the nonce and from the issuer discovered; claims
   * from userinfo (where the provider has it) complete the ID token's.
   */
  async finish(query: string, flow: OidcFlow): Promise<ProviderIdentity> {
    const config = await this.config();
    const current = new URL(this.settings.redirectUrl);
    current.search = query;
    const tokens = await client.authorizationCodeGrant(config, current, {
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      pkceCodeVerifier: flow.codeVerifier,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error("OIDC_NO_ID_TOKEN");
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...claims, ...userinfo };
    }
    return toIdentity(idClaims.iss, idClaims.sub, claims, this.settings.groupsClaim);
  }

  /** Where to send the browser after logging out of Overblik: the provider's end-session page, when it has one. */
  async endSessionUrl(postLogoutRedirect: URL): Promise<URL | null> {
    const config = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirect.href });
  }

  sealFlow(flow: OidcFlow): Promise<string> {
    return new SignJWT({ s: flow.state, n: flow.nonce, v: flow.codeVerifier })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(FLOW_ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${OIDC_FLOW_MINUTES}m`)
      .sign(this.flowKey);
  }

  /** The flow a cookie carries, or null when it is missing, forged or expired. */
  async openFlow(sealed: unknown): Promise<OidcFlow | null> {
    if (typeof sealed !== "string" || sealed === "") return null;
    try {
      const { payload } = await jwtVerify(sealed, this.flowKey, { issuer: FLOW_ISSUER, algorithms: ["HS256"] });
      const { s, n, v } = payload;
      if (typeof s !== "string" || typeof n !== "string" || typeof v !== "string") return null;
      return { state: s, nonce: n, codeVerifier: v };
    } catch {
      return null;
    }
  }
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** The claims Overblik reads, whatever else the provider sends. */
export function toIdentity(issuer: string, subject: string, claims: Record<string, unknown>, groupsClaim: string): ProviderIdentity {
  const groupsValue = claims[groupsClaim];
  const groups = Array.isArray(groupsValue)
    ? groupsValue.filter((g): g is string => typeof g === "string")
    : typeof groupsValue === "string"
      ? [groupsValue]
      : [];
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  return {
    issuer,
    subject,
    email: text(claims.email)?.toLowerCase() ?? null,
    emailVerified: claims.email_verified === true || claims.xms_edov === true,
    name: text(claims.name) ?? (given || null),
    groups,
  };
}
