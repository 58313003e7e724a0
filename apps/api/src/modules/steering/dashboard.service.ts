import {
  COLOUR_LABELS,
  countFor,
  discloseCells,
  discloseCostPer,
  discloseFunnel,
  formatDecimal,
  FUNNEL_LABELS,
  isAggregateOnly,
  OUTCOME_LABELS,
  oreFromDb,
  reportingDate,
  STAGE_LABELS,
  type Colour,
  type Stage,
} from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { requireReadAccess } from "../../common/access.js";
import { preparedRows } from "../../common/sql.js";
import { notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { CHANGE_SELECT, toChangeType } from "../budget/budget-change.service.js";
import { toBudgetType } from "../budget/budget.service.js";
import { budgetFollowUp, todayInCopenhagen } from "../budget/follow-up.service.js";
import { RagEnum } from "../budget/follow-up.types.js";
import { conversationPace, goalsWithCounts, projectGoalDefinitions, projectMilestones } from "../flow/flow.service.js";
import { participantStatistics } from "../participants/participant-statistics.service.js";
import { progressFor } from "./portfolio.service.js";
import type { CountCellType, ProjectDashboardType } from "./steering.types.js";

/** Roles that see the styregruppe's screens; all but the tovholder see counts disclosed (packages/domain's disclosure.ts). */
export const STEERING_ROLES = ["STYREGRUPPE", "LEADER", "TOVHOLDER"] as const;

const FUNNEL = ["TARGET", "SCREENED", "CONVERSATION_HELD", "TEAM_MEETING", "ACTION_PLAN", "INTERVENTION", "OUTCOME", "JOB_OR_EDUCATION"] as const;
const COLOURS = ["GROEN", "ORANGE", "ROED", "BLAA", "NONE"] as const;
const STAGES: Stage[] = ["NOT_SCREENED", "OUT", "SCREENED", "CONVERSATION_SCHEDULED", "CONVERSATION_HELD", "AT_TEAM", "ACTION_PLAN", "OUTCOME"];
const OUTCOMES = ["JOB", "EDUCATION", "REMATCHED_2", "PASSIVE", "PENSION_RECOMMENDED"] as const;

/**
 * Every count of the dashboard for one date in one statement: per participant the facts as they stood on
 * the date (colour from its history, events up to the date), then the funnel, colours, stages and outcomes
 * as (dimension, key, n). The stage mirrors packages/domain's deriveStage (a test holds the two together).
 *
 * $3 says which date: 'NOW' is $2 itself, and also gives the funnel, the outcomes, the goals' indicators (over
 * all the project's participants, as INDICATORS_SQL counts them) and the held conversations; 'BASE' is the
 * baseline, the day every citizen had been screened (the latest first colour), computed here and returned as
 * the BASELINE row with the colours and stages that day (all the dashboard shows of it), or nothing when that
 * day is after $2. The dashboard runs the two at once on two
 * connections, as prepared statements; each is driven from the project's participants, so the
 * per-participant indexes do the work however large the other projects are.
 */
export const FACTS_SQL = `
  WITH b AS (
    SELECT CASE WHEN f.base <= $2::date THEN f.base END AS base FROM (
      SELECT max(first)::date AS base FROM (
        SELECT min(c.changed_at) AS first FROM participant_colour_change c JOIN participant p ON p.id = c.participant_id
         WHERE p.project_id = $1 AND $3::text = 'BASE' GROUP BY c.participant_id) m) f),
  d AS (SELECT CASE WHEN $3::text = 'NOW' THEN $2::date ELSE b.base END AS day, b.base FROM b),
  p AS (
    SELECT p.id, p.keep_in_team_queue AS keep, p.colour AS current_colour, p.enrolment_date <= d.day AS enrolled,
           COALESCE((SELECT c.to_colour FROM participant_colour_change c
                      WHERE c.participant_id = p.id AND c.changed_at < d.day + 1 ORDER BY c.changed_at DESC LIMIT 1),
                    CASE WHEN NOT EXISTS (SELECT 1 FROM participant_colour_change c WHERE c.participant_id = p.id) THEN p.colour END) AS colour,
           EXISTS (SELECT 1 FROM conversation c WHERE c.participant_id = p.id AND c.status = 'HELD' AND c.held_date <= d.day) AS held,
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
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= d.day
                                                      AND o.kind IN ('JOB', 'EDUCATION')) END AS job_edu,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.job_or_education_aim
                                                      AND i.created_at < d.day + 1) END AS job_aim,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM action_plan_item i JOIN intervention v ON v.id = i.intervention_id
                                                    WHERE i.participant_id = p.id AND v.name ILIKE '%virksomhedspraktik%'
                                                      AND i.status IN ('IN_PROGRESS', 'COMPLETED') AND i.start_month <= d.day) END AS placement,
           CASE WHEN $3::text = 'NOW' THEN EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind = 'REMATCHED_2'
                                                      AND o.outcome_date <= d.day) END AS rematched
      FROM d JOIN participant p ON p.project_id = $1 AND ($3::text = 'NOW' OR p.enrolment_date <= d.day)),
  s AS (
    SELECT *, CASE WHEN last_outcome IS NOT NULL AND NOT (keep AND only_rematched) THEN 'OUTCOME'
                   WHEN colour = 'ROED' THEN 'OUT'
                   WHEN colour IS NULL THEN 'NOT_SCREENED'
                   WHEN planned THEN 'ACTION_PLAN'
                   WHEN on_agenda THEN 'AT_TEAM'
                   WHEN held THEN 'CONVERSATION_HELD'
                   WHEN booked THEN 'CONVERSATION_SCHEDULED'
                   ELSE 'SCREENED' END AS stage
      FROM p WHERE enrolled)
  SELECT 'FUNNEL' AS dimension, k.key, k.n FROM (
    SELECT count(*)::int AS target, count(*) FILTER (WHERE colour IS NOT NULL)::int AS screened,
           count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE met)::int AS met,
           count(*) FILTER (WHERE planned)::int AS planned, count(*) FILTER (WHERE intervention)::int AS intervention,
           count(*) FILTER (WHERE last_outcome IS NOT NULL)::int AS outcome, count(*) FILTER (WHERE job_edu)::int AS job_edu FROM s
     WHERE $3::text = 'NOW') f
    CROSS JOIN LATERAL (VALUES ('TARGET', f.target), ('SCREENED', f.screened), ('CONVERSATION_HELD', f.held), ('TEAM_MEETING', f.met),
                               ('ACTION_PLAN', f.planned), ('INTERVENTION', f.intervention), ('OUTCOME', f.outcome), ('JOB_OR_EDUCATION', f.job_edu)) AS k(key, n)
  UNION ALL SELECT 'COLOUR', COALESCE(colour, 'NONE'), count(*)::int FROM s GROUP BY 2
  UNION ALL SELECT 'STAGE', stage, count(*)::int FROM s GROUP BY 2
  UNION ALL SELECT 'OUTCOME', last_outcome, count(*)::int FROM s WHERE $3::text = 'NOW' AND last_outcome IS NOT NULL GROUP BY 2
  UNION ALL SELECT 'BASELINE', to_char(d.base, 'YYYY-MM-DD'), 0 FROM d WHERE d.base IS NOT NULL
  UNION ALL SELECT 'EVENTS', 'CONVERSATIONS_HELD', count(*)::int FROM conversation c, d
             WHERE $3::text = 'NOW' AND c.project_id = $1 AND c.status = 'HELD' AND c.held_date <= d.day
  UNION ALL SELECT 'GOAL', k.key, k.n FROM (
    SELECT count(*) FILTER (WHERE current_colour IS NULL OR current_colour <> 'ROED')::int AS denominator,
           count(*) FILTER (WHERE job_aim)::int AS job_aim, count(*) FILTER (WHERE placement)::int AS placement,
           count(*) FILTER (WHERE job_edu)::int AS job_edu, count(*) FILTER (WHERE rematched)::int AS rematched FROM p WHERE $3::text = 'NOW') g
    CROSS JOIN LATERAL (VALUES ('DENOMINATOR', g.denominator), ('ACTION_PLAN_JOB_AIM', g.job_aim), ('COMPANY_PLACEMENT', g.placement),
                               ('JOB_OR_EDUCATION', g.job_edu), ('REMATCHED', g.rematched)) AS k(key, n)
     WHERE $3::text = 'NOW'
`;

export interface FactRow {
  dimension: string;
  key: string;
  n: number;
}

const count = (rows: readonly FactRow[], dimension: string, key: string) => rows.find((r) => r.dimension === dimension && r.key === key)?.n ?? 0;

function rawCells(rows: readonly FactRow[], dimension: string, keys: readonly string[]) {
  return keys.map((key) => ({ key, count: count(rows, dimension, key) })).filter((c) => c.count > 0 || c.key !== "NONE");
}

function cells(rows: readonly FactRow[], dimension: string, keys: readonly string[], label: (k: string) => string, suppress: boolean): CountCellType[] {
  return discloseCells(rawCells(rows, dimension, keys), suppress).map((c) => ({ key: c.key, label: label(c.key), count: c.count, display: c.display, suppressed: c.suppressed }));
}

const colourLabel = (k: string) => (k === "NONE" ? "Ikke screenet" : (COLOUR_LABELS[k as Colour] ?? k));

/**
 * The styregruppe's dashboard for one project as of a date. Everything is an aggregate computed in SQL;
 * roles other than the tovholder (aggregate-only viewers) get every figure about citizens through packages/
 * domain's disclosure.ts: as of the reporting date (`figuresAsOf`, the latest month end on or before asOf),
 * rounded to 5 with 1–4 as "<5", and shares and costs per citizen computed from the rounded counts. The budget
 * figures are the budget planner's own follow-up as of asOf, so the two agree to the øre.
 */
export async function projectDashboard(
  ctx: Context,
  projectId: string,
  asOfInput?: string | null,
  options: { suppress?: boolean } = {},
): Promise<ProjectDashboardType> {
  const roles = requireReadAccess(ctx, "steering.read", projectId);
  const asOf = asOfInput ?? todayInCopenhagen();
  requireIsoDate(asOf);
  // A meeting pack is always what the styregruppe sees, whoever closes it.
  const suppress = options.suppress ?? isAggregateOnly(roles);
  // Citizens' figures as of the reporting date for aggregate-only viewers: two days in one month give one answer.
  const figuresAsOf = suppress ? reportingDate(asOf) : asOf;
  const facts = (which: "NOW" | "BASE") => preparedRows<FactRow>(ctx.manager, "overblik_dashboard_facts", FACTS_SQL, [projectId, figuresAsOf, which]);
  // Everything at once: the two dates' facts take most of the time and run side by side.
  const budgetsAndFollowUp = ctx.loaders.budgetsByProject.load(projectId).then(async (rows) => {
    const budgets = rows.map(toBudgetType);
    const main = budgets.find((b) => b.approvedAt !== null) ?? budgets[0] ?? null;
    return main ? budgetFollowUp(ctx, main, asOf, null) : null;
  });
  const [project, now, baseline, pace, goalDefinitions, milestones, followUp, pools, pending, statistics, progress] = await Promise.all([
    ctx.loaders.projectById.load(projectId),
    facts("NOW"),
    facts("BASE"),
    conversationPace(ctx, projectId, figuresAsOf),
    projectGoalDefinitions(ctx, projectId),
    projectMilestones(ctx, projectId, asOf),
    budgetsAndFollowUp,
    ctx.manager.query(
      `SELECT p.name, p.amount_ore::text AS amount,
              COALESCE(sum(a.actual_cost_ore) FILTER (WHERE a.status = 'HELD' AND a.planned_date <= $2), 0)::text AS used,
              COALESCE(sum(a.planned_cost_ore) FILTER (WHERE a.status = 'PLANNED' OR (a.status = 'HELD' AND a.planned_date > $2)), 0)::text AS planned,
              count(*) FILTER (WHERE a.status = 'HELD' AND a.planned_date <= $2)::int AS held,
              COALESCE(sum(a.actual_participants) FILTER (WHERE a.status = 'HELD' AND a.planned_date <= $2), 0)::int AS participants
         FROM competence_pool p LEFT JOIN competence_activity a ON a.pool_id = p.id
        WHERE p.project_id = $1 GROUP BY p.id ORDER BY p.name`,
      [projectId, asOf],
    ) as Promise<Array<{ name: string; amount: string; used: string; planned: string; held: number; participants: number }>>,
    ctx.manager.query(`${CHANGE_SELECT} WHERE b.project_id = $1 AND c.status = 'PENDING' ORDER BY c.requested_at`, [projectId]),
    participantStatistics(ctx, projectId, suppress ? figuresAsOf : null, { suppress }),
    progressFor(ctx, [projectId], figuresAsOf, suppress),
  ]);
  if (!project) throw notFound("Projektet");
  const baselineDate = baseline.find((r) => r.dimension === "BASELINE")?.key ?? null;
  const goals = goalsWithCounts(goalDefinitions, count(now, "GOAL", "DENOMINATOR"), (indicator) => count(now, "GOAL", indicator), suppress);

  // Steps that are totals of the breakdowns shown beside them go through discloseTotal with those breakdowns.
  const colourCounts = rawCells(now, "COLOUR", COLOURS).map((c) => c.count);
  const funnel = discloseFunnel(
    FUNNEL.map((key) => ({ key, count: count(now, "FUNNEL", key) })),
    suppress,
    {
      TARGET: [colourCounts, rawCells(now, "STAGE", STAGES).map((c) => c.count)],
      SCREENED: [rawCells(now, "COLOUR", COLOURS.filter((k) => k !== "NONE")).map((c) => c.count)],
      OUTCOME: [rawCells(now, "OUTCOME", OUTCOMES).map((c) => c.count)],
    },
  ).map((s) => ({
    key: s.key,
    label: FUNNEL_LABELS[s.key as keyof typeof FUNNEL_LABELS],
    count: s.shown,
    display: s.display,
    percentOfTarget: s.percentOfFirst === null ? null : formatDecimal(s.percentOfFirst),
  }));

  const spent = followUp?.expense.spent ?? 0n;
  const costs = [
    { key: "CONVERSATION_HELD", label: "pr. holdt samtale", n: count(now, "EVENTS", "CONVERSATIONS_HELD") },
    { key: "ACTION_PLAN", label: "pr. borger med indsatsplan", n: count(now, "FUNNEL", "ACTION_PLAN") },
    { key: "JOB_OR_EDUCATION", label: "pr. borger i job eller uddannelse", n: count(now, "FUNNEL", "JOB_OR_EDUCATION") },
  ].map((c) => {
    const r = discloseCostPer(spent, c.n, suppress);
    return { key: c.key, label: c.label, countDisplay: countFor(c.n, suppress).display, amount: r.amount, display: r.display };
  });

  const warnings = [...statistics.warnings];
  if (followUp && followUp.income.corrected !== 0n && followUp.income.corrected !== followUp.expense.corrected) {
    warnings.push("Budgettets indtægter og udgifter balancerer ikke (se budgetlinjerne).");
  }
  const stageLabel = (k: string) => STAGE_LABELS[k as Stage] ?? k;

  return {
    asOf,
    suppressed: suppress,
    figuresAsOf,
    progress: progress.get(projectId) ?? { rag: RagEnum.NONE, reason: "Ingen data." },
    spend: followUp ? { rag: followUp.expense.rag, reason: followUp.expense.ragReason } : { rag: RagEnum.NONE, reason: "Projektet har intet budget." },
    funnel,
    outcomes: cells(now, "OUTCOME", OUTCOMES, (k) => OUTCOME_LABELS[k as keyof typeof OUTCOME_LABELS] ?? k, suppress),
    baselineDate,
    coloursAtBaseline: baselineDate ? cells(baseline, "COLOUR", COLOURS, colourLabel, suppress) : [],
    coloursNow: cells(now, "COLOUR", COLOURS, colourLabel, suppress),
    stagesAtBaseline: baselineDate ? cells(baseline, "STAGE", STAGES, stageLabel, suppress) : [],
    stagesNow: cells(now, "STAGE", STAGES, stageLabel, suppress),
    pace,
    goals,
    milestones,
    followUp,
    pools: pools.map((p) => ({ name: p.name, amount: oreFromDb(p.amount), used: oreFromDb(p.used), planned: oreFromDb(p.planned), held: p.held, participants: p.participants })),
    costs,
    pendingDecisions: pending.map(toChangeType),
    warnings,
  };
}
