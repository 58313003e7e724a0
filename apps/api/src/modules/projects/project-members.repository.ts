import type { ProjectRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { RoleEnum } from "../../common/enums.js";
import { rowsOf } from "../../common/sql.js";
import type { UserRefType } from "../budget/budget-change.types.js";
import type { ProjectMemberType, ProjectMembershipChangeType } from "./project-setup.types.js";

/*
 * The project's members: memberships and their history, the team member row a TEAM_MEMBER role brings, and the
 * reads of them (the membersByProject loader, the history, the members with one role). Writes run inside the
 * caller's transaction, which also writes the user audit.
 */

/** The user a membership is for, with whether they may still log in; null for an unknown id. */
export async function userForMembership(manager: EntityManager, userId: string): Promise<{ name: string; active: boolean } | null> {
  const users: Array<{ name: string; active: boolean }> = await manager.query(`SELECT name, active FROM app_user WHERE id = $1`, [userId]);
  return users[0] ?? null;
}

/** Adds the role; false when the user already holds it (the unique constraint decides, not a read before). */
export async function insertMembership(tx: EntityManager, projectId: string, userId: string, role: ProjectRole): Promise<boolean> {
  const added = await rowsOf<{ id: string }>(
    tx,
    `INSERT INTO project_membership (project_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_project_membership DO NOTHING RETURNING id`,
    [projectId, userId, role],
  );
  return added[0] !== undefined;
}

/** The first leader of a new project: the user who created it. */
export async function insertFirstLeader(tx: EntityManager, projectId: string, userId: string): Promise<void> {
  await tx.query(`INSERT INTO project_membership (project_id, user_id, role) VALUES ($1, $2, 'LEADER')`, [projectId, userId]);
  await tx.query(`INSERT INTO project_membership_history (project_id, user_id, role, action, changed_by) VALUES ($1, $2, 'LEADER', 'ADDED', $2)`, [
    projectId,
    userId,
  ]);
}

/** One line of the membership history (append-only: who got or lost which role, and who changed it). */
export async function insertMembershipHistory(
  tx: EntityManager,
  entry: { projectId: string; userId: string; role: ProjectRole; action: "ADDED" | "REMOVED"; changedBy: string },
): Promise<void> {
  const sql =
    entry.action === "ADDED"
      ? `INSERT INTO project_membership_history (project_id, user_id, role, action, changed_by) VALUES ($1, $2, $3, 'ADDED', $4)`
      : `INSERT INTO project_membership_history (project_id, user_id, role, action, changed_by) VALUES ($1, $2, $3, 'REMOVED', $4)`;
  await tx.query(sql, [entry.projectId, entry.userId, entry.role, entry.changedBy]);
}

/**
 * Gives the user's current team member row their competence, title and hours, or makes one: only a current row
 * (one whose membership ended keeps its history, and the user gets a new row).
 */
export async function linkTeamMember(
  tx: EntityManager,
  member: { projectId: string; userId: string; name: string; title: string; competence: string; hoursPerWeek: string | null },
): Promise<void> {
  const linked = await rowsOf<{ id: string }>(
    tx,
    `UPDATE team_member SET title = $3, competence = $4, hours_per_week = $5, version = version + 1
      WHERE project_id = $1 AND user_id = $2 AND ended_on IS NULL RETURNING id`,
    [member.projectId, member.userId, member.title, member.competence, member.hoursPerWeek],
  );
  if (!linked[0]) {
    await tx.query(`INSERT INTO team_member (project_id, name, title, competence, ad_hoc, user_id, hours_per_week) VALUES ($1, $2, $3, $4, false, $5, $6)`, [
      member.projectId,
      member.name,
      member.title,
      member.competence,
      member.userId,
      member.hoursPerWeek,
    ]);
  }
}

/** The project's leaders' user ids (the caller holds the project's lock, so the answer stays true). */
export async function leaderIds(tx: EntityManager, projectId: string): Promise<string[]> {
  const leaders: Array<{ user_id: string }> = await tx.query(`SELECT user_id FROM project_membership WHERE project_id = $1 AND role = 'LEADER'`, [projectId]);
  return leaders.map((l) => l.user_id);
}

/** Takes the role away; false when the user did not hold it. */
export async function deleteMembership(tx: EntityManager, projectId: string, userId: string, role: ProjectRole): Promise<boolean> {
  const removed = await rowsOf<{ id: string }>(tx, `DELETE FROM project_membership WHERE project_id = $1 AND user_id = $2 AND role = $3 RETURNING id`, [
    projectId,
    userId,
    role,
  ]);
  return removed[0] !== undefined;
}

/** The team member row stays in the team (the meetings they attended keep their name) but loses its login. */
export async function unlinkTeamMember(tx: EntityManager, projectId: string, userId: string): Promise<void> {
  await tx.query(`UPDATE team_member SET user_id = NULL, version = version + 1 WHERE project_id = $1 AND user_id = $2`, [projectId, userId]);
}

/** Whether the user is a caseworker in the project (a citizen can be assigned only to one). */
export async function isCaseworkerInProject(manager: EntityManager, projectId: string, userId: string): Promise<boolean> {
  const ok: Array<{ n: number }> = await manager.query(
    `SELECT count(*)::int AS n FROM project_membership WHERE project_id = $1 AND user_id = $2 AND role = 'CASEWORKER'`,
    [projectId, userId],
  );
  return Boolean(ok[0]?.n);
}

/** The project's active members with one role, by name. */
export function activeMembersWithRole(manager: EntityManager, projectId: string, role: RoleEnum): Promise<UserRefType[]> {
  return manager.query(
    `SELECT u.id, u.name FROM project_membership m JOIN app_user u ON u.id = m.user_id WHERE m.project_id = $1 AND m.role = $2 AND u.active ORDER BY u.name`,
    [projectId, role],
  );
}

/** Each project's members in the roles' order, for the membersByProject loader (one statement for a list of projects). */
export async function membersOfProjects(manager: EntityManager, projectIds: readonly string[]): Promise<Array<ProjectMemberType & { projectId: string }>> {
  const rows: Array<{
    project_id: string;
    user_id: string;
    name: string;
    email: string;
    role: RoleEnum;
    since: Date;
    competence: string | null;
    title: string | null;
    hours_per_week: string | null;
  }> = await manager.query(
    `SELECT m.project_id, m.user_id, u.name, u.email, m.role, m.created_at AS since, t.competence, t.title, t.hours_per_week::text AS hours_per_week
       FROM project_membership m
       JOIN app_user u ON u.id = m.user_id
       LEFT JOIN LATERAL (SELECT competence, title, hours_per_week FROM team_member
                           WHERE project_id = m.project_id AND user_id = m.user_id AND m.role = 'TEAM_MEMBER' ORDER BY ended_on IS NOT NULL LIMIT 1) t ON true
      WHERE m.project_id = ANY($1::uuid[])
      ORDER BY array_position(ARRAY['LEADER','STYREGRUPPE','TOVHOLDER','CASEWORKER','TEAM_MEMBER'], m.role), u.name`,
    [[...projectIds]],
  );
  return rows.map((r) => ({
    projectId: r.project_id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role,
    since: new Date(r.since).toISOString(),
    competence: r.competence,
    title: r.title,
    hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
  }));
}

/** The project's membership history, newest first. */
export async function membershipHistory(manager: EntityManager, projectId: string): Promise<ProjectMembershipChangeType[]> {
  const rows: Array<{ id: string; user_id: string; user_name: string; role: RoleEnum; action: string; changed_by: string; changed_at: Date }> =
    await manager.query(
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
