import { Milestone, ProjectFlowPlan, ProjectGoal } from "@overblik/db";
import { capacityPlan, discloseShare, formatIsoWeek, isAggregateOnly, paceByWeek, reportingDate, SMALL_COUNT_DISPLAY } from "@overblik/domain";
import { requireProjectAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import type { CapacityPlanType, CompleteMilestoneInput, ConversationPaceType, GoalType, MilestoneType } from "./flow.types.js";

export async function projectCapacityPlan(ctx: Context, projectId: string): Promise<CapacityPlanType | null> {
  requireProjectAccess(ctx, projectId);
  const plan = await ctx.manager.findOneBy(ProjectFlowPlan, { projectId });
  return plan ? capacityPlanOf(ctx, plan) : null;
}

/** The capacity plan of a flow plan the caller has loaded (and checked access to). */
export async function capacityPlanOf(ctx: Context, plan: ProjectFlowPlan): Promise<CapacityPlanType> {
  const projectId = plan.projectId;
  const project = await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  // The target group's stated size; without one, the participants not screened out (rød).
  let citizens = project.targetSize;
  let citizensSource = "målgruppens angivne størrelse";
  if (citizens === null) {
    const rows: Array<{ n: number }> = await ctx.manager.query(
      `SELECT count(*)::int AS n FROM participant WHERE project_id = $1 AND (colour IS NULL OR colour <> 'ROED')`,
      [projectId],
    );
    citizens = rows[0]?.n ?? 0;
    citizensSource = "deltagere, der ikke er screenet røde";
  }
  const result = capacityPlan({
    citizens,
    conversationStart: plan.conversationStart,
    conversationEnd: plan.conversationEnd,
    teamStart: plan.teamStart,
    teamEnd: plan.teamEnd,
    meetingIntervalDays: plan.meetingIntervalDays,
    minutesPerCitizen: plan.minutesPerCitizen,
    maxCitizensPerMeeting: plan.maxCitizensPerMeeting,
  });
  return {
    citizens,
    citizensSource,
    conversationStart: plan.conversationStart,
    conversationEnd: plan.conversationEnd,
    conversationWeeks: (Math.round(result.conversationWeeks * 10) / 10).toString().replace(".", ","),
    conversationsPerWeek: result.conversationsPerWeek,
    teamHours: result.teamHoursText,
    meetings: result.meetings,
    citizensPerMeetingNeeded: result.citizensPerMeetingNeeded,
    meetingCapacity: result.meetingCapacity,
    maxCitizensPerMeeting: plan.maxCitizensPerMeeting,
    minutesPerCitizen: plan.minutesPerCitizen,
    meetingIntervalDays: plan.meetingIntervalDays,
    mismatches: result.mismatches,
  };
}

export function toMilestone(m: Milestone, asOf: string): MilestoneType {
  const status = m.doneDate !== null && m.doneDate <= asOf ? "DONE" : m.dueDate < asOf ? "OVERDUE" : "DUE";
  return { id: m.id, name: m.name, dueDate: m.dueDate, responsible: m.responsible, doneDate: m.doneDate, status, version: m.version };
}

export async function projectMilestones(ctx: Context, projectId: string, asOf?: string | null): Promise<MilestoneType[]> {
  requireProjectAccess(ctx, projectId);
  const rows = await ctx.manager.find(Milestone, { where: { projectId }, order: { dueDate: "ASC", name: "ASC" } });
  const date = asOf ?? todayInCopenhagen();
  return rows.map((m) => toMilestone(m, date));
}

export async function completeMilestone(ctx: Context, input: CompleteMilestoneInput): Promise<MilestoneType> {
  const milestone = await ctx.manager.findOneBy(Milestone, { id: input.milestoneId });
  if (!milestone) throw notFound("Milepælen");
  requireProjectAccess(ctx, milestone.projectId, ["TOVHOLDER", "STYREGRUPPE"]);
  const result = await ctx.manager
    .createQueryBuilder()
    .update(Milestone)
    .set({ doneDate: input.doneDate, version: () => "version + 1" })
    .where("id = :id AND version = :version", { id: milestone.id, version: input.expectedVersion })
    .execute();
  if (result.affected !== 1) throw new DomainError("CONFLICT", "Milepælen er ændret, siden du hentede den. Hent den igen.");
  return toMilestone(await ctx.manager.findOneByOrFail(Milestone, { id: milestone.id }), todayInCopenhagen());
}

/** The pace of held initial conversations per ISO week against the plan (aggregate: no citizen is named). */
export async function conversationPace(ctx: Context, projectId: string, asOfInput?: string | null): Promise<ConversationPaceType | null> {
  const plan = await projectCapacityPlan(ctx, projectId);
  if (!plan) return null;
  const asOf = asOfInput ?? todayInCopenhagen();
  const held: Array<{ d: string }> = await ctx.manager.query(
    `SELECT to_char(held_date, 'YYYY-MM-DD') AS d FROM conversation WHERE project_id = $1 AND status = 'HELD' AND held_date <= $2`,
    [projectId, asOf],
  );
  const pace = paceByWeek(held.map((h) => h.d), { start: plan.conversationStart, end: plan.conversationEnd, total: plan.citizens }, asOf);
  return {
    weeks: pace.weeks.map((w) => ({ ...w, week: formatIsoWeek(w.weekStart, true) })),
    averagePerWeek: (Math.round(pace.averagePerWeek * 10) / 10).toString().replace(".", ","),
    requiredPerWeek: plan.conversationsPerWeek,
    projectedFinish: pace.projectedFinish,
    onTrack: pace.onTrack,
  };
}

/**
 * Every indicator and the denominator (participants not screened out) in one statement, driven from the
 * project's participants so the per-participant indexes do the work however large the other projects are.
 */
const INDICATORS_SQL = `
  SELECT count(*) FILTER (WHERE p.colour IS NULL OR p.colour <> 'ROED')::int AS denominator,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.job_or_education_aim
                                          AND i.created_at::date <= $2::date))::int AS "ACTION_PLAN_JOB_AIM",
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM action_plan_item i JOIN intervention v ON v.id = i.intervention_id
                                         WHERE i.participant_id = p.id AND v.name ILIKE '%virksomhedspraktik%'
                                           AND i.status IN ('IN_PROGRESS', 'COMPLETED') AND i.start_month <= $2::date))::int AS "COMPANY_PLACEMENT",
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind IN ('JOB', 'EDUCATION')
                                          AND o.outcome_date <= $2::date))::int AS "JOB_OR_EDUCATION",
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind = 'REMATCHED_2'
                                          AND o.outcome_date <= $2::date))::int AS "REMATCHED"
    FROM participant p WHERE p.project_id = $1`;

/**
 * The project's goals with their indicators as of a date; for roles without citizen access disclosed by packages/
 * domain's disclosure.ts (as of the reporting date, counts rounded to 5, achievement from the rounded counts).
 */
export async function projectGoals(ctx: Context, projectId: string, asOfInput?: string | null): Promise<GoalType[]> {
  const roles = requireProjectAccess(ctx, projectId);
  const suppress = isAggregateOnly(roles);
  const requested = asOfInput ?? todayInCopenhagen();
  const asOf = suppress ? reportingDate(requested) : requested;
  const goals = await projectGoalDefinitions(ctx, projectId);
  if (goals.length === 0) return [];
  const [counts] = (await ctx.manager.query(INDICATORS_SQL, [projectId, asOf])) as Array<Record<string, number>>;
  return goalsWithCounts(goals, counts?.denominator ?? 0, (indicator) => counts?.[indicator] ?? 0, suppress);
}

export function projectGoalDefinitions(ctx: Context, projectId: string): Promise<ProjectGoal[]> {
  return ctx.manager.find(ProjectGoal, { where: { projectId }, order: { name: "ASC" } });
}

/**
 * A count target as the share it makes of the citizens in the flow, rounded up, for readers that compare shares
 * (a count of 20 among 197 citizens is reached at 10,2 %, so 11 %). With no citizens yet, any count above 0 is 100 %.
 */
export function countTargetAsPercent(count: number, denominator: number): number {
  if (denominator <= 0) return count > 0 ? 100 : 0;
  return Math.ceil((count * 100) / denominator);
}

/**
 * The goals with their indicator counts (from INDICATORS_SQL, or the dashboard's facts, which count the same).
 * With `suppress` the count, the denominator and the achievement are disclosure.ts's: the share of the rounded
 * counts, "<5" where either is (the denominator is then 0, as no share can be shown).
 */
export function goalsWithCounts(goals: readonly ProjectGoal[], denominator: number, countOf: (indicator: string) => number, suppress: boolean): GoalType[] {
  return goals.map((goal) => {
    const shown = discloseShare(countOf(goal.indicator), denominator, suppress);
    const n = shown.n.count ?? 0;
    const tenths = shown.share === null ? null : Math.round(shown.share * 1000);
    const percent = tenths === null ? null : `${Math.floor(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ""}`;
    return {
      id: goal.id,
      name: goal.name,
      indicator: goal.indicator,
      targetPercent: goal.targetPercent ?? countTargetAsPercent(goal.targetCount ?? 0, n),
      targetCount: goal.targetCount,
      targetDate: goal.targetDate,
      baselinePercent: goal.baselinePercent,
      count: shown.x.count,
      denominator: n,
      percent,
      display: shown.hidden ? SMALL_COUNT_DISPLAY : percent === null ? "–" : `${percent} %`,
    };
  });
}
