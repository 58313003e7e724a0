import { parseOidcSettings, type OidcSettings } from "@overblik/api";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Account, type KoaContextWithOIDC } from "oidc-provider";

/**
 * An OpenID provider in-process (oidc-provider 9, the certified one), standing in for Entra ID or a municipal
 * broker: discovery, authorization code flow with PKCE, ID tokens, userinfo, end-session. Its login page is our
 * own small form (Brugernavn, Adgangskode, "Log ind"), so a test signs in as a person there would.
 */

/** A person at the provider: signs in with `login` and IDP_PASSWORD. */
export interface IdpAccount {
  login: string;
  /** The provider's `sub`; stable, unlike the e-mail. */
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
  groups: string[];
}

export const IDP_PASSWORD = "idp-adgangskode";
export const IDP_CLIENT_ID = "overblik-test";

export interface TestIdp {
  issuer: string;
  clientSecret: string;
  /** The people the provider knows, by login; a test may add to it. */
  accounts: Map<string, IdpAccount>;
  close(): Promise<void>;
}

/** A port nobody listens on now (the API and the provider must know each other's address before either starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginForm(uid: string, problem: string | null): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Organisationens login</title></head><body>
<h1>Organisationens login</h1>
${problem ? `<p role="alert">${escape(problem)}</p>` : ""}
<form method="post" action="/interaction/${escape(uid)}">
<label for="login">Brugernavn</label> <input id="login" name="login" autocomplete="username" required>
<label for="password">Adgangskode</label> <input id="password" name="password" type="password" required>
<button type="submit">Log ind</button>
</form></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * Starts the provider on `port` for one client: Overblik at each of `apiUrls` (its callback and, after logout, its
 * front page). Groups are released under the scope "groups", as a broker such as Keycloak does.
 */
export async function startOidcProvider(options: { port: number; apiUrls: string[]; accounts: IdpAccount[] }): Promise<TestIdp> {
  const issuer = `http://localhost:${options.port}`;
  const clientSecret = randomBytes(16).toString("hex");
  const accounts = new Map(options.accounts.map((a) => [a.login, a]));
  const bySubject = (subject: string) => [...accounts.values()].find((a) => a.subject === subject);
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: options.apiUrls.map((url) => `${url}/auth/oidc/callback`),
        post_logout_redirect_uris: options.apiUrls.map((url) => `${url}/`),
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: ["openid", "email", "profile", "groups"],
    pkce: { required: () => true },
    // Lifetimes set, so the provider does not print a notice for each default it falls back to.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: KoaContextWithOIDC, subject: string): Account | undefined => {
      const account = bySubject(subject);
      if (!account) return undefined;
      return {
        accountId: subject,
        claims: () => ({ sub: subject, email: account.email, email_verified: account.emailVerified, name: account.name, groups: account.groups }),
      };
    },
    // A first-party client: no consent screen; every scope the client asks for is granted.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(typeof params?.scope === "string" ? params.scope : "openid");
      await grant.save();
      return grant;
    },
  });

  const oidc = provider.callback();
  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== "login") throw new Error(`unexpected prompt ${details.prompt.name}`);
    if (req.method === "POST") {
      const body = await formBody(req);
      const account = accounts.get(body.get("login") ?? "");
      if (account && body.get("password") === IDP_PASSWORD) {
        await provider.interactionFinished(req, res, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginForm(uid, "Forkert brugernavn eller adgangskode."));
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginForm(uid, null));
  };
  const server = createServer((req, res) => {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(new URL(req.url ?? "/", issuer).pathname);
    if (!match?.[1]) {
      void oidc(req, res);
      return;
    }
    interaction(req, res, match[1]).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return {
    issuer,
    clientSecret,
    accounts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Overblik's OIDC settings for the provider, through the same parser as OIDC_* at start-up. */
export function oidcSettingsFor(
  idp: { issuer: string; clientSecret: string },
  apiPort: number,
  env: { OIDC_ROLE_MAPPING?: string; OIDC_UNKNOWN_USERS?: string; OIDC_MUNICIPALITY?: string } = {},
): OidcSettings {
  const parsed = parseOidcSettings({
    OIDC_ISSUER_URL: idp.issuer,
    OIDC_CLIENT_ID: IDP_CLIENT_ID,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_REDIRECT_URL: `http://localhost:${apiPort}/auth/oidc/callback`,
    OIDC_SCOPES: "openid email profile groups",
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  if (!parsed.settings) throw new Error("OIDC settings expected");
  return parsed.settings;
}
