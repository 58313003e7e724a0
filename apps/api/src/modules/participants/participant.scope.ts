import { rolesAllow, type Permission } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { Context } from "../../context.js";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { notFound } from "../../common/errors.js";
import { lockParticipant, type ParticipantScope } from "./participant.repository.js";

export type { ParticipantScope };

/**
 * Who sees which citizens (issue "Citizens in a project"), by permission: participant.read sees the citizens one is
 * caseworker for, participant.readAll every citizen of the project (the tovholder); without participant.read —
 * styregruppe, leaders, team members and administrators — none at all (aggregates and the access log are theirs).
 */
export function participantScope(ctx: Context, projectId: string): ParticipantScope {
  const user = requireUser(ctx);
  const roles = requireReadAccess(ctx, "participant.read", projectId);
  if (rolesAllow(roles, "participant.readAll")) return { kind: "ALL", projectId };
  return { kind: "ASSIGNED", projectId, caseworkerId: user.id };
}

export function inScope(scope: ParticipantScope, row: { projectId: string; caseworkerId: string | null }): boolean {
  return row.projectId === scope.projectId && (scope.kind === "ALL" || row.caseworkerId === scope.caseworkerId);
}

/**
 * Locks one participant for a change in the transaction: the change's permission in the participant's project (an
 * open project), and the user's scope must hold them (else NOT_FOUND).
 */
export async function lockParticipantInScope(ctx: Context, tx: EntityManager, participantId: string, permission: Permission) {
  const participant = await lockParticipant(tx, participantId);
  if (!participant) throw notFound("Deltageren");
  await requireAccess(ctx, permission, participant.project_id, tx);
  const scope = participantScope(ctx, participant.project_id);
  if (!inScope(scope, { projectId: participant.project_id, caseworkerId: participant.caseworker_id })) throw notFound("Deltageren");
  return { participant, scope };
}
