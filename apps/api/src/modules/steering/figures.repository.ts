import { FUNNEL_FIGURES } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { preparedRows } from "../../common/sql.js";

/**
 * The citizen figures of packages/domain's figures.ts in SQL, once: each a condition on one participant `p` as of
 * a date (a SQL expression of type date, e.g. `$2::date` or `d.day`). The dashboard's facts, the goals, the pace
 * table, the progress light and the portfolio build their counts from these, so a figure counts the same
 * citizens wherever it is shown. The conditions stay private to this file: other code asks for the counts through
 * its functions (factsOf, citizenFigures, reachedDates).
 */

/** TARGET: registered in the target group on the day. */
const inTargetGroup = (day: string) => `p.enrolment_date <= ${day}`;

/** The citizen's colour on the day: the latest change up to it, or the colour itself when it never changed. */
const colourOn = (day: string) => `COALESCE((SELECT c.to_colour FROM participant_colour_change c
                      WHERE c.participant_id = p.id AND c.changed_at < ${day} + 1 ORDER BY c.changed_at DESC LIMIT 1),
                    CASE WHEN NOT EXISTS (SELECT 1 FROM participant_colour_change c WHERE c.participant_id = p.id) THEN p.colour END)`;

/**
 * Ends a subquery whose columns the statement reads more than once: PostgreSQL then evaluates it once per row
 * instead of pasting its subplans into every place that reads a column (IN_FLOW reads the colour twice, and the
 * portfolio's counts read IN_FLOW three times: six index probes per citizen where one will do).
 */
const ONCE = "OFFSET 0";

/** IN_FLOW, given the colour on the day (colourOn): screened, and not rød. */
const inFlow = (colour: string) => `(${colour} IS NOT NULL AND ${colour} <> 'ROED')`;

/**
 * The citizen's furthest funnel step (packages/domain's funnelReach, an index into FUNNEL_FIGURES) from the facts
 * of FACTS_SQL's `s`: the funnel counts the citizens who reached a step or a later one.
 */
const funnelReach = `CASE WHEN NOT flow THEN CASE WHEN colour IS NOT NULL THEN 1 ELSE 0 END
                          WHEN job_edu THEN 7 WHEN last_outcome IS NOT NULL THEN 6 WHEN intervention THEN 5
                          WHEN planned THEN 4 WHEN met THEN 3 WHEN held_n > 0 THEN 2 ELSE 1 END`;

/** Held initial conversations of the citizen up to the day (more than one is old data, reported as such). */
const heldConversations = (day: string) =>
  `(SELECT count(*) FROM conversation c WHERE c.participant_id = p.id AND c.status = 'HELD' AND c.held_date <= ${day})::int`;

/** The day the citizen was reached (CONVERSATION_HELD): the first held initial conversation up to the day, or null. */
const firstHeld = (day: string) =>
  `(SELECT min(c.held_date) FROM conversation c WHERE c.participant_id = p.id AND c.status = 'HELD' AND c.held_date <= ${day})`;

/** JOB_OR_EDUCATION's condition (without the flow's): an outcome of job or ordinary education up to the day. */
const jobOrEducation = (day: string) =>
  `EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= ${day} AND o.kind IN ('JOB', 'EDUCATION'))`;

/**
 * Every count of the dashboard for one date in one statement: per participant the facts as they stood on
 * the date (colour from its history, events up to the date), then the funnel, colours, stages and outcomes
 * as (dimension, key, n). Each citizen figure is packages/domain's figures.ts, built from this file's
 * conditions: the target group is the citizens enrolled by the date; every step after screening counts only
 * citizens in the flow (screened, not rød on the date), so no share of the flow is ever above 100 %. The FUNNEL rows
 * are the figures; the REACHED rows are the funnel's steps (citizens who reached a step or a later one). The stage mirrors
 * packages/domain's deriveStage (a test holds the two together).
 *
 * $3 says which date: 'NOW' is $2 itself, and also gives the funnel, the outcomes, the goals' indicators (the
 * same citizens as the funnel's: the goals read them from here too) and the data-quality counts; 'BASE' is the
 * baseline, the day every citizen had been screened (the latest first colour), computed here and returned as
 * the BASELINE row with the colours and stages that day (all the dashboard shows of it), or nothing when that
 * day is after $2. The dashboard runs the two at once on two
 * connections, as prepared statements; each is driven from the project's participants, so the
 * per-participant indexes do the work however large the other projects are.
 */
