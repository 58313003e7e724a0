import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { budgetLineInProject } from "./flow.repository.js";
import type { AddTeamMemberInput, EndedTeamMemberType, EndTeamMemberInput, TeamMemberType, UpdateTeamMemberInput } from "./meeting.types.js";
import {
  attendanceCount,
  deleteTeamMemberRow,
  endTeamMemberRow,
  insertTeamMember,
  loadTeam,
  lockMember,
  memberById,
  teamLoginCandidate,
  updateTeamMemberRow,
} from "./team.repository.js";

/**
 * The cross-disciplinary team's whole life (issue #17): the tovholder (team.run) adds, corrects and ends members.
 * A member's login must be one of the project's users in the role TEAM_MEMBER (so they see their meetings' agendas);
 * a member who attended a held meeting is kept with an end date (their hours are activity on a budget line and the
 * minutes name them), one who never attended is deleted.
 */

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
  if (!(await budgetLineInProject(tx, budgetLineId, projectId)))
    throw new DomainError("BAD_USER_INPUT", "Budgetlinjen hører ikke til projektet. Vælg en af projektets udgiftslinjer.");
}

/**
 * A member's login must be an active user in the project's role TEAM_MEMBER (what the login picker offers), and not
 * already the login of another current member (`exceptMemberId`: the member being corrected).
 */
async function requireTeamLogin(tx: EntityManager, userId: string | null | undefined, projectId: string, exceptMemberId: string | null): Promise<void> {
  if (!userId) return;
  const user = await teamLoginCandidate(tx, userId, projectId, exceptMemberId);
  if (!user || !user.inRole) {
    throw new DomainError(
      "BAD_USER_INPUT",
      "Brugeren er ikke teammedlem i projektet. Giv brugeren rollen teammedlem under projektets medlemmer først, eller vælg »Ingen login«.",
    );
  }
  if (!user.active) throw new DomainError("BAD_USER_INPUT", `${user.name} er deaktiveret. Vælg et andet login, eller »Ingen login«.`);
  if (user.takenBy !== null) {
    throw new DomainError("BAD_USER_INPUT", `${user.name} er allerede login for teammedlemmet ${user.takenBy}. Ret eller afslut det medlem først.`);
  }
}

export async function addTeamMember(ctx: Context, input: AddTeamMemberInput): Promise<TeamMemberType> {
  return ctx.manager.transaction(async (tx) => {
    await requireAccess(ctx, "team.run", input.projectId, tx);
    await requireProjectLine(tx, input.budgetLineId, input.projectId);
    await requireTeamLogin(tx, input.userId, input.projectId, null);
    const id = await insertTeamMember(tx, {
      projectId: input.projectId,
      name: input.name.trim(),
      title: input.title.trim(),
      competence: input.competence,
      adHoc: input.adHoc,
      userId: input.userId ?? null,
      budgetLineId: input.budgetLineId ?? null,
    });
    return memberById(tx, id);
  });
}

/** The member's project, read before the access check (a member of a project the user has no role in is not found). */
async function memberProject(tx: EntityManager, teamMemberId: string): Promise<{ projectId: string; endedOn: string | null }> {
  const row = await lockMember(tx, teamMemberId);
  if (!row) throw notFound("Teammedlemmet");
  return row;
}

const STALE = "Teammedlemmet er ændret, siden du hentede det. Hent det igen.";

export async function updateTeamMember(ctx: Context, input: UpdateTeamMemberInput): Promise<TeamMemberType> {
  return ctx.manager.transaction(async (tx) => {
    const { projectId } = await memberProject(tx, input.teamMemberId);
    await requireAccess(ctx, "team.run", projectId, tx);
    await requireProjectLine(tx, input.budgetLineId, projectId);
    await requireTeamLogin(tx, input.userId, projectId, input.teamMemberId);
    const updated = await updateTeamMemberRow(tx, input.teamMemberId, input.expectedVersion, {
      name: input.name.trim(),
      title: input.title.trim(),
      competence: input.competence,
      adHoc: input.adHoc,
      budgetLineId: input.budgetLineId ?? null,
      userId: input.userId ?? null,
    });
    if (!updated) throw new DomainError("CONFLICT", STALE);
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
    await requireAccess(ctx, "team.run", member.projectId, tx);
    if (member.endedOn !== null) throw new DomainError("BAD_USER_INPUT", "Medlemskabet er allerede afsluttet.");
    if (await attendanceCount(tx, input.teamMemberId)) {
      if (!(await endTeamMemberRow(tx, input.teamMemberId, input.expectedVersion))) throw new DomainError("CONFLICT", STALE);
      return { teamMemberId: input.teamMemberId, deleted: false, member: await memberById(tx, input.teamMemberId) };
    }
    if (!(await deleteTeamMemberRow(tx, input.teamMemberId, input.expectedVersion))) throw new DomainError("CONFLICT", STALE);
    return { teamMemberId: input.teamMemberId, deleted: true, member: null };
  });
}
