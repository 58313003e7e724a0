import { recordUserAudit } from "@overblik/db";
import { COMPETENCE_LABELS, type Competence, type ProjectRole } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import type { RoleEnum } from "../../common/enums.js";
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
  const users: Array<{ name: string; active: boolean }> = await ctx.manager.query(`SELECT name, active FROM app_user WHERE id = $1`, [input.userId]);
  const user = users[0];
  if (!user) throw notFound("Brugeren");
  if (!user.active) throw new DomainError("BAD_USER_INPUT", `${user.name} er deaktiveret. Genaktivér brugeren først.`);
  await ctx.manager.transaction(async (tx) => {
    const added = await rowsOf<{ id: string }>(
      tx,
      `INSERT INTO project_membership (project_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_project_membership DO NOTHING RETURNING id`,
      [input.projectId, input.userId, role],
    );
    if (!added[0]) throw new DomainError("BAD_USER_INPUT", `${user.name} er allerede ${ROLE_LABELS[role]} i projektet.`);
    await tx.query(`INSERT INTO project_membership_history (project_id, user_id, role, action, changed_by) VALUES ($1, $2, $3, 'ADDED', $4)`, [
      input.projectId,
      input.userId,
      role,
      by.id,
    ]);
    await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "PROJECT_ROLE_ADDED", projectId: input.projectId, details: { role } });
    if (role === "TEAM_MEMBER") {
      const competence = input.competence as Competence;
      const title = input.title?.trim() || COMPETENCE_LABELS[competence];
      const hours = input.hoursPerWeek === null || input.hoursPerWeek === undefined ? null : (Math.round(input.hoursPerWeek * 10) / 10).toFixed(1);
      const linked = await rowsOf<{ id: string }>(
        tx,
        // Only a current member row: one whose membership ended keeps its history, and the user gets a new row.
        `UPDATE team_member SET title = $3, competence = $4, hours_per_week = $5, version = version + 1
          WHERE project_id = $1 AND user_id = $2 AND ended_on IS NULL RETURNING id`,
        [input.projectId, input.userId, title, competence, hours],
      );
      if (!linked[0]) {
        await tx.query(
          `INSERT INTO team_member (project_id, name, title, competence, ad_hoc, user_id, hours_per_week) VALUES ($1, $2, $3, $4, false, $5, $6)`,
          [input.projectId, user.name, title, competence, input.userId, hours],
        );
      }
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
    await tx.query(`SELECT id FROM project WHERE id = $1 FOR UPDATE`, [input.projectId]);
    if (role === "LEADER") {
      const leaders: Array<{ user_id: string }> = await tx.query(`SELECT user_id FROM project_membership WHERE project_id = $1 AND role = 'LEADER'`, [
        input.projectId,
      ]);
      if (leaders.length === 1 && leaders[0]?.user_id === input.userId) {
        throw new DomainError("BAD_USER_INPUT", "Projektet skal have mindst én leder. Tilføj en ny leder, før du fjerner den sidste.");
      }
    }
    const removed = await rowsOf<{ id: string }>(tx, `DELETE FROM project_membership WHERE project_id = $1 AND user_id = $2 AND role = $3 RETURNING id`, [
      input.projectId,
      input.userId,
      role,
    ]);
    if (!removed[0]) throw new DomainError("NOT_FOUND", `Brugeren er ikke ${ROLE_LABELS[role]} i projektet.`);
    await tx.query(`INSERT INTO project_membership_history (project_id, user_id, role, action, changed_by) VALUES ($1, $2, $3, 'REMOVED', $4)`, [
      input.projectId,
      input.userId,
      role,
      by.id,
    ]);
    await recordUserAudit(tx, { actorId: by.id, userId: input.userId, action: "PROJECT_ROLE_REMOVED", projectId: input.projectId, details: { role } });
    if (role === "TEAM_MEMBER") await tx.query(`UPDATE team_member SET user_id = NULL, version = version + 1 WHERE project_id = $1 AND user_id = $2`, [input.projectId, input.userId]);
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
  const rows: Array<{ id: string; user_id: string; user_name: string; role: RoleEnum; action: string; changed_by: string; changed_at: Date }> =
    await ctx.manager.query(
      `SELECT h.id, h.user_id, u.name AS user_name, h.role, h.action, c.name AS changed_by, h.changed_at
         FROM project_membership_history h JOIN app_user u ON u.id = h.user_id JOIN app_user c ON c.id = h.changed_by
        WHERE h.project_id = $1 ORDER BY h.changed_at DESC, h.id`,
      [projectId],
    );
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    role: r.role,
    action: r.action,
    changedBy: r.changed_by,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}
