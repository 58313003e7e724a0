// The HTTP server, composed from its parts in ./server/: the app, security headers, request ids, health,
// GraphQL (Apollo and the playground), exports and sign-on, the portal's files, and the error handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { failStaleImportJobs } from "./modules/imports/import-job.service.js";
import { startApollo } from "./server/apollo.js";
import { createApp, type Middleware } from "./server/app.js";
import { serverDeps } from "./server/deps.js";
import { errorHandler } from "./server/errors.js";
import { mountExportsAndSignOn } from "./server/exports.js";
import { withGraphqlFastPath } from "./server/fast-path.js";
import { graphqlMiddlewares } from "./server/graphql.js";
import { health } from "./server/health.js";
import { listen, runningServer } from "./server/listen.js";
import type { RunningServer, ServerOptions } from "./server/options.js";
import { DEFAULT_PORTAL_DIST, portal } from "./server/portal.js";
import { requestId } from "./server/request-id.js";
import { securityHeaders } from "./server/security-headers.js";

export type { RunningServer, ServerOptions } from "./server/options.js";
export { DEFAULT_PORTAL_DIST } from "./server/portal.js";

export async function startServer(options: ServerOptions, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const { dataSource, logger } = options;
  const deps = serverDeps(options);
  const app = createApp();
  // The handler is complete only once every route is mounted (below); Apollo needs the server before that.
  let handler: (req: IncomingMessage, res: ServerResponse) => void = app;
  const dispatch = (req: IncomingMessage, res: ServerResponse) => handler(req, res);
  const httpServer = createServer(dispatch);
  const apollo = await startApollo(httpServer, logger, options.production ?? false);
  // Jobs a previous process left half-read can never finish: say so to whoever follows them.
  await failStaleImportJobs(dataSource.manager);

  // The one list every request goes through first, on every path (the fast path below included).
  const everyRequest: Middleware[] = [securityHeaders(), requestId(logger)];
  const graphql = graphqlMiddlewares(apollo, deps);
  const files = portal(options.portalDist ?? DEFAULT_PORTAL_DIST);
  const onError = errorHandler(logger);

  app.use(...everyRequest);
  app.get("/healthz", health(dataSource, logger));
  app.get("/graphql", files.playground);
  // POST (nearly every call) as a route: no path trimming for each middleware; other methods as before.
  app.post("/graphql", ...graphql);
  app.use("/graphql", ...graphql);
  mountExportsAndSignOn(app, deps);
  files.mount(app);
  app.use(onError);
  handler = withGraphqlFastPath(app, [...everyRequest, ...graphql], onError);

  const actualPort = await listen(httpServer, port, host);
  return runningServer(dispatch, actualPort, host, () => apollo.stop());
}
