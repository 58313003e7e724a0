import type { Context } from "../context.js";
import { createLoaders } from "../loaders.js";

const onReplica = new WeakMap<Context, Context>();

/**
 * The request's context for the styregruppe's read-only screens (the portfolio, a project's dashboard and effect):
 * its manager and loaders read from the read replica (DATABASE_READ_URL); the user and roles (checked on the primary
 * when the request began), the logger and the rest are the request's. Without a replica it is the request's own
 * context, loaders included. What is read here may be seconds behind the primary (replication lag, docs/scale-out.md).
 * Never for a write, a transaction or the access log: the replica's connections are read-only, so a write fails.
 */
export function onReadReplica(ctx: Context): Context {
  if (ctx.readManager === ctx.manager) return ctx;
  let replica = onReplica.get(ctx);
  if (!replica) {
    const { requestId, user, readManager, deps, req, res } = ctx;
    replica = {
      requestId,
      user,
      manager: readManager,
      readManager,
      // One set per request, shared by every read-only field of it (a portfolio and three dashboards batch together).
      loaders: createLoaders(readManager),
      get logger() {
        return ctx.logger;
      },
      deps,
      req,
      res,
    };
    onReplica.set(ctx, replica);
  }
  return replica;
}
