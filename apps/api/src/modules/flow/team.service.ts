import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import type { AddTeamMemberInput, EndedTeamMemberType, EndTeamMemberInput, TeamMemberType, UpdateTeamMemberInput } from "./meeting.types.js";

/**
 * The cross-disciplinary team's whole life (issue #17): the tovholder (team.run) adds, corrects and ends members.
 * A member's login must be one of the project's users in the role TEAM_MEMBER (so they see their meetings' agendas);
 * a member who attended a held meeting is kept with an end date (their hours are activity on a budget line and the
 * minutes name them), one who never attended is deleted.
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
  const rows = await rowsOf<MemberRow>(manager, `${MEMBERS_SQL} WHERE t.project_id = $1 AND ($2 OR t.ended_on IS NULL) ${MEMBERS_ORDER}`, [projectId, includeEnded]);
  return rows.map(toMember);
}

async function memberById(manager: EntityManager, id: string): Promise<TeamMemberType> {
  const row = (await rowsOf<MemberRow>(manager, `${MEMBERS_SQL} WHERE t.id = $1`, [id]))[0];
  if (!row) throw notFound("Teammedlemmet");
  return toMember(row);
}

/**
 * Whether a member is on the team for a meeting: a current member always; an ended one only for meetings that are
 * no longer planned and lay on or before the end date (the history), never for a coming (planned) meeting.
 */
export function onTeamFor(member: Pick<TeamMemberType, "endedOn">, meeting: { status: string; date: string }): boolean {
  return member.endedOn === null || (meeting.status !== "PLANNED" && meeting.date <= member.endedOn);
}

export async function teamMembers(ctx: Context, projectId: string, includeEnded: boolean): Promise<TeamMemberType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return loadTeam(ctx.manager, projectId, includeEnded);
}

/** The budget line must be one of the project's own. */
async function requireProjectLine(tx: EntityManager, budgetLineId: string | null | undefined, projectId: string): Promise<void> {
  if (!budgetLineId) return;
  const rows = await rowsOf<{ n: number }>(
    tx,
    `SELECT count(*)::int AS n FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE l.id = $1 AND b.project_id = $2`,
    [budgetLineId, projectId],
  );
  if (!rows[0]?.n) throw new DomainError("BAD_USER_INPUT", "Budgetlinjen hører ikke til projektet. Vælg en af projektets udgiftslinjer.");
}

/**
 * A member's login must be an active user in the project's role TEAM_MEMBER (what the login picker offers), and not
 * already the login of another current member (`exceptMemberId`: the member being corrected).
 */
async function requireTeamLogin(tx: EntityManager, userId: string | null | undefined, projectId: string, exceptMemberId: string | null): Promise<void> {
  if (!userId) return;
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
  const user = rows[0];
  if (!user || !user.in_role) {
    throw new DomainError(
      "BAD_USER_INPUT",
      "Brugeren er ikke teammedlem i projektet. Giv brugeren rollen teammedlem under projektets medlemmer først, eller vælg »Ingen login«.",
    );
  }
  if (!user.active) throw new DomainError("BAD_USER_INPUT", `${user.name} er deaktiveret. Vælg et andet login, eller »Ingen login«.`);
  if (user.taken_by !== null) {
    throw new DomainError("BAD_USER_INPUT", `${user.name} er allerede login for teammedlemmet ${user.taken_by}. Ret eller afslut det medlem først.`);
  }
}

export async function addTeamMember(ctx: Context, input: AddTeamMemberInput): Promise<TeamMemberType> {
  return ctx.manager.transaction(async (tx) => {
    await requireAccess(ctx, "team.run", input.projectId, tx);
    await requireProjectLine(tx, input.budgetLineId, input.projectId);
    await requireTeamLogin(tx, input.userId, input.projectId, null);
    const rows = await rowsOf<{ id: string }>(
      tx,
      `INSERT INTO team_member (project_id, name, title, competence, ad_hoc, user_id, budget_line_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [input.projectId, input.name.trim(), input.title.trim(), input.competence, input.adHoc, input.userId ?? null, input.budgetLineId ?? null],
    );
    return memberById(tx, rows[0]?.id as string);
  });
}

/** The member's project, read before the access check (a member of a project the user has no role in is not found). */
async function memberProject(tx: EntityManager, teamMemberId: string): Promise<{ project_id: string; ended_on: string | null }> {
  const row = (
    await rowsOf<{ project_id: string; ended_on: string | null }>(tx, `SELECT project_id, to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM team_member WHERE id = $1 FOR UPDATE`, [
      teamMemberId,
    ])
  )[0];
  if (!row) throw notFound("Teammedlemmet");
  return row;
}

const STALE = "Teammedlemmet er ændret, siden du hentede det. Hent det igen.";

export async function updateTeamMember(ctx: Context, input: UpdateTeamMemberInput): Promise<TeamMemberType> {
  return ctx.manager.transaction(async (tx) => {
    const { project_id: projectId } = await memberProject(tx, input.teamMemberId);
    await requireAccess(ctx, "team.run", projectId, tx);
    await requireProjectLine(tx, input.budgetLineId, projectId);
    await requireTeamLogin(tx, input.userId, projectId, input.teamMemberId);
    const updated = await rowsOf<{ id: string }>(
      tx,
      `UPDATE team_member SET name = $3, title = $4, competence = $5, ad_hoc = $6, budget_line_id = $7, user_id = $8, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [input.teamMemberId, input.expectedVersion, input.name.trim(), input.title.trim(), input.competence, input.adHoc, input.budgetLineId ?? null, input.userId ?? null],
    );
    if (!updated[0]) throw new DomainError("CONFLICT", STALE);
    return memberById(tx, input.teamMemberId);
  });
}

/**
 * Ends a membership. One who attended a held meeting (attendance is recorded only when a meeting is held) keeps their
 * row with today's date (Copenhagen) as end date; one who never did is deleted, as if added by mistake.
 */
export async function endTeamMember(ctx: Context, input: EndTeamMemberInput): Promise<EndedTeamMemberType> {
  return ctx.manager.transaction(async (tx) => {
    // FOR UPDATE: a meeting held meanwhile cannot record the member's attendance between the check and the delete.
    const member = await memberProject(tx, input.teamMemberId);
    await requireAccess(ctx, "team.run", member.project_id, tx);
    if (member.ended_on !== null) throw new DomainError("BAD_USER_INPUT", "Medlemskabet er allerede afsluttet.");
    const attended = await rowsOf<{ n: number }>(tx, `SELECT count(*)::int AS n FROM meeting_attendance WHERE team_member_id = $1`, [input.teamMemberId]);
    if (attended[0]?.n) {
      const ended = await rowsOf<{ id: string }>(
        tx,
        `UPDATE team_member SET ended_on = (now() AT TIME ZONE 'Europe/Copenhagen')::date, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [input.teamMemberId, input.expectedVersion],
      );
      if (!ended[0]) throw new DomainError("CONFLICT", STALE);
      return { teamMemberId: input.teamMemberId, deleted: false, member: await memberById(tx, input.teamMemberId) };
    }
    const deleted = await rowsOf<{ id: string }>(tx, `DELETE FROM team_member WHERE id = $1 AND version = $2 RETURNING id`, [input.teamMemberId, input.expectedVersion]);
    if (!deleted[0]) throw new DomainError("CONFLICT", STALE);
    return { teamMemberId: input.teamMemberId, deleted: true, member: null };
  });
}
