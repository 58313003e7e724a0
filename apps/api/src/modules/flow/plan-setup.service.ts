import type { Milestone, ProjectGoal, GoalIndicator } from "@overblik/db";
import { formatDateDa } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { capacityPlanOf, toMilestone } from "./flow.service.js";
import type { MilestoneType } from "./flow.types.js";
import type { GoalColumns } from "./flow.repository.js";
import {
  deleteGoalRow,
  deleteMilestoneRow,
  flowPlanOfProject,
  goalById,
  goalsOfProject,
  insertFlowPlan,
  insertGoal,
  insertMilestone,
  milestoneById,
  updateFlowPlan,
  updateGoalRow,
  updateMilestoneRow,
} from "./flow.repository.js";
import { missingMeetingDates } from "./meeting.repository.js";
import type {
  CreateGoalInput,
  CreateMilestoneInput,
  DeleteGoalInput,
  DeleteMilestoneInput,
  FlowPlanType,
  GoalDefinitionType,
  SetFlowPlanInput,
  UpdateGoalInput,
  UpdateMilestoneInput,
} from "./plan-setup.types.js";

const stale = (what: string) => new DomainError("CONFLICT", `${what} er ændret, siden du hentede det. Hent det igen.`);

/** The project (it exists: requireAccess has loaded it) for its period. */
async function projectOf(ctx: Context, projectId: string) {
  const project = await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  return project;
}

// ---------------------------------------------------------------- goals

const toGoalDefinition = (g: ProjectGoal): GoalDefinitionType => ({
  id: g.id,
  name: g.name,
  indicator: g.indicator,
  targetPercent: g.targetPercent,
  targetCount: g.targetCount,
  baselinePercent: g.baselinePercent,
  targetDate: g.targetDate,
  version: g.version,
});

/** The goal's columns from the input; exactly one target (a share or a count), checked with a Danish message. */
function goalColumns(input: CreateGoalInput | UpdateGoalInput): GoalColumns {
  const percent = input.targetPercent ?? null;
  const count = input.targetCount ?? null;
  if (percent === null && count === null) throw new DomainError("BAD_USER_INPUT", "Angiv målet enten i procent eller i antal borgere.");
  if (percent !== null && count !== null) throw new DomainError("BAD_USER_INPUT", "Angiv målet enten i procent eller i antal borgere, ikke begge.");
  const name = input.name.trim();
  if (name.length < 2) throw new DomainError("BAD_USER_INPUT", "Skriv målets navn.");
  return {
    name,
    indicator: input.indicator as GoalIndicator,
    targetPercent: percent,
    targetCount: count,
    baselinePercent: input.baselinePercent ?? null,
    targetDate: input.targetDate ?? null,
  };
}

/** The goals as written (for the editor), in name order as the figures show them. */
export async function goalDefinitions(ctx: Context, projectId: string): Promise<GoalDefinitionType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return (await goalsOfProject(ctx.manager, projectId)).map(toGoalDefinition);
}

export async function createGoal(ctx: Context, input: CreateGoalInput): Promise<GoalDefinitionType> {
  await requireAccess(ctx, "plan.edit", input.projectId);
  const saved = await insertGoal(ctx.manager, input.projectId, goalColumns(input));
  return toGoalDefinition(saved);
}

async function goalOf(ctx: Context, goalId: string): Promise<ProjectGoal> {
  const goal = await goalById(ctx.manager, goalId);
  if (!goal) throw notFound("Målet");
  await requireAccess(ctx, "plan.edit", goal.projectId);
  return goal;
}

export async function updateGoal(ctx: Context, input: UpdateGoalInput): Promise<GoalDefinitionType> {
  const goal = await goalOf(ctx, input.goalId);
  const c = goalColumns(input);
  const updated = await updateGoalRow(ctx.manager, goal.id, input.expectedVersion, c);
  if (!updated) throw stale("Målet");
  return toGoalDefinition(updated);
}

export async function deleteGoal(ctx: Context, input: DeleteGoalInput): Promise<string> {
  const goal = await goalOf(ctx, input.goalId);
  if (!(await deleteGoalRow(ctx.manager, goal.id, input.expectedVersion))) throw stale("Målet");
  return goal.id;
}

// ---------------------------------------------------------------- milestones

function milestoneName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 2) throw new DomainError("BAD_USER_INPUT", "Skriv milepælens navn.");
  return trimmed;
}

export async function createMilestone(ctx: Context, input: CreateMilestoneInput): Promise<MilestoneType> {
  await requireAccess(ctx, "plan.edit", input.projectId);
  const saved = await insertMilestone(ctx.manager, {
    projectId: input.projectId,
    name: milestoneName(input.name),
    dueDate: input.dueDate,
    responsible: input.responsible?.trim() ?? "",
  });
  return toMilestone(saved, todayInCopenhagen());
}

