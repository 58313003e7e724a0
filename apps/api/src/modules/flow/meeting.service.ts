import { AgendaItem, MeetingAttendance, ProjectFlowPlan, TeamMeeting, TeamMember } from "@overblik/db";
import { formatDateDa, formatQuantity, meetingDates, neededCompetences, rolesAllow } from "@overblik/domain";
import { logAccess } from "../../common/access-log.js";
import { requireAccess, requireReadAccess, rolesInProject } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import { requireIsoDate } from "../../common/validation.js";
import type { Context } from "../../context.js";
import type { EntityManager } from "typeorm";
import { recordActivityEntry } from "../spend/spend.repository.js";
import { loadTeam, onTeamFor } from "./team.service.js";
import type {
  AddToAgendaInput,
  HoldMeetingInput,
  OpenTeamMeetingType,
  ParticipantAgendaEntryType,
  TeamMeetingType,
  TeamMemberType,
} from "./meeting.types.js";

/**
 * A date of the flow plan has its meeting when a meeting is held, planned or cancelled on it, or was moved away
 * from it (planned_date): a cancelled or moved meeting is not created again.
 */
const PLAN_DATE_WITHOUT_MEETING = `NOT EXISTS (SELECT 1 FROM team_meeting m WHERE m.project_id = $1 AND (m.meeting_date = d OR m.planned_date = d))`;

/** The flow plan's meeting dates (every `interval` days over the team's period) that have no meeting yet. */
export async function missingMeetingDates(manager: EntityManager, plan: ProjectFlowPlan): Promise<string[]> {
  const rows: Array<{ d: string }> = await manager.query(`SELECT d::text AS d FROM unnest($2::date[]) AS d WHERE ${PLAN_DATE_WITHOUT_MEETING} ORDER BY d`, [
    plan.projectId,
    meetingDates(plan.teamStart, plan.teamEnd, plan.meetingIntervalDays),
  ]);
  return rows.map((r) => r.d);
}

/** Meetings every `interval` days over the team's period, from the project's flow plan; existing dates are kept. */
export async function generateMeetings(ctx: Context, projectId: string): Promise<number> {
  // The bare ID argument is not validated at the door: an id that is no uuid names no project.
  await requireAccess(ctx, "meeting.plan", requireUuid(projectId, "Projektet"));
  const plan = await ctx.manager.findOneBy(ProjectFlowPlan, { projectId });
  if (!plan) throw new DomainError("BAD_USER_INPUT", "Projektet har ingen forløbsplan (teamets periode og mødeinterval).");
  const rows: Array<{ id: string }> = await ctx.manager.query(
    `INSERT INTO team_meeting (project_id, meeting_date, status, max_items, minutes_per_item)
     SELECT $1, d, 'PLANNED', $2, $3 FROM unnest($4::date[]) AS d WHERE ${PLAN_DATE_WITHOUT_MEETING}
     RETURNING id`,
    [projectId, plan.maxCitizensPerMeeting, plan.minutesPerCitizen, meetingDates(plan.teamStart, plan.teamEnd, plan.meetingIntervalDays)],
  );
  return rows.length;
}

