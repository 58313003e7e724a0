import { AgendaItem, MeetingAttendance, TeamMeeting, TeamMember, type ProjectFlowPlan } from "@overblik/db";
import { meetingDates } from "@overblik/domain";
import type { EntityManager } from "typeorm";

/*
 * The team meetings' SQL: the meetings, their agendas and attendance (meeting.service.ts holds the rules, the
 * access checks and the decryption of recommendations). Planning changes (add, move, cancel) are in
 * meeting-planning.repository.ts.
 */

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

/** Creates the flow plan's meetings on its dates that have none (one statement); the number created. */
export async function insertPlanMeetings(manager: EntityManager, plan: ProjectFlowPlan): Promise<number> {
  const rows: Array<{ id: string }> = await manager.query(
    `INSERT INTO team_meeting (project_id, meeting_date, status, max_items, minutes_per_item)
     SELECT $1, d, 'PLANNED', $2, $3 FROM unnest($4::date[]) AS d WHERE ${PLAN_DATE_WITHOUT_MEETING}
     RETURNING id`,
    [plan.projectId, plan.maxCitizensPerMeeting, plan.minutesPerCitizen, meetingDates(plan.teamStart, plan.teamEnd, plan.meetingIntervalDays)],
  );
  return rows.length;
}

export function meetingById(manager: EntityManager, id: string): Promise<TeamMeeting | null> {
  return manager.findOneBy(TeamMeeting, { id });
}

export function meetingsOfProject(manager: EntityManager, projectId: string): Promise<TeamMeeting[]> {
  return manager.find(TeamMeeting, { where: { projectId }, order: { meetingDate: "ASC" } });
}

/** A citizen on a meeting's agenda, with the citizen's themes from the preparation form; recommendations still encrypted. */
export interface AgendaItemRecord {
  meetingId: string;
  participantId: string;
  code: string;
  position: number;
  present: boolean | null;
  recommendationsEncrypted: Buffer | null;
  themes: string[] | null;
}

/** Every agenda item of the project's meetings, in agenda order. */
export async function agendaItemsOfProject(manager: EntityManager, projectId: string): Promise<AgendaItemRecord[]> {
  const rows: Array<{
    meeting_id: string;
    participant_id: string;
    code: string;
    position: number;
    present: boolean | null;
    recommendations: Buffer | null;
    themes: string[] | null;
  }> = await manager.query(
    `SELECT a.meeting_id, a.participant_id, p.code, a.position, a.present, a.recommendations_encrypted AS recommendations, f.themes
       FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id JOIN participant p ON p.id = a.participant_id
       LEFT JOIN preparation_form f ON f.participant_id = a.participant_id
      WHERE m.project_id = $1 ORDER BY a.position`,
    [projectId],
  );
  return rows.map((r) => ({
    meetingId: r.meeting_id,
    participantId: r.participant_id,
    code: r.code,
    position: r.position,
    present: r.present,
    recommendationsEncrypted: r.recommendations,
    themes: r.themes,
  }));
}

/** Who attended which of the project's meetings. */
export async function attendanceOfProject(manager: EntityManager, projectId: string): Promise<Array<{ meetingId: string; teamMemberId: string }>> {
  const rows: Array<{ meeting_id: string; team_member_id: string }> = await manager.query(
    `SELECT a.meeting_id, a.team_member_id FROM meeting_attendance a JOIN team_meeting m ON m.id = a.meeting_id WHERE m.project_id = $1`,
    [projectId],
  );
  return rows.map((r) => ({ meetingId: r.meeting_id, teamMemberId: r.team_member_id }));
}

/** A meeting one citizen is on the agenda of; recommendations still encrypted. */
export interface CitizenAgendaRecord {
  meetingId: string;
  date: string;
  status: string;
  position: number;
  present: boolean | null;
  recommendationsEncrypted: Buffer | null;
}

export async function agendaOfParticipant(manager: EntityManager, participantId: string): Promise<CitizenAgendaRecord[]> {
  const rows: Array<{ meeting_id: string; meeting_date: string; status: string; position: number; present: boolean | null; recommendations: Buffer | null }> =
    await manager.query(
      `SELECT a.meeting_id, to_char(m.meeting_date, 'YYYY-MM-DD') AS meeting_date, m.status, a.position, a.present, a.recommendations_encrypted AS recommendations
         FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id
        WHERE a.participant_id = $1 ORDER BY m.meeting_date, a.position`,
      [participantId],
    );
  return rows.map((r) => ({
    meetingId: r.meeting_id,
    date: r.meeting_date,
    status: r.status,
    position: r.position,
    present: r.present,
    recommendationsEncrypted: r.recommendations,
  }));
}

