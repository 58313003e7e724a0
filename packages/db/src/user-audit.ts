import type { EntityManager } from "typeorm";
import type { UserAuditAction } from "./entities/user-audit.entity.js";

export interface UserAuditRecord {
  /** The user who made the change; null for the command line (source KOMMANDOLINJE) or the organisation's sign-in (OIDC). */
  actorId: string | null;
  /** Where a change without an actor came from; KOMMANDOLINJE unless said. */
  source?: "KOMMANDOLINJE" | "OIDC";
  userId: string;
  action: UserAuditAction;
  projectId?: string | null;
  /** Codes and role lists (e.g. { before: ["ADMIN"], after: [] }); never a password or free text. */
  details?: Record<string, unknown>;
}

/** Writes one row of the users' audit trail; call it inside the transaction that makes the change. */
export async function recordUserAudit(manager: Pick<EntityManager, "query">, record: UserAuditRecord): Promise<void> {
  await manager.query(`INSERT INTO user_audit (actor_id, source, user_id, action, project_id, details) VALUES ($1, $2, $3, $4, $5, $6)`, [
    record.actorId,
    record.actorId === null ? (record.source ?? "KOMMANDOLINJE") : "API",
    record.userId,
    record.action,
    record.projectId ?? null,
    JSON.stringify(record.details ?? {}),
  ]);
}
