import { oreFromDb } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { MeetingPackSummaryType, PoolSummaryType } from "./steering.types.js";

/*
 * The steering module's SQL besides the citizen figures (figures.repository.ts): the dashboard's competence pools,
 * the effect measurement's rows, the progress light's flow plans, and the meeting packs.
 */

/** The project's competence pools as of a date: used and held up to it, planned after it. */
export async function poolsAsOf(manager: EntityManager, projectId: string, asOf: string): Promise<PoolSummaryType[]> {
  const rows: Array<{ name: string; amount: string; used: string; planned: string; held: number; participants: number }> = await manager.query(
    `SELECT p.name, p.amount_ore AS amount,
            COALESCE(sum(a.actual_cost_ore) FILTER (WHERE a.status = 'HELD' AND a.planned_date <= $2), 0) AS used,
            COALESCE(sum(a.planned_cost_ore) FILTER (WHERE a.status = 'PLANNED' OR (a.status = 'HELD' AND a.planned_date > $2)), 0) AS planned,
            count(*) FILTER (WHERE a.status = 'HELD' AND a.planned_date <= $2)::int AS held,
            COALESCE(sum(a.actual_participants) FILTER (WHERE a.status = 'HELD' AND a.planned_date <= $2), 0)::int AS participants
       FROM competence_pool p LEFT JOIN competence_activity a ON a.project_id = p.project_id AND a.pool_id = p.id
      WHERE p.project_id = $1 GROUP BY p.id, p.project_id ORDER BY p.name`,
    [projectId, asOf],
  );
  return rows.map((p) => ({
    name: p.name,
    amount: oreFromDb(p.amount),
    used: oreFromDb(p.used),
    planned: oreFromDb(p.planned),
    held: p.held,
    participants: p.participants,
  }));
}

/** A citizen of a study group as the effect measurement sees them on a date. */
export interface EffectCitizen {
  group: "INTERVENTION" | "CONTROL";
  /** The latest outcome up to the date, or null. */
  lastOutcome: string | null;
  /** Whether job or ordinary education was ever reached up to the date. */
  jobOrEducation: boolean;
  /** Hours a week of the latest job outcome up to the date, or null. */
  hours: number | null;
}

/** The project's citizens with a study group, enrolled by the date. */
export async function effectCitizens(manager: EntityManager, projectId: string, asOf: string): Promise<EffectCitizen[]> {
  const rows: Array<{ grp: "INTERVENTION" | "CONTROL"; last_outcome: string | null; job_edu: boolean; hours: string | null }> = await manager.query(
    `SELECT p.study_group AS grp,
            (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2::date ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) AS last_outcome,
            EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2::date AND o.kind IN ('JOB', 'EDUCATION')) AS job_edu,
            (SELECT o.hours_per_week::text FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2::date AND o.kind = 'JOB'
              ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) AS hours
       FROM participant p WHERE p.project_id = $1 AND p.study_group IS NOT NULL AND p.enrolment_date <= $2::date`,
    [projectId, asOf],
  );
  return rows.map((r) => ({ group: r.grp, lastOutcome: r.last_outcome, jobOrEducation: r.job_edu, hours: r.hours === null ? null : Number(r.hours) }));
}

/** A project's conversation plan as the progress light reads it (dates as yyyy-mm-dd; null where no plan says). */
export interface ProgressPlan {
  id: string;
  targetSize: number | null;
  conversationStart: string | null;
  conversationEnd: string | null;
  teamStart: string | null;
  teamEnd: string | null;
  meetingIntervalDays: number | null;
  minutesPerCitizen: number | null;
  maxCitizensPerMeeting: number | null;
  /** Citizens not rød (or not yet screened) today: the plan's citizens when the project has no target size. */
  inFlow: number;
}

