import type { Request, Response } from "express";
import { DomainError } from "../../common/errors.js";
import { withMunicipalScope } from "../../common/municipality-scope.js";
import { activeUserById } from "../../common/repository/session.js";
import type { Context, ServerDeps } from "../../context.js";
import { createLoaders } from "../../loaders.js";
import type { JobRecord } from "./job.repository.js";

/**
 * The context a job runs in: its creator, with the roles and memberships they have NOW (a member removed since the
 * job was queued is refused by the same checks as a request), and no HTTP request (jobs use neither req nor res).
 */
export async function jobContext(deps: ServerDeps, job: JobRecord): Promise<Context> {
  const manager = deps.dataSource.manager;
  const found = job.createdBy ? await activeUserById(manager, job.createdBy) : null;
  if (!found) throw new DomainError("FORBIDDEN", "Brugeren, der startede jobbet, er ikke længere aktiv. Start det igen.");
  const user = await withMunicipalScope(manager, {
    id: found.userId,
    email: found.email,
    name: found.name,
    sessionId: job.id,
    tokenKind: "SESSION",
    globalRoles: found.globalRoles,
    projectRoles: found.projectRoles,
    passwordChangeRequired: false,
  });
  return {
    requestId: `job:${job.id}`,
    user,
    manager,
    // A job reads what is committed when it runs (an export is the figures of that moment): the primary.
    readManager: manager,
    loaders: createLoaders(manager),
    logger: deps.logger.child({ jobId: job.id, userId: user.id }),
    deps,
    req: {} as Request,
    res: {} as Response,
  };
}