/** The project's planned meetings from a date on (null: all), with how many citizens each agenda holds. */
export async function plannedMeetingsFrom(
  manager: EntityManager,
  projectId: string,
  from: string | null,
): Promise<Array<{ id: string; date: string; maxItems: number; itemCount: number }>> {
  const rows: Array<{ id: string; meeting_date: string; max_items: number; item_count: number }> = await manager.query(
    `SELECT m.id, to_char(m.meeting_date, 'YYYY-MM-DD') AS meeting_date, m.max_items, (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id) AS item_count
       FROM team_meeting m
      WHERE m.project_id = $1 AND m.status = 'PLANNED' AND ($2::date IS NULL OR m.meeting_date >= $2::date)
      ORDER BY m.meeting_date`,
    [projectId, from],
  );
  return rows.map((r) => ({ id: r.id, date: r.meeting_date, maxItems: r.max_items, itemCount: r.item_count }));
}

/** The meeting, locked FOR UPDATE: it serialises additions to its agenda, so two tovholdere cannot both take the last place. */
export async function lockMeetingForAgenda(
  tx: EntityManager,
  meetingId: string,
): Promise<{ id: string; projectId: string; status: string; maxItems: number } | null> {
  const meetings: Array<{ id: string; project_id: string; status: string; max_items: number }> = await tx.query(
    `SELECT id, project_id, status, max_items FROM team_meeting WHERE id = $1 FOR UPDATE`,
    [meetingId],
  );
  const m = meetings[0];
  return m ? { id: m.id, projectId: m.project_id, status: m.status, maxItems: m.max_items } : null;
}

/** The citizen's colour when the citizen is in the project; null when not. */
export async function participantInProject(tx: EntityManager, participantId: string, projectId: string): Promise<{ colour: string | null } | null> {
  const participants: Array<{ colour: string | null }> = await tx.query(`SELECT colour FROM participant WHERE id = $1 AND project_id = $2`, [
    participantId,
    projectId,
  ]);
  return participants[0] ?? null;
}

export async function agendaItemCount(tx: EntityManager, meetingId: string): Promise<number> {
  const count: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
  return count[0]?.n ?? 0;
}

/** Puts the citizen on the agenda at the position; a citizen already there fails on the unique index (23505). */
export async function insertAgendaItem(tx: EntityManager, projectId: string, meetingId: string, participantId: string, position: number): Promise<void> {
  await tx.insert(AgendaItem, { projectId, meetingId, participantId, position, present: null, recommendationsEncrypted: null });
}

/** Marks a planned meeting held at the given version; false when it is stale or no longer planned. */
export async function markMeetingHeld(tx: EntityManager, meetingId: string, expectedVersion: number): Promise<boolean> {
  const updated = await tx
    .createQueryBuilder()
    .update(TeamMeeting)
    .set({ status: "HELD", version: () => "version + 1" })
    .where("id = :id AND version = :version AND status = 'PLANNED'", { id: meetingId, version: expectedVersion })
    .execute();
  return updated.affected === 1;
}

/** Every member the project's team ever had (an ended member may have attended before the end date). */
export function teamMemberEntities(tx: EntityManager, projectId: string): Promise<TeamMember[]> {
  return tx.find(TeamMember, { where: { projectId } });
}

export async function insertAttendance(tx: EntityManager, projectId: string, meetingId: string, teamMemberId: string, hours: string): Promise<void> {
  await tx.insert(MeetingAttendance, { projectId, meetingId, teamMemberId, hours });
}

/** Whether the budget line counts the team's hours as its activity. */
export async function isTeamHoursLine(tx: EntityManager, budgetLineId: string): Promise<boolean> {
  const counts: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM budget_line WHERE id = $1 AND activity_source = 'TEAM_HOURS'`, [
    budgetLineId,
  ]);
  return Boolean(counts[0]?.n);
}

/** The citizens on a meeting's agenda (in no particular order). */
export async function agendaParticipantIds(tx: EntityManager, meetingId: string): Promise<string[]> {
  const rows = await tx.query<Array<{ participant_id: string }>>(`SELECT participant_id FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
  return rows.map((r) => r.participant_id);
}

/** A citizen's outcome of a held meeting: present or not, and the team's recommendations (encrypted by the caller). */
export async function recordAgendaOutcome(
  tx: EntityManager,
  meetingId: string,
  participantId: string,
  present: boolean,
  recommendationsEncrypted: Buffer | null,
): Promise<void> {
  await tx.query(`UPDATE agenda_item SET present = $3, recommendations_encrypted = $4 WHERE meeting_id = $1 AND participant_id = $2`, [
    meetingId,
    participantId,
    present,
    recommendationsEncrypted,
  ]);
}
