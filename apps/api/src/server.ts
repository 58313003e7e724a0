import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { SessionTokens } from "./common/auth.js";
import { PersonalDataCipher } from "./common/personal-data.js";
import { errorLogging, makeFormatError } from "./common/errors.js";
import { DEFAULT_FAIR_SHARE_COST_PER_MINUTE, FairShare, fairSharePlugin, MAX_EXPENSIVE_IN_FLIGHT } from "./common/fair-share.js";
import { introspectionGuard, queryProtection } from "./common/limits.js";
import { buildContext, type Context, type ServerDeps } from "./context.js";
import { DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE } from "./modules/auth/login-rate-limit.js";
import { exportRouter } from "./modules/export/export.routes.js";
import { OidcRelyingParty } from "./modules/oidc/oidc.client.js";
import type { OidcSettings } from "./modules/oidc/oidc.config.js";
import { oidcRouter } from "./modules/oidc/oidc.routes.js";
import { createSchema } from "./schema.js";
import { portalFiles } from "./common/static-files.js";
import { failStaleImportJobs } from "./modules/imports/import-job.service.js";

export interface ServerOptions {
  dataSource: DataSource;
  logger: Logger;
  sessionSecret: string;
  /** AES-256-GCM key (32 bytes) for names and CPR numbers, and the HMAC key (≥ 32 bytes) for CPR lookup. */
  personalDataKeys: { encryptionKey: Buffer; lookupKey: Buffer };
  sessionHours?: number;
  loginLockMinutes?: number;
  /** Login attempts per client (IP address as Express sees it) and minute; default 20. */
  loginAttemptsPerMinute?: number;
  /** Cost units of expensive work one user may spend per minute, across processes (common/fair-share.ts); default 600. */
  fairShareCostPerMinute?: number;
  /** Expensive operations one user may have running at once in this process; default 4. */
  fairShareMaxInFlight?: number;
  /** Production mode: introspection only for developers and administrators. */
  production?: boolean;
  secureCookies?: boolean;
  /** The built portal (apps/portal/dist); served at / with the playground at GET /graphql. */
  portalDist?: string;
  /** Single sign-on with OpenID Connect (env.ts: OIDC_*); null or absent: local accounts only. */
  oidc?: OidcSettings | null;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Also listen on another port (the portal's), serving the same app. */
  listenAlso(port: number): Promise<number>;
  close(): Promise<void>;
}

export const DEFAULT_PORTAL_DIST = fileURLToPath(new URL("../../portal/dist", import.meta.url));

/** The body parser's refusals (status 4xx and a `type`), in Danish with a code a client can act on. */
function clientError(error: unknown): { status: number; code: string; message: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (typeof status !== "number" || status < 400 || status >= 500) return null;
  switch (type) {
    case "entity.parse.failed":
      return { status: 400, code: "BAD_REQUEST", message: "Forespørgslens krop er ikke gyldig JSON." };
    case "entity.too.large":
      return { status: 413, code: "PAYLOAD_TOO_LARGE", message: "Forespørgslen er for stor." };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Forespørgslen skal være JSON i UTF-8." };
    default:
      return { status, code: "BAD_REQUEST", message: "Forespørgslen kunne ikke læses." };
  }
}

/**
 * The headers a middleware sets when it sets the same ones on every response (helmet with a fixed
 * configuration and no nonce): run once against a recording response. Throws if it does anything else.
 */
function fixedHeaders(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  let called = false;
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.push([name, String(value)]);
      return recorder;
    },
    removeHeader() {},
  };
  middleware({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    called = true;
  });
  if (!called) throw new Error("fixedHeaders: the middleware did not finish at once");
  return headers;
}

/**
 * Apollo's own log lines ("Unexpected error processing request: <the error's text>") into the application log,
 * up to the first colon: the text after it can hold what a user sent.
 */
function apolloLogger(logger: Logger) {
  const line = (level: "debug" | "info" | "warn" | "error") => (message?: unknown) => logger[level]({ source: "apollo" }, String(message).split(":")[0]);
  return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
}

/** GraphQL answers hold personal data and rights-dependent figures: never stored by a browser or a proxy. */
const NO_STORE: [string, string] = ["Cache-Control", "no-store"];

