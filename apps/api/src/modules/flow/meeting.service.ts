import { formatDateDa, formatQuantity, neededCompetences, rolesAllow } from "@overblik/domain";
import { logAccess } from "../../common/access-log.js";
import { requireAccess, requireReadAccess, rolesInProject } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import { requireIsoDate } from "../../common/validation.js";
import type { Context } from "../../context.js";
import { recordActivityEntry } from "../spend/spend.repository.js";
import { flowPlanOfProject } from "./flow.repository.js";
import {
  agendaItemCount,
  agendaItemsOfProject,
  agendaOfParticipant,
  agendaParticipantIds,
  attendanceOfProject,
  insertAgendaItem,
  insertAttendance,
  insertPlanMeetings,
  isTeamHoursLine,
  lockMeetingForAgenda,
  markMeetingHeld,
  meetingById,
  meetingsOfProject,
  participantInProject,
  plannedMeetingsFrom,
  recordAgendaOutcome,
  teamMemberEntities,
} from "./meeting.repository.js";
import { loadTeam } from "./team.repository.js";
import { onTeamFor } from "./team.service.js";
import type { AddToAgendaInput, HoldMeetingInput, OpenTeamMeetingType, ParticipantAgendaEntryType, TeamMeetingType, TeamMemberType } from "./meeting.types.js";

/** Meetings every `interval` days over the team's period, from the project's flow plan; existing dates are kept. */
export async function generateMeetings(ctx: Context, projectId: string): Promise<number> {
  // The bare ID argument is not validated at the door: an id that is no uuid names no project.
  await requireAccess(ctx, "meeting.plan", requireUuid(projectId, "Projektet"));
  const plan = await flowPlanOfProject(ctx.manager, projectId);
  if (!plan) throw new DomainError("BAD_USER_INPUT", "Projektet har ingen forløbsplan (teamets periode og mødeinterval).");
  return insertPlanMeetings(ctx.manager, plan);
}

/**
 * The project's meetings. A tovholder sees all; a team member only the meetings they are called to (their
 * competence is needed, or they attended), with only code, themes and recommendations. Every citizen shown is logged.
 */
export async function projectMeetings(ctx: Context, projectId: string): Promise<TeamMeetingType[]> {
  const roles = requireReadAccess(ctx, "meeting.read", projectId);
  // Who runs the team sees every meeting; the others only those they are called to.
  return loadMeetings(ctx, projectId, { seeAll: rolesAllow(roles, "team.run") });
}

/**
 * The project's meetings as `projectMeetings` shows them, after the caller has checked access: `seeAll` for the
 * one who plans the meetings, otherwise only those the user is called to; `meetingIds` keeps only those.
 */
export async function loadMeetings(ctx: Context, projectId: string, options: { seeAll: boolean; meetingIds?: readonly string[] }): Promise<TeamMeetingType[]> {
  const user = requireUser(ctx);
  const [meetings, items, members, attendance] = await Promise.all([
    meetingsOfProject(ctx.manager, projectId),
    agendaItemsOfProject(ctx.manager, projectId),
    loadTeam(ctx.manager, projectId, true),
    attendanceOfProject(ctx.manager, projectId),
  ]);
  const mine = members.filter((m) => m.userId === user.id);
  const result: TeamMeetingType[] = [];
  for (const meeting of meetings) {
    if (options.meetingIds && !options.meetingIds.includes(meeting.id)) continue;
    const own = items.filter((i) => i.meetingId === meeting.id);
    const needed = neededCompetences(own.map((i) => i.themes ?? []));
    const calls = (m: TeamMemberType) => (needed as readonly string[]).includes(m.competence);
    // A member whose membership has ended is not called to coming meetings; the meetings before it keep them.
    const onTeam = members.filter((m) => onTeamFor(m, { status: meeting.status, date: meeting.meetingDate }));
    const invited = onTeam.filter((m) => calls(m) && !m.adHoc);
    const attended = attendance.filter((a) => a.meetingId === meeting.id).map((a) => a.teamMemberId);
    const calledMe = mine.some((m) => (onTeam.includes(m) && calls(m)) || attended.includes(m.id));
    if (!options.seeAll && !calledMe) continue;
    result.push({
      id: meeting.id,
      projectId,
      date: meeting.meetingDate,
      status: meeting.status,
      plannedDate: meeting.plannedDate,
      cancelReason: meeting.cancelReason,
      maxItems: meeting.maxItems,
      minutesPerItem: meeting.minutesPerItem,
      version: meeting.version,
      neededCompetences: needed,
      invited,
      items: own.map((i) => ({
        participantId: i.participantId,
        participantCode: i.code,
        position: i.position,
        themes: i.themes ?? [],
        present: i.present,
        recommendations: i.recommendationsEncrypted ? ctx.deps.cipher.decrypt(i.recommendationsEncrypted) : null,
      })),
    });
  }
  const shown = [...new Set(result.flatMap((m) => m.items.map((i) => i.participantId)))];
  if (shown.length > 0) await logAccess(ctx, { action: "LIST", projectId, participantIds: shown, purpose: "Dagsordener til teammøder" });
  return result;
}

/**
 * The meetings one citizen is on the agenda of, seen from the citizen's page (the `participant` query has checked
 * participant.read and logged the read). The team's recommendations only for roles that see the team's meetings.
 */
