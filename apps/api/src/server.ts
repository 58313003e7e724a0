// The HTTP server, composed from its parts in ./server/: the app, security headers, request ids, health,
// GraphQL (Apollo and the playground), exports and sign-on, /was, the portal's files, and the error handler.
import { createServer } from "node:http";
import { startJobWorker } from "./modules/jobs/handlers.js";
import { startApollo } from "./server/apollo.js";
import { createApp, type Middleware } from "./server/app.js";
import { serverDeps } from "./server/deps.js";
import { errorHandler } from "./server/errors.js";
import { mountExportsAndSignOn } from "./server/exports.js";
import { graphqlMiddlewares } from "./server/graphql.js";
import { health } from "./server/health.js";
import { listen, runningServer } from "./server/listen.js";
import type { RunningServer, ServerOptions } from "./server/options.js";
import { DEFAULT_PORTAL_DIST, portal } from "./server/portal.js";
import { requestId } from "./server/request-id.js";
import { securityHeaders } from "./server/security-headers.js";
import { accessibilityStatement } from "./server/was.js";

export type { RunningServer, ServerOptions } from "./server/options.js";
export { DEFAULT_PORTAL_DIST } from "./server/portal.js";

export async function startServer(options: ServerOptions, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const { dataSource, logger } = options;
  const deps = serverDeps(options);
  const app = createApp();
  const httpServer = createServer(app);
  const apollo = await startApollo(httpServer, logger, options.production ?? false);

  // The one list every request goes through first, on every path. (POST /graphql once had a path of its own
  // around Express's router; measured, it saved less than the machine's noise: see docs/benchmarks.md.)
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
  app.get("/was", accessibilityStatement(options.accessibilityStatementUrl));
  files.mount(app);
  app.use(onError);

  const actualPort = await listen(httpServer, port, host);
  // Background jobs (modules/jobs): this process takes its share unless configured off.
  const worker = startJobWorker(deps, options.jobs);
  return runningServer(app, actualPort, host, async () => {
    await worker?.stop();
    await apollo.stop();
  });
}