const FACTS_SQL = `
  WITH b AS (
    SELECT CASE WHEN f.base <= $2::date THEN f.base END AS base FROM (
      SELECT max(first)::date AS base FROM (
        SELECT min(c.changed_at) AS first FROM participant_colour_change c JOIN participant p ON p.id = c.participant_id
         WHERE p.project_id = $1 AND $3::text = 'BASE' GROUP BY c.participant_id) m) f),
  d AS (SELECT CASE WHEN $3::text = 'NOW' THEN $2::date ELSE b.base END AS day, b.base FROM b),
  -- MATERIALIZED: each citizen's facts looked up once, not once per place q and s read them (see ONCE).
  p AS MATERIALIZED (
    SELECT p.id, p.keep_in_team_queue AS keep, ${inTargetGroup("d.day")} AS enrolled,
           ${colourOn("d.day")} AS colour,
           ${heldConversations("d.day")} AS held_n,
           EXISTS (SELECT 1 FROM conversation c WHERE c.participant_id = p.id AND c.created_at < d.day + 1
                      AND (c.status = 'SCHEDULED' OR (c.status = 'HELD' AND c.held_date > d.day)
                           OR (c.status IN ('NO_SHOW', 'CANCELLED') AND c.scheduled_date > d.day))) AS booked,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id
                    WHERE a.participant_id = p.id AND m.status = 'HELD' AND m.meeting_date <= d.day) END AS met,
           EXISTS (SELECT 1 FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id
                    WHERE a.participant_id = p.id AND m.meeting_date <= d.day + 14) AS on_agenda,
           EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at < d.day + 1) AS planned,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at < d.day + 1
                      AND i.start_month <= d.day AND i.status <> 'PLANNED') END AS intervention,
           (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= d.day
             ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) AS last_outcome,
           (SELECT bool_and(o.kind = 'REMATCHED_2') FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= d.day) AS only_rematched,
           CASE WHEN $3::text = 'NOW' THEN ${jobOrEducation("d.day")} END AS job_edu,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.job_or_education_aim
                                                      AND i.created_at < d.day + 1) END AS job_aim,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM action_plan_item i JOIN intervention v ON v.id = i.intervention_id
                                                    WHERE i.participant_id = p.id AND v.name ILIKE '%virksomhedspraktik%'
                                                      AND i.status IN ('IN_PROGRESS', 'COMPLETED') AND i.start_month <= d.day) END AS placement,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind = 'REMATCHED_2'
                                                      AND o.outcome_date <= d.day) END AS rematched
      FROM d JOIN participant p ON p.project_id = $1 AND ($3::text = 'NOW' OR p.enrolment_date <= d.day)),
  q AS (SELECT *, ${inFlow("colour")} AS flow FROM p WHERE enrolled),
  s AS (
    SELECT *, CASE WHEN $3::text = 'NOW' THEN ${funnelReach} END AS reach,
              CASE WHEN last_outcome IS NOT NULL AND NOT (keep AND only_rematched) THEN 'OUTCOME'
                   WHEN colour = 'ROED' THEN 'OUT'
                   WHEN colour IS NULL THEN 'NOT_SCREENED'
                   WHEN planned THEN 'ACTION_PLAN'
                   WHEN on_agenda THEN 'AT_TEAM'
                   WHEN held_n > 0 THEN 'CONVERSATION_HELD'
                   WHEN booked THEN 'CONVERSATION_SCHEDULED'
                   ELSE 'SCREENED' END AS stage
      FROM q)
  SELECT 'FUNNEL' AS dimension, k.key, k.n FROM (
    SELECT count(*)::int AS target, count(*) FILTER (WHERE colour IS NOT NULL)::int AS screened, count(*) FILTER (WHERE flow)::int AS in_flow,
           count(*) FILTER (WHERE flow AND held_n > 0)::int AS held, count(*) FILTER (WHERE flow AND met)::int AS met,
           count(*) FILTER (WHERE flow AND planned)::int AS planned, count(*) FILTER (WHERE flow AND intervention)::int AS intervention,
           count(*) FILTER (WHERE flow AND last_outcome IS NOT NULL)::int AS outcome, count(*) FILTER (WHERE flow AND job_edu)::int AS job_edu,
           count(*) FILTER (WHERE flow AND job_aim)::int AS job_aim, count(*) FILTER (WHERE flow AND placement)::int AS placement,
           count(*) FILTER (WHERE flow AND rematched)::int AS rematched, count(*) FILTER (WHERE held_n > 1)::int AS duplicate_held FROM s
     WHERE $3::text = 'NOW') f
    CROSS JOIN LATERAL (VALUES ('TARGET', f.target), ('SCREENED', f.screened), ('IN_FLOW', f.in_flow), ('CONVERSATION_HELD', f.held), ('TEAM_MEETING', f.met),
                               ('ACTION_PLAN', f.planned), ('INTERVENTION', f.intervention), ('OUTCOME', f.outcome), ('JOB_OR_EDUCATION', f.job_edu),
                               ('ACTION_PLAN_JOB_AIM', f.job_aim), ('COMPANY_PLACEMENT', f.placement), ('REMATCHED', f.rematched),
                               ('DUPLICATE_HELD', f.duplicate_held)) AS k(key, n)
  UNION ALL SELECT 'REACHED', k.key, count(*) FILTER (WHERE s.reach >= k.i)::int
    FROM s CROSS JOIN (VALUES ${FUNNEL_FIGURES.map((key, i) => `('${key}', ${i})`).join(", ")}) AS k(key, i) WHERE $3::text = 'NOW' GROUP BY k.key
  UNION ALL SELECT 'COLOUR', COALESCE(colour, 'NONE'), count(*)::int FROM s GROUP BY 2
  UNION ALL SELECT 'STAGE', stage, count(*)::int FROM s GROUP BY 2
  UNION ALL SELECT 'OUTCOME', last_outcome, count(*)::int FROM s WHERE $3::text = 'NOW' AND flow AND last_outcome IS NOT NULL GROUP BY 2
  UNION ALL SELECT 'BASELINE', to_char(d.base, 'YYYY-MM-DD'), 0 FROM d WHERE d.base IS NOT NULL
`;

