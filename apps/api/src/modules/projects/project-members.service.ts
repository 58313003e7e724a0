import { recordUserAudit } from "@overblik/db";
import { COMPETENCE_LABELS, type Competence, type ProjectRole } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import type { RoleEnum } from "../../common/enums.js";
import {
  deleteMembership,
  insertMembership,
  insertMembershipHistory,
  leaderIds,
  linkTeamMember,
  membershipHistory,
  unlinkTeamMember,
  userForMembership,
} from "./project-members.repository.js";
import { lockProjectRow } from "./project.repository.js";
import { getProject } from "./project.service.js";
import type { AddProjectMemberInput, ProjectMemberType, ProjectMembershipChangeType, RemoveProjectMemberInput } from "./project-setup.types.js";
import type { ProjectType } from "./project.types.js";

export const ROLE_LABELS: Readonly<Record<ProjectRole, string>> = {
  STYREGRUPPE: "styregruppemedlem",
  LEADER: "leder",
  TOVHOLDER: "tovholder",
  CASEWORKER: "sagsbehandler",
  TEAM_MEMBER: "teammedlem",
};

const PROJECT_ROLES: readonly string[] = Object.keys(ROLE_LABELS);

function projectRole(role: RoleEnum): ProjectRole {
  if (!PROJECT_ROLES.includes(role)) throw new DomainError("BAD_USER_INPUT", "ADMIN og DEVELOPER er globale roller; vælg en projektrolle.");
  return role as ProjectRole;
}

/**
 * Puts an existing, active user into one of the project's roles. A team member also gets (or keeps) the flow's
 * team member row, with their competence, title and hours a week, so they are on the team the meetings use.
 */
export async function addProjectMember(ctx: Context, input: AddProjectMemberInput): Promise<ProjectType> {
  await requireAccess(ctx, "project.members", input.projectId);
  const by = requireUser(ctx);
  const role = projectRole(input.role);
  if (role === "TEAM_MEMBER" && !input.competence) {
    throw new DomainError("BAD_USER_INPUT", "Vælg teammedlemmets kompetence (fx beskæftigelse eller socialfaglig).");
  }
  const user = await userForMembership(ctx.manager, input.userId);
  if (!user) throw notFound("Brugeren");
  if (!user.active) throw new DomainError("BAD_USER_INPUT", `${user.name} er deaktiveret. Genaktivér brugeren først.`);
  await ctx.manager.transaction(async (tx) => {
    const added = await insertMembership(tx, input.projectId, input.userId, role);
    if (!added) throw new DomainError("BAD_USER_INPUT", `${user.name} er allerede ${ROLE_LABELS[role]} i projektet.`);
    await insertMembershipHistory(tx, { projectId: input.projectId, userId: input.userId, role, action: "ADDED", changedBy: by.id });
    await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "PROJECT_ROLE_ADDED", projectId: input.projectId, details: { role } });
    if (role === "TEAM_MEMBER") {
      const competence = input.competence as Competence;
      const title = input.title?.trim() || COMPETENCE_LABELS[competence];
      const hours = input.hoursPerWeek === null || input.hoursPerWeek === undefined ? null : (Math.round(input.hoursPerWeek * 10) / 10).toFixed(1);
      await linkTeamMember(tx, { projectId: input.projectId, userId: input.userId, name: user.name, title, competence, hoursPerWeek: hours });
    }
  });
  return getProject(ctx, input.projectId);
}

/**
 * Takes a role away; it takes effect on the user's next request (roles are read per request). The last leader
 * stays: a project always has someone who may change its members. A team member's row stays in the team (the
 * meetings they attended keep their name) but loses its login.
 */
export async function removeProjectMember(ctx: Context, input: RemoveProjectMemberInput): Promise<ProjectType> {
  await requireAccess(ctx, "project.members", input.projectId);
  const by = requireUser(ctx);
  const role = projectRole(input.role);
  await ctx.manager.transaction(async (tx) => {
    // One change of members at a time per project, so two leaders cannot remove each other at once.
    await lockProjectRow(tx, input.projectId);
    if (role === "LEADER") {
      const leaders = await leaderIds(tx, input.projectId);
      if (leaders.length === 1 && leaders[0] === input.userId) {
        throw new DomainError("BAD_USER_INPUT", "Projektet skal have mindst én leder. Tilføj en ny leder, før du fjerner den sidste.");
      }
    }
    const removed = await deleteMembership(tx, input.projectId, input.userId, role);
    if (!removed) throw new DomainError("NOT_FOUND", `Brugeren er ikke ${ROLE_LABELS[role]} i projektet.`);
    await insertMembershipHistory(tx, { projectId: input.projectId, userId: input.userId, role, action: "REMOVED", changedBy: by.id });
    await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "PROJECT_ROLE_REMOVED", projectId: input.projectId, details: { role } });
    if (role === "TEAM_MEMBER") await unlinkTeamMember(tx, input.projectId, input.userId);
  });
  return getProject(ctx, input.projectId);
}

/** A project's members, through the per-request loader (a list of projects costs one statement). */
export async function projectMembers(ctx: Context, projectId: string): Promise<ProjectMemberType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return ctx.loaders.membersByProject.load(projectId);
}

export async function projectMembershipHistory(ctx: Context, projectId: string): Promise<ProjectMembershipChangeType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return membershipHistory(ctx.manager, projectId);
}