export async function participantAgenda(ctx: Context, participant: { id: string; projectId: string }): Promise<ParticipantAgendaEntryType[]> {
  const seesMeetings = rolesAllow(rolesInProject(ctx, participant.projectId), "meeting.read");
  const rows = await agendaOfParticipant(ctx.manager, participant.id);
  return rows.map(({ recommendationsEncrypted, ...r }) => ({
    ...r,
    recommendations: seesMeetings && recommendationsEncrypted ? ctx.deps.cipher.decrypt(recommendationsEncrypted) : null,
  }));
}

/** The planned meetings a citizen can be put on, from a date on: dates and places only, no citizen on their agendas. */
export async function openMeetings(ctx: Context, projectId: string, from: string | null): Promise<OpenTeamMeetingType[]> {
  requireReadAccess(ctx, "team.run", projectId);
  if (from !== null) requireIsoDate(from, "Første dato");
  return plannedMeetingsFrom(ctx.manager, projectId, from);
}

export async function addToAgenda(ctx: Context, input: AddToAgendaInput): Promise<number> {
  return ctx.manager.transaction(async (tx) => {
    // Locking the meeting serialises additions, so two tovholdere cannot both take the last place.
    const meeting = await lockMeetingForAgenda(tx, input.meetingId);
    if (!meeting) throw notFound("Mødet");
    await requireAccess(ctx, "team.run", meeting.projectId, tx);
    if (meeting.status !== "PLANNED") throw new DomainError("BAD_USER_INPUT", "Mødet er allerede holdt eller aflyst.");
    const participant = await participantInProject(tx, input.participantId, meeting.projectId);
    if (!participant) throw notFound("Deltageren");
    if (participant.colour === "ROED") throw new DomainError("BAD_USER_INPUT", "Røde borgere er ikke en del af projektets forløb.");
    const n = await agendaItemCount(tx, meeting.id);
    if (n >= meeting.maxItems) {
      throw new DomainError("BAD_USER_INPUT", `Dagsordenen er fuld (højst ${meeting.maxItems} borgere). Vælg et andet møde.`);
    }
    try {
      await insertAgendaItem(tx, meeting.projectId, meeting.id, input.participantId, n + 1);
    } catch (error) {
      if ((error as { code?: string }).code === "23505") throw new DomainError("BAD_USER_INPUT", "Borgeren er allerede på dagsordenen.");
      throw error;
    }
    await logAccess(ctx, { action: "CHANGE", projectId: meeting.projectId, participantIds: [input.participantId], purpose: "Dagsorden til teammøde" }, tx);
    return n + 1;
  });
}

/** A held meeting: attendance, outcomes per citizen, and the members' hours as activity on their budget lines. */
export async function holdMeeting(ctx: Context, input: HoldMeetingInput): Promise<void> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const meeting = await meetingById(tx, input.meetingId);
    if (!meeting) throw notFound("Mødet");
    await requireAccess(ctx, "team.run", meeting.projectId, tx);
    if (!(await markMeetingHeld(tx, meeting.id, input.expectedVersion)))
      throw new DomainError("CONFLICT", "Mødet er ændret eller allerede holdt. Hent det igen.");
    const members = new Map((await teamMemberEntities(tx, meeting.projectId)).map((m) => [m.id, m]));
    for (const a of input.attendance) {
      const member = members.get(a.teamMemberId);
      if (!member) throw new DomainError("BAD_USER_INPUT", "Et af teammedlemmerne hører ikke til projektet.");
      if (member.endedOn !== null && member.endedOn < meeting.meetingDate) {
        throw new DomainError(
          "BAD_USER_INPUT",
          `${member.name} var ikke længere med i teamet d. ${formatDateDa(meeting.meetingDate)}. Fjern medlemmet fra deltagerne.`,
        );
      }
      if (a.hours <= 0n) throw new DomainError("BAD_USER_INPUT", `Timerne for ${member.name} skal være større end 0.`);
      await insertAttendance(tx, meeting.projectId, meeting.id, member.id, formatQuantity(a.hours));
      if (member.budgetLineId) {
        if (await isTeamHoursLine(tx, member.budgetLineId)) {
          await recordActivityEntry(tx, {
            budgetLineId: member.budgetLineId,
            date: meeting.meetingDate,
            quantity: formatQuantity(a.hours),
            source: "FLOW",
            sourceRef: `meeting:${meeting.id}:member:${member.id}`,
            note: `Teammøde ${meeting.meetingDate}: ${member.name}`,
            createdBy: user.id,
          });
        }
      }
    }
    const onAgenda = new Set(await agendaParticipantIds(tx, meeting.id));
    for (const o of input.outcomes) {
      if (!onAgenda.has(o.participantId)) throw new DomainError("BAD_USER_INPUT", "En af borgerne er ikke på mødets dagsorden.");
      await recordAgendaOutcome(tx, meeting.id, o.participantId, o.present, o.recommendations ? ctx.deps.cipher.encrypt(o.recommendations) : null);
    }
    if (onAgenda.size > 0) {
      await logAccess(ctx, { action: "CHANGE", projectId: meeting.projectId, participantIds: [...onAgenda], purpose: "Referat af teammøde" }, tx);
    }
  });
}
