import { rolesAllow, type Colour, type Permission } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { Context } from "../../context.js";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { notFound } from "../../common/errors.js";

/**
 * Who sees which citizens (issue "Citizens in a project"), by permission: participant.read sees the citizens one is
 * caseworker for, participant.readAll every citizen of the project (the tovholder); without participant.read —
 * styregruppe, leaders, team members and administrators — none at all (aggregates and the access log are theirs).
 */
export type ParticipantScope = { kind: "ALL"; projectId: string } | { kind: "ASSIGNED"; projectId: string; caseworkerId: string };

export function participantScope(ctx: Context, projectId: string): ParticipantScope {
  const user = requireUser(ctx);
  const roles = requireReadAccess(ctx, "participant.read", projectId);
  if (rolesAllow(roles, "participant.readAll")) return { kind: "ALL", projectId };
  return { kind: "ASSIGNED", projectId, caseworkerId: user.id };
}

/** SQL condition (on alias p) and parameters for a scope, numbered from `first`. */
export function scopeCondition(scope: ParticipantScope, first: number): { sql: string; params: unknown[] } {
  if (scope.kind === "ALL") return { sql: `p.project_id = $${first}`, params: [scope.projectId] };
  return { sql: `p.project_id = $${first} AND p.caseworker_id = $${first + 1}`, params: [scope.projectId, scope.caseworkerId] };
}

export function inScope(scope: ParticipantScope, row: { projectId: string; caseworkerId: string | null }): boolean {
  return row.projectId === scope.projectId && (scope.kind === "ALL" || row.caseworkerId === scope.caseworkerId);
}

/**
 * Locks one participant for a change in the transaction: the change's permission in the participant's project (an
 * open project), and the user's scope must hold them (else NOT_FOUND).
 */
export async function lockParticipantInScope(ctx: Context, tx: EntityManager, participantId: string, permission: Permission) {
  const rows: Array<{ id: string; project_id: string; caseworker_id: string | null; colour: Colour | null; version: number }> = await tx.query(
    `SELECT id, project_id, caseworker_id, colour, version FROM participant WHERE id = $1 FOR UPDATE`,
    [participantId],
  );
  const participant = rows[0];
  if (!participant) throw notFound("Deltageren");
  await requireAccess(ctx, permission, participant.project_id, tx);
  const scope = participantScope(ctx, participant.project_id);
  if (!inScope(scope, { projectId: participant.project_id, caseworkerId: participant.caseworker_id })) throw notFound("Deltageren");
  return { participant, scope };
}
