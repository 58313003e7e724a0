import cookieParser from "cookie-parser";
import { Router, type Request, type Response } from "express";
import { AuthorizationResponseError } from "openid-client";
import { buildContext, type ServerDeps } from "../../context.js";
import { requestIdOf } from "../../server/request-id.js";
import { logout, setSessionCookie } from "../auth/auth.service.js";
import { OIDC_FLOW_MINUTES, type OidcRelyingParty, type ProviderIdentity } from "./oidc.client.js";
import { signInWithIdentity } from "./oidc.service.js";
import { isLinkedAt } from "./oidc.repository.js";

export const OIDC_FLOW_COOKIE = "overblik_oidc";
const FLOW_COOKIE_PATH = "/auth/oidc";

/**
 * Where a sign-in that did not end in a session sends the browser: the portal's login page, which says in Danish
 * what happened (modules/session/components/oidc-login.tsx). No detail in the address: the log has the code.
 */
export type OidcOutcome = "ingen-adgang" | "afbrudt" | "fejl";
const toLoginPage = (res: Response, outcome: OidcOutcome) => res.redirect(303, `/?sso=${outcome}`);

/** The query string the provider sent the browser back with, exactly as sent (openid-client parses it). */
function queryOf(req: Request): string {
  const at = req.originalUrl.indexOf("?");
  return at >= 0 ? req.originalUrl.slice(at) : "";
}

/**
 * Single sign-on with OpenID Connect: GET /auth/oidc/login sends the browser to the provider, GET
 * /auth/oidc/callback takes it back and opens a session, POST /auth/oidc/logout ends it (and says where the
 * provider's own logout is). Without OIDC configured every path answers 404. server.ts mounts it with no-store.
 */
export function oidcRouter(deps: ServerDeps, oidc: OidcRelyingParty | null): Router {
  const router = Router();
  if (!oidc) {
    router.use((_req, res) => res.status(404).type("text/plain; charset=utf-8").send("Log ind med din organisation er ikke sat op."));
    return router;
  }
  router.use(cookieParser());
  const flowCookie = { httpOnly: true, sameSite: "lax", secure: deps.secureCookies, path: FLOW_COOKIE_PATH } as const;
  const log = (res: Response) => deps.logger.child({ requestId: requestIdOf(res) });

  router.get("/login", async (_req, res) => {
    try {
      const { url, flow } = await oidc.start();
      // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
      res.cookie(OIDC_FLOW_COOKIE, await oidc.sealFlow(flow), { ...flowCookie, maxAge: OIDC_FLOW_MINUTES * 60_000 });
      res.redirect(303, url.href);
    } catch (error) {
      log(res).error({ code: "OIDC_DISCOVERY_FAILED", errorName: error instanceof Error ? error.name : "unknown" }, "oidc login could not start");
      toLoginPage(res, "fejl");
    }
  });

  router.get("/callback", async (req, res) => {
    // Used once: a second callback with the same flow finds no cookie.
    res.clearCookie(OIDC_FLOW_COOKIE, flowCookie);
    // cookie-parser's cookies are untyped; the flow cookie is checked as unknown by openFlow.
    const sealed = (req.cookies as Record<string, unknown> | undefined)?.[OIDC_FLOW_COOKIE];
    const flow = await oidc.openFlow(sealed);
    if (!flow) {
      log(res).warn({ code: "OIDC_NO_FLOW" }, "oidc callback without a valid flow cookie");
      return toLoginPage(res, "fejl");
    }
    let identity: ProviderIdentity;
    try {
      identity = await oidc.finish(queryOf(req), flow);
    } catch (error) {
      if (error instanceof AuthorizationResponseError && error.error === "access_denied") {
        log(res).info({ code: "OIDC_ACCESS_DENIED" }, "oidc sign-in cancelled or denied at the provider");
        return toLoginPage(res, "afbrudt");
      }
      // openid-client's codes (state mismatch, nonce, signature …); never the message, which may quote a claim.
      const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unknown";
      log(res).warn({ code: "OIDC_CALLBACK_REFUSED", reason: code, errorName: error instanceof Error ? error.name : "unknown" }, "oidc callback refused");
      return toLoginPage(res, "fejl");
    }
    try {
      const result = await signInWithIdentity(deps, oidc.settings, identity);
      if (result.kind === "REFUSED") {
        log(res).info({ code: `OIDC_REFUSED_${result.reason}`, userId: result.userId }, "oidc sign-in refused");
        return toLoginPage(res, "ingen-adgang");
      }
      setSessionCookie(res, deps, result.token, result.expiresAt);
      log(res).info(
        {
          code: "OIDC_LOGIN",
          userId: result.userId,
          sessionId: result.sessionId,
          created: result.created,
          linkedByEmail: result.linkedByEmail,
          oneTimePasswordVoided: result.oneTimePasswordVoided,
        },
        "login",
      );
      if (result.rolesAdded.length > 0 || result.rolesRemoved.length > 0) {
        log(res).info(
          { code: "OIDC_ROLES_CHANGED", userId: result.userId, added: result.rolesAdded, removed: result.rolesRemoved },
          "global roles from the identity provider's groups",
        );
      }
      res.redirect(303, "/");
    } catch (error) {
      log(res).error({ code: "OIDC_SIGN_IN_FAILED", errorName: error instanceof Error ? error.name : "unknown" }, "oidc sign-in failed");
      toLoginPage(res, "fejl");
    }
  });

  // JSON only: a form on another site cannot send it without CORS, which this API does not allow (no logout CSRF).
  router.post("/logout", async (req, res) => {
    if (!req.is("application/json")) {
      res.status(415).json({ error: "Send forespørgslen som JSON." });
      return;
    }
    const ctx = await buildContext(deps, req, res);
    const user = ctx.user;
    if (user) await logout(ctx);
    let redirectTo = "/";
    try {
      // Only someone who has signed in through the provider is sent to its logout; a local user stays here.
      const linked = user ? await isLinkedAt(ctx.manager, user.id, (await oidc.config()).serverMetadata().issuer) : false;
      if (linked) {
        const end = await oidc.endSessionUrl(new URL("/", oidc.settings.redirectUrl));
        if (end) redirectTo = end.href;
      }
    } catch (error) {
      log(res).warn({ code: "OIDC_END_SESSION_UNAVAILABLE", errorName: error instanceof Error ? error.name : "unknown" }, "oidc end-session url unavailable");
    }
    res.json({ redirectTo });
  });

  return router;
}
