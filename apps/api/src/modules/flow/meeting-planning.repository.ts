import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * The SQL of planning team meetings one by one (meeting-planning.service.ts holds the rules): a meeting added,
 * moved or cancelled, and a cancelled meeting's agenda moved to another.
 */

/**
 * The number of meetings not cancelled on the date (except one: the meeting being moved), after locking the project's
 * row: two planners cannot both take the same date, as the second waits for the first's transaction.
 */
export async function lockProjectAndCountMeetingsOn(tx: EntityManager, projectId: string, date: string, except: string | null): Promise<number> {
  await tx.query(`SELECT id FROM project WHERE id = $1 FOR UPDATE`, [projectId]);
  const taken: Array<{ n: number }> = await tx.query(
    `SELECT count(*)::int AS n FROM team_meeting WHERE project_id = $1 AND meeting_date = $2 AND status <> 'CANCELLED' AND id IS DISTINCT FROM $3::uuid`,
    [projectId, date, except],
  );
  return taken[0]?.n ?? 0;
}

/** A planned meeting; its id. */
export async function insertPlannedMeeting(tx: EntityManager, projectId: string, date: string, maxItems: number, minutesPerItem: number): Promise<string> {
  const rows: Array<{ id: string }> = await tx.query(
    `INSERT INTO team_meeting (project_id, meeting_date, status, max_items, minutes_per_item) VALUES ($1, $2, 'PLANNED', $3, $4) RETURNING id`,
    [projectId, date, maxItems, minutesPerItem],
  );
  return rows[0]?.id as string;
}

/** Moves a planned meeting at the given version, keeping the plan's date it stood for; false when stale or no longer planned. */
export async function moveMeetingRow(tx: EntityManager, meetingId: string, expectedVersion: number, date: string): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `UPDATE team_meeting SET meeting_date = $3, planned_date = COALESCE(planned_date, meeting_date), version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'PLANNED' RETURNING id`,
    [meetingId, expectedVersion, date],
  );
  return rows.length === 1;
}

export interface LockedMeeting {
  id: string;
  projectId: string;
  status: string;
  maxItems: number;
  date: string;
}

/** The meetings, locked FOR UPDATE in id order (one order for every locker, so two cancellations cannot deadlock). */
export async function lockMeetings(tx: EntityManager, meetingIds: string[]): Promise<LockedMeeting[]> {
  const rows: Array<{ id: string; project_id: string; status: string; max_items: number; meeting_date: string }> = await tx.query(
    `SELECT id, project_id, status, max_items, meeting_date::text AS meeting_date FROM team_meeting WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [meetingIds],
  );
  return rows.map((r) => ({ id: r.id, projectId: r.project_id, status: r.status, maxItems: r.max_items, date: r.meeting_date }));
}

/** Cancels a planned meeting at the given version with its reason, who and when; false when stale or no longer planned. */
export async function cancelMeetingRow(tx: EntityManager, meetingId: string, expectedVersion: number, reason: string, userId: string): Promise<boolean> {
  const cancelled = await rowsOf<{ id: string }>(
    tx,
    `UPDATE team_meeting SET status = 'CANCELLED', cancel_reason = $3, cancelled_at = now(), cancelled_by = $4, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'PLANNED' RETURNING id`,
    [meetingId, expectedVersion, reason, userId],
  );
  return cancelled.length === 1;
}

/** The citizens on a meeting's agenda, in agenda order. */
export async function agendaInOrder(tx: EntityManager, meetingId: string): Promise<string[]> {
  const items: Array<{ participant_id: string }> = await tx.query(`SELECT participant_id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [
    meetingId,
  ]);
  return items.map((i) => i.participant_id);
}

/**
 * Moves the named citizens of one agenda to another, after the target's own citizens and in the first agenda's
 * order; then deletes what is left of the first agenda (the citizens already on the target stay there once).
 */
export async function moveAgenda(tx: EntityManager, fromMeetingId: string, toMeetingId: string, moving: string[]): Promise<void> {
  await tx.query(
    `UPDATE agenda_item a SET meeting_id = $2, position = o.last + s.rank
       FROM (SELECT participant_id, row_number() OVER (ORDER BY position)::int AS rank FROM agenda_item WHERE meeting_id = $1 AND participant_id = ANY($3::uuid[])) s,
            (SELECT COALESCE(max(position), 0) AS last FROM agenda_item WHERE meeting_id = $2) o
      WHERE a.meeting_id = $1 AND a.participant_id = s.participant_id`,
    [fromMeetingId, toMeetingId, moving],
  );
  await tx.query(`DELETE FROM agenda_item WHERE meeting_id = $1`, [fromMeetingId]);
}