interface ItemRow {
  meeting_id: string;
  participant_id: string;
  code: string;
  position: number;
  present: boolean | null;
  recommendations: Buffer | null;
  themes: string[] | null;
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
    ctx.manager.find(TeamMeeting, { where: { projectId }, order: { meetingDate: "ASC" } }),
    ctx.manager.query(
      `SELECT a.meeting_id, a.participant_id, p.code, a.position, a.present, a.recommendations_encrypted AS recommendations, f.themes
         FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id JOIN participant p ON p.id = a.participant_id
         LEFT JOIN preparation_form f ON f.participant_id = a.participant_id
        WHERE m.project_id = $1 ORDER BY a.position`,
      [projectId],
    ) as Promise<ItemRow[]>,
    loadTeam(ctx.manager, projectId, true),
    ctx.manager.query(`SELECT a.meeting_id, a.team_member_id FROM meeting_attendance a JOIN team_meeting m ON m.id = a.meeting_id WHERE m.project_id = $1`, [
      projectId,
    ]) as Promise<Array<{ meeting_id: string; team_member_id: string }>>,
  ]);
  const mine = members.filter((m) => m.userId === user.id);
  const result: TeamMeetingType[] = [];
  for (const meeting of meetings) {
    if (options.meetingIds && !options.meetingIds.includes(meeting.id)) continue;
    const own = items.filter((i) => i.meeting_id === meeting.id);
    const needed = neededCompetences(own.map((i) => i.themes ?? []));
    const calls = (m: TeamMemberType) => (needed as readonly string[]).includes(m.competence);
    // A member whose membership has ended is not called to coming meetings; the meetings before it keep them.
    const onTeam = members.filter((m) => onTeamFor(m, { status: meeting.status, date: meeting.meetingDate }));
    const invited = onTeam.filter((m) => calls(m) && !m.adHoc);
    const attended = attendance.filter((a) => a.meeting_id === meeting.id).map((a) => a.team_member_id);
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
        participantId: i.participant_id,
        participantCode: i.code,
        position: i.position,
        themes: i.themes ?? [],
        present: i.present,
        recommendations: i.recommendations ? ctx.deps.cipher.decrypt(i.recommendations) : null,
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
  const rows: Array<{ meeting_id: string; meeting_date: string; status: string; position: number; present: boolean | null; recommendations: Buffer | null }> =
    await ctx.manager.query(
      `SELECT a.meeting_id, to_char(m.meeting_date, 'YYYY-MM-DD') AS meeting_date, m.status, a.position, a.present, a.recommendations_encrypted AS recommendations
         FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id
        WHERE a.participant_id = $1 ORDER BY m.meeting_date, a.position`,
      [participant.id],
    );
  return rows.map((r) => ({
    meetingId: r.meeting_id,
    date: r.meeting_date,
    status: r.status,
    position: r.position,
    present: r.present,
    recommendations: seesMeetings && r.recommendations ? ctx.deps.cipher.decrypt(r.recommendations) : null,
  }));
}

/** The planned meetings a citizen can be put on, from a date on: dates and places only, no citizen on their agendas. */
export async function openMeetings(ctx: Context, projectId: string, from: string | null): Promise<OpenTeamMeetingType[]> {
  requireReadAccess(ctx, "team.run", projectId);
  if (from !== null) requireIsoDate(from, "Første dato");
  const rows: Array<{ id: string; meeting_date: string; max_items: number; item_count: number }> = await ctx.manager.query(
    `SELECT m.id, to_char(m.meeting_date, 'YYYY-MM-DD') AS meeting_date, m.max_items, (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id) AS item_count
       FROM team_meeting m
      WHERE m.project_id = $1 AND m.status = 'PLANNED' AND ($2::date IS NULL OR m.meeting_date >= $2::date)
      ORDER BY m.meeting_date`,
    [projectId, from],
  );
  return rows.map((r) => ({ id: r.id, date: r.meeting_date, maxItems: r.max_items, itemCount: r.item_count }));
}

