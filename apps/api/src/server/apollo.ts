import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Server } from "node:http";
import type { Logger } from "pino";
import { errorLogging, makeFormatError } from "../common/errors.js";
import { fairSharePlugin } from "../common/fair-share.js";
import { introspectionGuard, queryProtection } from "../common/limits.js";
import type { Context } from "../context.js";
import { createSchema } from "../schema.js";

/**
 * Apollo's own log lines ("Unexpected error processing request: <the error's text>") into the application log,
 * up to the first colon: the text after it can hold what a user sent.
 */
function apolloLogger(logger: Logger) {
  const line = (level: "debug" | "info" | "warn" | "error") => (message?: unknown) => logger[level]({ source: "apollo" }, String(message).split(":")[0]);
  return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
}

/** The started Apollo Server: the schema, the query limits, error masking and the fair share. */
export async function startApollo(httpServer: Server, logger: Logger, production: boolean): Promise<ApolloServer<Context>> {
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
      // No cache hints in this schema: every answer is private and sent with Cache-Control: no-store (app.ts).
      // Without the plugin Apollo need not wrap every field's resolver to collect hints.
      ApolloServerPluginCacheControlDisabled(),
      introspectionGuard(production),
      errorLogging(),
      ...protection.plugins,
      // Last: an operation the limits above refuse is not counted against the user's budget.
      fairSharePlugin(),
    ],
  });
  await apollo.start();
  return apollo;
}