/** The projects' flow plans, one statement for all. */
export async function progressPlans(manager: EntityManager, projectIds: readonly string[]): Promise<ProgressPlan[]> {
  const rows: Array<{
    id: string;
    target_size: number | null;
    conversation_start: string | null;
    conversation_end: string | null;
    team_start: string | null;
    team_end: string | null;
    meeting_interval_days: number | null;
    minutes_per_citizen: number | null;
    max_citizens_per_meeting: number | null;
    in_flow: number;
  }> = await manager.query(
    `SELECT pr.id, pr.target_size,
            to_char(f.conversation_start, 'YYYY-MM-DD') AS conversation_start, to_char(f.conversation_end, 'YYYY-MM-DD') AS conversation_end,
            to_char(f.team_start, 'YYYY-MM-DD') AS team_start, to_char(f.team_end, 'YYYY-MM-DD') AS team_end,
            f.meeting_interval_days, f.minutes_per_citizen, f.max_citizens_per_meeting,
            (SELECT count(*) FROM participant p WHERE p.project_id = pr.id AND (p.colour IS NULL OR p.colour <> 'ROED'))::int AS in_flow
       FROM project pr LEFT JOIN project_flow_plan f ON f.project_id = pr.id WHERE pr.id = ANY($1::uuid[])`,
    [projectIds],
  );
  return rows.map((r) => ({
    id: r.id,
    targetSize: r.target_size,
    conversationStart: r.conversation_start,
    conversationEnd: r.conversation_end,
    teamStart: r.team_start,
    teamEnd: r.team_end,
    meetingIntervalDays: r.meeting_interval_days,
    minutesPerCitizen: r.minutes_per_citizen,
    maxCitizensPerMeeting: r.max_citizens_per_meeting,
    inFlow: r.in_flow,
  }));
}

interface PackRow {
  id: string;
  project_id: string;
  meeting_date: string;
  comments: string;
  closed_at: Date;
  closed_by_name: string;
  figures?: unknown;
}

const SELECT = `SELECT m.id, m.project_id, to_char(m.meeting_date, 'YYYY-MM-DD') AS meeting_date, m.comments, m.closed_at, u.name AS closed_by_name`;

const summary = (r: PackRow): MeetingPackSummaryType => ({
  id: r.id,
  projectId: r.project_id,
  meetingDate: r.meeting_date,
  comments: r.comments,
  closedAt: new Date(r.closed_at).toISOString(),
  closedBy: r.closed_by_name,
});

/** Stores a closed pack; null when the meeting already has one (a closed pack is never changed). */
export async function insertMeetingPack(
  manager: EntityManager,
  pack: { projectId: string; meetingDate: string; comments: string; figures: unknown; closedBy: string },
): Promise<string | null> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO meeting_pack (project_id, meeting_date, comments, figures, closed_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (project_id, meeting_date) DO NOTHING RETURNING id`,
    [pack.projectId, pack.meetingDate, pack.comments, JSON.stringify(pack.figures), pack.closedBy],
  );
  return inserted[0]?.id ?? null;
}

/** The project's packs, newest meeting first. */
export async function meetingPacksOf(manager: EntityManager, projectId: string): Promise<MeetingPackSummaryType[]> {
  const rows: PackRow[] = await manager.query(
    `${SELECT} FROM meeting_pack m JOIN app_user u ON u.id = m.closed_by WHERE m.project_id = $1 ORDER BY m.meeting_date DESC`,
    [projectId],
  );
  return rows.map(summary);
}

/** One pack with its frozen figures (as stored: meeting-pack.service.ts's thaw reads them), or null. */
export async function meetingPackById(manager: EntityManager, id: string): Promise<(MeetingPackSummaryType & { figures: unknown }) | null> {
  const rows: PackRow[] = await manager.query(`${SELECT}, m.figures FROM meeting_pack m JOIN app_user u ON u.id = m.closed_by WHERE m.id = $1`, [id]);
  const row = rows[0];
  return row ? { ...summary(row), figures: row.figures } : null;
}
