import type { Milestone, ProjectFlowPlan, ProjectGoal } from "@overblik/db";
import {
  capacityPlan,
  figureShare,
  formatIsoWeek,
  isAggregateOnly,
  paceByWeek,
  reportingDate,
  SMALL_COUNT_DISPLAY,
  unreachablePlanText,
} from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { factsOf, figureCount, reachedDates } from "../steering/figures.repository.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { completeMilestoneRow, flowPlanOfProject, goalsOfProject, milestoneById, milestonesOfProject, participantReach } from "./flow.repository.js";
import type { CapacityPlanType, CompleteMilestoneInput, ConversationPaceType, GoalType, MilestoneType } from "./flow.types.js";

export async function projectCapacityPlan(ctx: Context, projectId: string): Promise<CapacityPlanType | null> {
  requireReadAccess(ctx, "project.read", projectId);
  const plan = await flowPlanOfProject(ctx.manager, projectId);
  return plan ? capacityPlanOf(ctx, plan) : null;
}

/** The capacity plan of a flow plan the caller has loaded (and checked access to). */
export async function capacityPlanOf(ctx: Context, plan: ProjectFlowPlan): Promise<CapacityPlanType> {
  const projectId = plan.projectId;
  const project = await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  // The target group's stated size; without one, the participants not screened out (rød), who can be reached.
  const { reachable, roed } = await participantReach(ctx.manager, projectId);
  const citizens = project.targetSize ?? reachable;
  const citizensSource = project.targetSize === null ? "deltagere, der ikke er screenet røde" : "målgruppens angivne størrelse";
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
  const unreachable = unreachablePlanText(citizens, reachable + roed, roed);
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
    mismatches: unreachable ? [...result.mismatches, unreachable] : result.mismatches,
  };
}

export function toMilestone(m: Milestone, asOf: string): MilestoneType {
  const status = m.doneDate !== null && m.doneDate <= asOf ? "DONE" : m.dueDate < asOf ? "OVERDUE" : "DUE";
  return { id: m.id, name: m.name, dueDate: m.dueDate, responsible: m.responsible, doneDate: m.doneDate, status, version: m.version };
}

export async function projectMilestones(ctx: Context, projectId: string, asOf?: string | null): Promise<MilestoneType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  const rows = await milestonesOfProject(ctx.manager, projectId);
  const date = asOf ?? todayInCopenhagen();
  return rows.map((m) => toMilestone(m, date));
}

export async function completeMilestone(ctx: Context, input: CompleteMilestoneInput): Promise<MilestoneType> {
  const milestone = await milestoneById(ctx.manager, input.milestoneId);
  if (!milestone) throw notFound("Milepælen");
  await requireAccess(ctx, "milestone.complete", milestone.projectId);
  const done = await completeMilestoneRow(ctx.manager, milestone.id, input.expectedVersion, input.doneDate);
  if (!done) throw new DomainError("CONFLICT", "Milepælen er ændret, siden du hentede den. Hent den igen.");
  return toMilestone(done, todayInCopenhagen());
}

/** The pace of citizens reached (first held initial conversation) per ISO week against the plan (aggregate: no citizen is named). */
export async function conversationPace(ctx: Context, projectId: string, asOfInput?: string | null): Promise<ConversationPaceType | null> {
  const plan = await projectCapacityPlan(ctx, projectId);
  if (!plan) return null;
  const asOf = asOfInput ?? todayInCopenhagen();
  // Citizens reached (CONVERSATION_HELD), each once, on the day of their first held conversation.
  const held = (await reachedDates(ctx.manager, [projectId], asOf)).get(projectId) ?? [];
  const pace = paceByWeek(held, { start: plan.conversationStart, end: plan.conversationEnd, total: plan.citizens }, asOf);
  return {
    weeks: pace.weeks.map((w) => ({ ...w, week: formatIsoWeek(w.weekStart, true) })),
    averagePerWeek: (Math.round(pace.averagePerWeek * 10) / 10).toString().replace(".", ","),
    requiredPerWeek: plan.conversationsPerWeek,
    projectedFinish: pace.projectedFinish,
    onTrack: pace.onTrack,
  };
}

/**
 * The project's goals with their indicators as of a date; for roles without citizen access disclosed by packages/
 * domain's disclosure.ts (as of the reporting date, counts rounded to 5, achievement from the rounded counts).
 */
export async function projectGoals(ctx: Context, projectId: string, asOfInput?: string | null): Promise<GoalType[]> {
  const roles = requireReadAccess(ctx, "project.read", projectId);
  const suppress = isAggregateOnly(roles);
  const requested = asOfInput ?? todayInCopenhagen();
  const asOf = suppress ? reportingDate(requested) : requested;
  const goals = await projectGoalDefinitions(ctx, projectId);
  if (goals.length === 0) return [];
  // The same statement and figures as the dashboard's funnel (figures.repository.ts): one count per figure.
  const facts = await factsOf(ctx.manager, projectId, asOf, "NOW");
  return goalsWithCounts(goals, figureCount(facts, "FUNNEL", "IN_FLOW"), (indicator) => figureCount(facts, "FUNNEL", indicator), suppress);
}

export function projectGoalDefinitions(ctx: Context, projectId: string): Promise<ProjectGoal[]> {
  return goalsOfProject(ctx.manager, projectId);
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
 * The goals with their indicator counts (figures.ts's figure of the same name, from the dashboard's facts statement in figures.repository.ts), each a share of
 * the citizens in the flow (its denominator, labelled "af 197 i forløbet"). With `suppress` the count, the
 * denominator and the achievement are disclosure.ts's: the share of the rounded counts, "<5" where either is
 * (the denominator is then 0, as no share can be shown).
 */
export function goalsWithCounts(goals: readonly ProjectGoal[], inFlow: number, countOf: (indicator: string) => number, suppress: boolean): GoalType[] {
  return goals.map((goal) => {
    const shown = figureShare(goal.indicator, countOf(goal.indicator), inFlow, suppress);
    const n = shown.denominator ?? 0;
    return {
      id: goal.id,
      name: goal.name,
      indicator: goal.indicator,
      targetPercent: goal.targetPercent ?? countTargetAsPercent(goal.targetCount ?? 0, n),
      targetCount: goal.targetCount,
      targetDate: goal.targetDate,
      baselinePercent: goal.baselinePercent,
      count: shown.count,
      denominator: n,
      percent: shown.percent,
      display: shown.count === null || shown.denominator === null ? SMALL_COUNT_DISPLAY : shown.percent === null ? "–" : `${shown.percent} %`,
      denominatorLabel: shown.denominatorLabel,
    };
  });
}