export async function startServer(options: ServerOptions, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const { dataSource, logger } = options;
  const deps: ServerDeps = {
    dataSource,
    logger,
    tokens: new SessionTokens(options.sessionSecret),
    cipher: new PersonalDataCipher(options.personalDataKeys.encryptionKey, options.personalDataKeys.lookupKey),
    sessionHours: options.sessionHours ?? 12,
    loginLockMinutes: options.loginLockMinutes ?? 30,
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE,
    secureCookies: options.secureCookies ?? false,
    fairShare: new FairShare(options.fairShareCostPerMinute ?? DEFAULT_FAIR_SHARE_COST_PER_MINUTE, options.fairShareMaxInFlight ?? MAX_EXPENSIVE_IN_FLIGHT),
    oidc: options.oidc ? new OidcRelyingParty(options.oidc, options.sessionSecret) : null,
  };
  const app = express();
  app.disable("x-powered-by");
  // No ETag on GraphQL answers and exports (a SHA-1 of every response body); the portal's files get theirs
  // from express.static.
  app.set("etag", false);
  // POST /graphql (nearly every request) skips the router's walk; everything else is the Express app. Set below.
  let fastGraphql: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (fastGraphql && req.method === "POST" && req.url === "/graphql") fastGraphql(req, res);
    else app(req, res);
  };
  const httpServer = createServer(handler);
  const extraServers: Server[] = [];

  const protection = queryProtection();
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: makeFormatError(logger),
    logger: apolloLogger(logger),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema: every answer is private and sent with Cache-Control: no-store (below).
      // Without the plugin Apollo need not wrap every field's resolver to collect hints.
      ApolloServerPluginCacheControlDisabled(),
      introspectionGuard(options.production ?? false),
      errorLogging(),
      ...protection.plugins,
      // Last: an operation the limits above refuse is not counted against the user's budget.
      fairSharePlugin(),
    ],
  });
  await apollo.start();
  // Jobs a previous process left half-read can never finish: say so to whoever follows them.
  await failStaleImportJobs(dataSource.manager);

  // A strict CSP that names no external host: the portal and the playground are served from this origin only.
  const securityHeaders = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // GraphiQL and Monaco set inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          workerSrc: ["'self'", "blob:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // Plain http on a closed network must keep working; a TLS proxy in front sets HSTS.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    });
  app.use(securityHeaders);
  // The same headers for POST /graphql, set from a list made once: helmet's are fixed by its configuration.
  const securityHeaderList = fixedHeaders(securityHeaders);

  const requestId = (req: Request, res: Response, next: NextFunction) => {
    const id = randomUUID();
    res.locals.requestId = id;
    res.setHeader("X-Request-Id", id);
    if (logger.isLevelEnabled("debug")) {
      const started = process.hrtime.bigint();
      // The path only: query strings and bodies may carry personal data.
      res.on("finish", () =>
        logger.debug({ requestId: id, method: req.method, path: req.path, status: res.statusCode, ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000 }, "request"),
      );
    }
    next();
  };
  app.use(requestId);

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.status(200).json({ status: "ok", database: "ok" });
    } catch (error) {
      logger.warn({ err: error }, "health check: database unreachable");
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });

  const portalDist = options.portalDist ?? DEFAULT_PORTAL_DIST;
  const playgroundHtml = join(portalDist, "playground.html");
  const portalIndex = join(portalDist, "index.html");
  const portal = portalFiles(portalDist);

  // A browser opening /graphql gets the playground (GraphiQL from our own build, no CDN).
  app.get("/graphql", (req, res, next) => {
    const wantsHtml = req.accepts(["application/json", "text/html"]) === "text/html" && !req.query.query;
    if (!wantsHtml) return next();
    if (!existsSync(playgroundHtml)) {
      res.status(503).type("text/plain; charset=utf-8").send("Legepladsen er ikke bygget. Kør npm start (eller npm run build).");
      return;
    }
    portal.send(req, res, next, "/playground.html");
  });

  const noStore = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader(...NO_STORE);
    next();
  };
  const graphqlRequest = [
    cookieParser(),
    express.json({ limit: "15mb" }),
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(deps, req, res) }),
  ];
  const graphql = [noStore, ...graphqlRequest];
  // POST (nearly every call) as a route: no path trimming for each of the three; other methods as before.
  app.post("/graphql", ...graphql);
  app.use("/graphql", ...graphql);

  app.use("/export", exportRouter(deps));
  app.use("/auth/oidc", noStore, oidcRouter(deps, deps.oidc));

  if (existsSync(portalIndex)) {
    // Precompressed (brotli or gzip) and cached by name: apps/portal/build/precompress.ts writes the variants.
    app.use(portal.middleware);
    // The portal routes in the browser: any other GET gets its index.html.
    app.get(/^\/(?!graphql|healthz|export|auth\/oidc).*/, (req, res, next) => portal.send(req, res, next, "/index.html"));
  } else {
    app.get("/", (_req, res) =>
      res.type("text/plain; charset=utf-8").send("Overblik API. Portalen er ikke bygget: kør npm start (eller npm run build)."),
    );
  }

  const errorHandler = (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const client = clientError(error);
    if (client) {
      // The request's own fault (a body that is not JSON, or too large): said as a GraphQL error, not a 500.
      logger.info({ requestId: res.locals.requestId, status: client.status, type: (error as { type?: string }).type }, "request refused");
      if (!res.headersSent) {
        res.status(client.status).json({ errors: [{ message: client.message, extensions: { code: client.code } }], requestId: res.locals.requestId });
      }
      return;
    }
    logger.error({ err: error, requestId: res.locals.requestId }, "unhandled HTTP error");
    if (!res.headersSent) res.status(500).json({ error: "Der opstod en uventet fejl.", requestId: res.locals.requestId });
  };
  app.use(errorHandler);

  // The fast path runs the middlewares Express would for POST /graphql, in the same order, on requests and
  // responses given Express's prototypes as app.handle does (req.ip, res.cookie, res.send work); helmet's
  // headers come from their list (a test compares them with a GET's).
  const fastHeaders: Array<[string, string]> = [...securityHeaderList, NO_STORE];
  const presetHeaders = (req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of fastHeaders) res.setHeader(name, value);
    requestId(req, res, next);
  };
  const graphqlChain = [presetHeaders, ...graphqlRequest] as Array<(req: Request, res: Response, next: NextFunction) => unknown>;
  fastGraphql = (rawReq, rawRes) => {
    const req = rawReq as Request;
    const res = rawRes as Response;
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    res.locals = Object.create(null) as Response["locals"];
    let i = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) return errorHandler(error, req, res, next);
      const fn = graphqlChain[i++];
      if (!fn) return;
      try {
        const result = fn(req, res, next);
        if (result instanceof Promise) result.catch(next);
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;

  return {
    port: actualPort,
    url: `http://${host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host}:${actualPort}`,
    async listenAlso(otherPort: number) {
      const server = createServer(handler);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(otherPort, host, () => resolve());
      });
      extraServers.push(server);
      return (server.address() as AddressInfo).port;
    },
    async close() {
      for (const server of extraServers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await apollo.stop();
    },
  };
}
