import type { AccessAction } from "@overblik/db";
import type { EntityManager } from "typeorm";
import type { Context } from "../context.js";
import { requireUser } from "./auth.js";
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
  await manager.query(
    `INSERT INTO access_log (user_id, action, project_id, participant_id, purpose, criterion, request_id)
     SELECT $1, $2, $3, p, $4, $5, $6 FROM unnest($7::uuid[]) AS p`,
    [user.id, use.action, use.projectId, requirePurpose(use.purpose), use.criterion ?? null, ctx.requestId, ids],
  );
}
