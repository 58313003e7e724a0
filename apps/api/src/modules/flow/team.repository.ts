import type { EntityManager } from "typeorm";
import { notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { TeamMemberType } from "./meeting.types.js";

/*
 * The cross-disciplinary team's SQL with its one mapping of a member row (team.service.ts holds the rules). The
 * meetings read the team through `loadTeam` too.
 */

interface MemberRow {
  id: string;
  name: string;
  title: string;
  competence: string;
  ad_hoc: boolean;
  budget_line_id: string | null;
  user_id: string | null;
  user_name: string | null;
  ended_on: string | null;
  held_meetings: number;
  version: number;
}

/** Current members first (core team before the resource network, by name), then the ended ones. */
const MEMBERS_SQL = `SELECT t.id, t.name, t.title, t.competence, t.ad_hoc, t.budget_line_id, t.user_id, u.name AS user_name,
       to_char(t.ended_on, 'YYYY-MM-DD') AS ended_on, t.version,
       (SELECT count(*)::int FROM meeting_attendance a WHERE a.team_member_id = t.id) AS held_meetings
  FROM team_member t LEFT JOIN app_user u ON u.id = t.user_id`;
const MEMBERS_ORDER = `ORDER BY t.ended_on IS NOT NULL, t.ad_hoc, t.name, t.id`;

const toMember = (r: MemberRow): TeamMemberType => ({
  id: r.id,
  name: r.name,
  title: r.title,
  competence: r.competence,
  adHoc: r.ad_hoc,
  budgetLineId: r.budget_line_id,
  userId: r.user_id,
  userName: r.user_name,
  endedOn: r.ended_on,
  heldMeetings: r.held_meetings,
  version: r.version,
});

/** The project's team, with the ended members when asked (the meetings need them: they attended some). */
export async function loadTeam(manager: EntityManager, projectId: string, includeEnded: boolean): Promise<TeamMemberType[]> {
  const rows = await rowsOf<MemberRow>(manager, `${MEMBERS_SQL} WHERE t.project_id = $1 AND ($2 OR t.ended_on IS NULL) ${MEMBERS_ORDER}`, [
    projectId,
    includeEnded,
  ]);
  return rows.map(toMember);
}

export async function memberById(manager: EntityManager, id: string): Promise<TeamMemberType> {
  const row = (await rowsOf<MemberRow>(manager, `${MEMBERS_SQL} WHERE t.id = $1`, [id]))[0];
  if (!row) throw notFound("Teammedlemmet");
  return toMember(row);
}

/** What the login checks need of a user: active, in the project's role TEAM_MEMBER, and the current member already using the login. */
export interface TeamLoginCandidate {
  name: string;
  active: boolean;
  inRole: boolean;
  takenBy: string | null;
}

/** The user as a member's login (`exceptMemberId`: the member being corrected, whose own login is not taken); null for no such user. */
export async function teamLoginCandidate(
  tx: EntityManager,
  userId: string,
  projectId: string,
  exceptMemberId: string | null,
): Promise<TeamLoginCandidate | null> {
  const rows = await rowsOf<{ name: string; active: boolean; in_role: boolean; taken_by: string | null }>(
    tx,
    `SELECT u.name, u.active,
            EXISTS (SELECT 1 FROM project_membership m WHERE m.project_id = $2 AND m.user_id = u.id AND m.role = 'TEAM_MEMBER') AS in_role,
            (SELECT t.name FROM team_member t
              WHERE t.project_id = $2 AND t.user_id = u.id AND t.ended_on IS NULL AND ($3::uuid IS NULL OR t.id <> $3::uuid)
              ORDER BY t.name LIMIT 1) AS taken_by
       FROM app_user u WHERE u.id = $1`,
    [userId, projectId, exceptMemberId],
  );
  const row = rows[0];
  return row ? { name: row.name, active: row.active, inRole: row.in_role, takenBy: row.taken_by } : null;
}

export interface NewTeamMember {
  projectId: string;
  name: string;
  title: string;
  competence: string;
  adHoc: boolean;
  userId: string | null;
  budgetLineId: string | null;
}

/** Inserts a member; its id. */
export async function insertTeamMember(tx: EntityManager, m: NewTeamMember): Promise<string> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `INSERT INTO team_member (project_id, name, title, competence, ad_hoc, user_id, budget_line_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [m.projectId, m.name, m.title, m.competence, m.adHoc, m.userId, m.budgetLineId],
  );
  return rows[0]?.id as string;
}

/**
 * The member's project and end date, the row locked FOR UPDATE: a meeting held meanwhile cannot record the member's
 * attendance between a check and a change. Null for no such member.
 */
export async function lockMember(tx: EntityManager, teamMemberId: string): Promise<{ projectId: string; endedOn: string | null } | null> {
  const row = (
    await rowsOf<{ project_id: string; ended_on: string | null }>(
      tx,
      `SELECT project_id, to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM team_member WHERE id = $1 FOR UPDATE`,
      [teamMemberId],
    )
  )[0];
  return row ? { projectId: row.project_id, endedOn: row.ended_on } : null;
}

/** Corrects a member at the version the screen showed; false when the version is stale. */
export async function updateTeamMemberRow(
  tx: EntityManager,
  teamMemberId: string,
  expectedVersion: number,
  m: Omit<NewTeamMember, "projectId">,
): Promise<boolean> {
  const updated = await rowsOf<{ id: string }>(
    tx,
    `UPDATE team_member SET name = $3, title = $4, competence = $5, ad_hoc = $6, budget_line_id = $7, user_id = $8, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [teamMemberId, expectedVersion, m.name, m.title, m.competence, m.adHoc, m.budgetLineId, m.userId],
  );
  return Boolean(updated[0]);
}

/** The number of held meetings the member attended (attendance is recorded only when a meeting is held). */
export async function attendanceCount(tx: EntityManager, teamMemberId: string): Promise<number> {
  const attended = await rowsOf<{ n: number }>(tx, `SELECT count(*)::int AS n FROM meeting_attendance WHERE team_member_id = $1`, [teamMemberId]);
  return attended[0]?.n ?? 0;
}

/** Ends the membership today (Copenhagen) at the given version; false when the version is stale. */
export async function endTeamMemberRow(tx: EntityManager, teamMemberId: string, expectedVersion: number): Promise<boolean> {
  const ended = await rowsOf<{ id: string }>(
    tx,
    `UPDATE team_member SET ended_on = (now() AT TIME ZONE 'Europe/Copenhagen')::date, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [teamMemberId, expectedVersion],
  );
  return Boolean(ended[0]);
}

/** Deletes the member at the given version; false when the version is stale. */
export async function deleteTeamMemberRow(tx: EntityManager, teamMemberId: string, expectedVersion: number): Promise<boolean> {
  const deleted = await rowsOf<{ id: string }>(tx, `DELETE FROM team_member WHERE id = $1 AND version = $2 RETURNING id`, [teamMemberId, expectedVersion]);
  return Boolean(deleted[0]);
}