export interface FactRow {
  dimension: string;
  key: string;
  n: number;
}

export const figureCount = (rows: readonly FactRow[], dimension: string, key: string) => rows.find((r) => r.dimension === dimension && r.key === key)?.n ?? 0;

/**
 * FACTS_SQL for one project and date, as a prepared statement: the dashboard runs it twice a request (NOW and BASE)
 * and the goals once more, so PostgreSQL plans it once per connection instead of on every call.
 */
export function factsOf(manager: EntityManager, projectId: string, date: string, which: "NOW" | "BASE"): Promise<FactRow[]> {
  return preparedRows<FactRow>(manager, "overblik_dashboard_facts", FACTS_SQL, [projectId, date, which]);
}

/** A project's key figures in the portfolio, and its changes waiting for the styregruppe. */
export interface PortfolioCounts {
  id: string;
  participants: number;
  inFlow: number;
  held: number;
  jobOrEducation: number;
  pending: number;
}

/**
 * Per project, as of a date: the portfolio's key figures (figures.ts: TARGET, IN_FLOW, CONVERSATION_HELD,
 * JOB_OR_EDUCATION, from this file's conditions, as the dashboard counts them), the pending decisions, and
 * CONVERSATION_HELD's citizens with the day each was reached (their first held initial conversation) — the events
 * of the pace table and of the progress light (packages/domain's judgedPace), so both count citizens in the flow,
 * never conversations. One pass over the projects' participants, each citizen's facts looked up once, whatever the
 * number of projects; every project asked for has a row.
 */
export async function citizenFigures(
  manager: EntityManager,
  ids: readonly string[],
  asOf: string,
): Promise<{ counts: PortfolioCounts[]; reached: Map<string, string[]> }> {
  if (ids.length === 0) return { counts: [], reached: new Map() };
  const rows: Array<{ id: string; participants: number; in_flow: number; held: number; job_edu: number; pending: number; reached: string[] }> =
    await manager.query(
      `WITH ids AS (SELECT unnest($1::uuid[]) AS id),
            p AS MATERIALIZED (
              SELECT p.project_id, ${inFlow("k.colour")} AS flow, ${firstHeld("$2::date")} AS first_held, ${jobOrEducation("$2::date")} AS job_edu
                FROM participant p CROSS JOIN LATERAL (SELECT ${colourOn("$2::date")} AS colour ${ONCE}) k
               WHERE p.project_id IN (SELECT id FROM ids) AND ${inTargetGroup("$2::date")}),
            figures AS (SELECT project_id, count(*)::int AS participants, count(*) FILTER (WHERE flow)::int AS in_flow,
                               count(*) FILTER (WHERE flow AND first_held IS NOT NULL)::int AS held, count(*) FILTER (WHERE flow AND job_edu)::int AS job_edu,
                               array_agg(to_char(first_held, 'YYYY-MM-DD') ORDER BY first_held) FILTER (WHERE flow AND first_held IS NOT NULL) AS reached
                          FROM p GROUP BY 1),
            pending AS (SELECT b.project_id, count(*)::int AS n FROM budget_change c JOIN budget b ON b.id = c.budget_id
                         WHERE b.project_id IN (SELECT id FROM ids) AND c.status = 'PENDING' GROUP BY 1)
       SELECT ids.id, COALESCE(figures.participants, 0) AS participants, COALESCE(figures.in_flow, 0) AS in_flow, COALESCE(figures.held, 0) AS held,
              COALESCE(figures.job_edu, 0) AS job_edu, COALESCE(pending.n, 0) AS pending, COALESCE(figures.reached, '{}'::text[]) AS reached
         FROM ids LEFT JOIN figures ON figures.project_id = ids.id LEFT JOIN pending ON pending.project_id = ids.id`,
      [ids, asOf],
    );
  return {
    counts: rows.map((r) => ({ id: r.id, participants: r.participants, inFlow: r.in_flow, held: r.held, jobOrEducation: r.job_edu, pending: r.pending })),
    reached: new Map(rows.map((r) => [r.id, r.reached])),
  };
}

/** CONVERSATION_HELD's citizens per project with the day each was reached (citizenFigures). */
export async function reachedDates(manager: EntityManager, projectIds: readonly string[], asOf: string): Promise<Map<string, string[]>> {
  return (await citizenFigures(manager, projectIds, asOf)).reached;
}
