import type { AccessAction } from "@overblik/db";
import type { EntityManager } from "typeorm";
import type { Context } from "../context.js";
import { requireUser } from "./auth.js";
import { insertAccessLog } from "./repository/access-log.js";
import { requirePurpose } from "./validation.js";

export interface AccessUse {
  action: AccessAction;
  projectId: string | null;
  /** One row per citizen; an empty list writes one row without a participant (e.g. a search that found no one). */
  participantIds: readonly string[];
  purpose: string;
  /** For searches: what was searched for, described without the value itself. */
  criterion?: string | null;
}

/**
 * Writes the access log in the same transaction as the use (pass the transaction's manager), so a read
 * that cannot be logged is not served and a change that rolls back leaves no log row behind. The purpose is checked
 * once more here (the same rule as at the door: 3–300 characters after trimming) and stored trimmed.
 */
export async function logAccess(ctx: Context, use: AccessUse, manager: EntityManager = ctx.manager): Promise<void> {
  const user = requireUser(ctx);
  const ids: Array<string | null> = use.participantIds.length > 0 ? [...use.participantIds] : [null];
  await insertAccessLog(manager, {
    userId: user.id,
    action: use.action,
    projectId: use.projectId,
    purpose: requirePurpose(use.purpose),
    criterion: use.criterion ?? null,
    requestId: ctx.requestId,
    participantIds: ids,
  });
}