async function milestoneOf(ctx: Context, milestoneId: string): Promise<Milestone> {
  const milestone = await milestoneById(ctx.manager, milestoneId);
  if (!milestone) throw notFound("Milepælen");
  await requireAccess(ctx, "plan.edit", milestone.projectId);
  return milestone;
}

export async function updateMilestone(ctx: Context, input: UpdateMilestoneInput): Promise<MilestoneType> {
  const milestone = await milestoneOf(ctx, input.milestoneId);
  const updated = await updateMilestoneRow(ctx.manager, milestone.id, input.expectedVersion, {
    name: milestoneName(input.name),
    dueDate: input.dueDate,
    responsible: input.responsible?.trim() ?? "",
    doneDate: input.doneDate ?? null,
  });
  if (!updated) throw stale("Milepælen");
  return toMilestone(updated, todayInCopenhagen());
}

export async function deleteMilestone(ctx: Context, input: DeleteMilestoneInput): Promise<string> {
  const milestone = await milestoneOf(ctx, input.milestoneId);
  if (!(await deleteMilestoneRow(ctx.manager, milestone.id, input.expectedVersion))) throw stale("Milepælen");
  return milestone.id;
}

// ---------------------------------------------------------------- the flow plan

/** The flow plan as written, its capacity plan and the plan's meeting dates that have no meeting yet; null without a plan. */
export async function flowPlan(ctx: Context, projectId: string): Promise<FlowPlanType | null> {
  requireReadAccess(ctx, "project.read", projectId);
  const plan = await flowPlanOfProject(ctx.manager, projectId);
  if (!plan) return null;
  const capacityPlan = await capacityPlanOf(ctx, plan);
  return {
    projectId,
    conversationStart: plan.conversationStart,
    conversationEnd: plan.conversationEnd,
    teamStart: plan.teamStart,
    teamEnd: plan.teamEnd,
    meetingIntervalDays: plan.meetingIntervalDays,
    maxCitizensPerMeeting: plan.maxCitizensPerMeeting,
    minutesPerCitizen: plan.minutesPerCitizen,
    version: plan.version,
    capacityPlan,
    missingMeetings: (await missingMeetingDates(ctx.manager, plan)).length,
  };
}

/** Both periods inside the project's own, each ending on or after it starts; Danish messages naming the dates. */
function checkPeriods(input: SetFlowPlanInput, project: { startDate: string; endDate: string }): void {
  const inside = (date: string, what: string) => {
    if (date < project.startDate || date > project.endDate) {
      throw new DomainError(
        "BAD_USER_INPUT",
        `${what} (${formatDateDa(date)}) skal ligge i projektets periode, ${formatDateDa(project.startDate)}–${formatDateDa(project.endDate)}.`,
      );
    }
  };
  inside(input.conversationStart, "Samtaleperiodens start");
  inside(input.conversationEnd, "Samtaleperiodens slut");
  inside(input.teamStart, "Teamets start");
  inside(input.teamEnd, "Teamets slut");
  if (input.conversationEnd < input.conversationStart)
    throw new DomainError("BAD_USER_INPUT", "Samtaleperioden skal slutte samme dag som eller efter, den begynder.");
  if (input.teamEnd < input.teamStart) throw new DomainError("BAD_USER_INPUT", "Teamets periode skal slutte samme dag som eller efter, den begynder.");
}

/**
 * Creates the flow plan (no expectedVersion) or changes it (the version the screen showed). The pace of the
 * conversations, the team hours and the meetings follow from it in the capacity plan; meetings are not created
 * here: the answer says how many of the plan's dates have none, and "Opret møder efter forløbsplanen" adds them.
 */
export async function setFlowPlan(ctx: Context, input: SetFlowPlanInput): Promise<FlowPlanType> {
  await requireAccess(ctx, "plan.edit", input.projectId);
  checkPeriods(input, await projectOf(ctx, input.projectId));
  const values = {
    projectId: input.projectId,
    conversationStart: input.conversationStart,
    conversationEnd: input.conversationEnd,
    teamStart: input.teamStart,
    teamEnd: input.teamEnd,
    meetingIntervalDays: input.meetingIntervalDays,
    minutesPerCitizen: input.minutesPerCitizen,
    maxCitizensPerMeeting: input.maxCitizensPerMeeting,
  };
  const written = input.expectedVersion == null ? await insertFlowPlan(ctx.manager, values) : await updateFlowPlan(ctx.manager, values, input.expectedVersion);
  if (!written) {
    throw new DomainError(
      "CONFLICT",
      input.expectedVersion == null
        ? "Projektet har allerede en forløbsplan, som en anden har gemt. Hent den igen."
        : "Forløbsplanen er ændret, siden du hentede den. Hent den igen.",
    );
  }
  const saved = await flowPlan(ctx, input.projectId);
  if (!saved) throw notFound("Forløbsplanen");
  return saved;
}