export async function addToAgenda(ctx: Context, input: AddToAgendaInput): Promise<number> {
  return ctx.manager.transaction(async (tx) => {
    // Locking the meeting serialises additions, so two tovholdere cannot both take the last place.
    const meetings: Array<{ id: string; project_id: string; status: string; max_items: number }> = await tx.query(
      `SELECT id, project_id, status, max_items FROM team_meeting WHERE id = $1 FOR UPDATE`,
      [input.meetingId],
    );
    const meeting = meetings[0];
    if (!meeting) throw notFound("Mødet");
    await requireAccess(ctx, "team.run", meeting.project_id, tx);
    if (meeting.status !== "PLANNED") throw new DomainError("BAD_USER_INPUT", "Mødet er allerede holdt eller aflyst.");
    const participants: Array<{ colour: string | null }> = await tx.query(`SELECT colour FROM participant WHERE id = $1 AND project_id = $2`, [
      input.participantId,
      meeting.project_id,
    ]);
    if (!participants[0]) throw notFound("Deltageren");
    if (participants[0].colour === "ROED") throw new DomainError("BAD_USER_INPUT", "Røde borgere er ikke en del af projektets forløb.");
    const count: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meeting.id]);
    const n = count[0]?.n ?? 0;
    if (n >= meeting.max_items) {
      throw new DomainError("BAD_USER_INPUT", `Dagsordenen er fuld (højst ${meeting.max_items} borgere). Vælg et andet møde.`);
    }
    try {
      await tx.insert(AgendaItem, { meetingId: meeting.id, participantId: input.participantId, position: n + 1, present: null, recommendationsEncrypted: null });
    } catch (error) {
      if ((error as { code?: string }).code === "23505") throw new DomainError("BAD_USER_INPUT", "Borgeren er allerede på dagsordenen.");
      throw error;
    }
    await logAccess(ctx, { action: "CHANGE", projectId: meeting.project_id, participantIds: [input.participantId], purpose: "Dagsorden til teammøde" }, tx);
    return n + 1;
  });
}

/** A held meeting: attendance, outcomes per citizen, and the members' hours as activity on their budget lines. */
export async function holdMeeting(ctx: Context, input: HoldMeetingInput): Promise<void> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const meeting = await tx.findOneBy(TeamMeeting, { id: input.meetingId });
    if (!meeting) throw notFound("Mødet");
    await requireAccess(ctx, "team.run", meeting.projectId, tx);
    const updated = await tx
      .createQueryBuilder()
      .update(TeamMeeting)
      .set({ status: "HELD", version: () => "version + 1" })
      .where("id = :id AND version = :version AND status = 'PLANNED'", { id: meeting.id, version: input.expectedVersion })
      .execute();
    if (updated.affected !== 1) throw new DomainError("CONFLICT", "Mødet er ændret eller allerede holdt. Hent det igen.");
    const members = new Map((await tx.find(TeamMember, { where: { projectId: meeting.projectId } })).map((m) => [m.id, m]));
    for (const a of input.attendance) {
      const member = members.get(a.teamMemberId);
      if (!member) throw new DomainError("BAD_USER_INPUT", "Et af teammedlemmerne hører ikke til projektet.");
      if (member.endedOn !== null && member.endedOn < meeting.meetingDate) {
        throw new DomainError("BAD_USER_INPUT", `${member.name} var ikke længere med i teamet d. ${formatDateDa(meeting.meetingDate)}. Fjern medlemmet fra deltagerne.`);
      }
      if (a.hours <= 0n) throw new DomainError("BAD_USER_INPUT", `Timerne for ${member.name} skal være større end 0.`);
      await tx.insert(MeetingAttendance, { meetingId: meeting.id, teamMemberId: member.id, hours: formatQuantity(a.hours) });
      if (member.budgetLineId) {
        const counts: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM budget_line WHERE id = $1 AND activity_source = 'TEAM_HOURS'`, [
          member.budgetLineId,
        ]);
        if (counts[0]?.n) {
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
    const onAgenda = new Set(
      ((await tx.query(`SELECT participant_id FROM agenda_item WHERE meeting_id = $1`, [meeting.id])) as Array<{ participant_id: string }>).map((r) => r.participant_id),
    );
    for (const o of input.outcomes) {
      if (!onAgenda.has(o.participantId)) throw new DomainError("BAD_USER_INPUT", "En af borgerne er ikke på mødets dagsorden.");
      await tx.query(`UPDATE agenda_item SET present = $3, recommendations_encrypted = $4 WHERE meeting_id = $1 AND participant_id = $2`, [
        meeting.id,
        o.participantId,
        o.present,
        o.recommendations ? ctx.deps.cipher.encrypt(o.recommendations) : null,
      ]);
    }
    if (onAgenda.size > 0) {
      await logAccess(ctx, { action: "CHANGE", projectId: meeting.projectId, participantIds: [...onAgenda], purpose: "Referat af teammøde" }, tx);
    }
  });
}
