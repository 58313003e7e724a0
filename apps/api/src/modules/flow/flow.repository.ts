import { Milestone, ProjectFlowPlan, ProjectGoal, type GoalIndicator } from "@overblik/db";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * The project's flow set-up: its flow plan, goals and milestones (flow.service.ts and plan-setup.service.ts hold the
 * rules), and the checks on other modules' tables more than one flow service needs. Rows come back as the entities.
 */

/** Whether the budget line is one of the project's own (the team's hours and the interventions' units are booked there). */
export async function budgetLineInProject(manager: Pick<EntityManager, "query">, budgetLineId: string, projectId: string): Promise<boolean> {
  const rows = await rowsOf<{ n: number }>(
    manager,
    `SELECT count(*)::int AS n FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE l.id = $1 AND b.project_id = $2`,
    [budgetLineId, projectId],
  );
  return Boolean(rows[0]?.n);
}

// ---------------------------------------------------------------- the flow plan

export function flowPlanOfProject(manager: EntityManager, projectId: string): Promise<ProjectFlowPlan | null> {
  return manager.findOneBy(ProjectFlowPlan, { projectId });
}

/** The project's participants not screened out (rød), who can be reached, and the rød ones. */
export async function participantReach(manager: EntityManager, projectId: string): Promise<{ reachable: number; roed: number }> {
  const [{ reachable, roed }] = await manager.query<[{ reachable: number; roed: number }]>(
    `SELECT count(*) FILTER (WHERE colour IS NULL OR colour <> 'ROED')::int AS reachable, count(*) FILTER (WHERE colour = 'ROED')::int AS roed
       FROM participant WHERE project_id = $1`,
    [projectId],
  );
  return { reachable, roed };
}

export interface FlowPlanValues {
  projectId: string;
  conversationStart: string;
  conversationEnd: string;
  teamStart: string;
  teamEnd: string;
  meetingIntervalDays: number;
  minutesPerCitizen: number;
  maxCitizensPerMeeting: number;
}

const planValues = (p: FlowPlanValues) => [
  p.projectId,
  p.conversationStart,
  p.conversationEnd,
  p.teamStart,
  p.teamEnd,
  p.meetingIntervalDays,
  p.minutesPerCitizen,
  p.maxCitizensPerMeeting,
];

/** Creates the project's flow plan; false when it already has one (ON CONFLICT: a concurrent creator wins, no error from the index). */
export async function insertFlowPlan(manager: EntityManager, p: FlowPlanValues): Promise<boolean> {
  const rows = await rowsOf<{ project_id: string }>(
    manager,
    `INSERT INTO project_flow_plan (project_id, conversation_start, conversation_end, team_start, team_end, meeting_interval_days, minutes_per_citizen, max_citizens_per_meeting)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (project_id) DO NOTHING RETURNING project_id`,
    planValues(p),
  );
  return rows.length === 1;
}

/** Changes the flow plan at the version the screen showed; false when the version is stale. */
export async function updateFlowPlan(manager: EntityManager, p: FlowPlanValues, expectedVersion: number): Promise<boolean> {
  const rows = await rowsOf<{ project_id: string }>(
    manager,
    `UPDATE project_flow_plan SET conversation_start = $2, conversation_end = $3, team_start = $4, team_end = $5, meeting_interval_days = $6,
            minutes_per_citizen = $7, max_citizens_per_meeting = $8, version = version + 1
      WHERE project_id = $1 AND version = $9 RETURNING project_id`,
    [...planValues(p), expectedVersion],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------- goals

/** The project's goals in name order, as the figures show them. */
export function goalsOfProject(manager: EntityManager, projectId: string): Promise<ProjectGoal[]> {
  return manager.find(ProjectGoal, { where: { projectId }, order: { name: "ASC" } });
}

export function goalById(manager: EntityManager, id: string): Promise<ProjectGoal | null> {
  return manager.findOneBy(ProjectGoal, { id });
}

export interface GoalColumns {
  name: string;
  indicator: GoalIndicator;
  targetPercent: number | null;
  targetCount: number | null;
  baselinePercent: number | null;
  targetDate: string | null;
}

export function insertGoal(manager: EntityManager, projectId: string, c: GoalColumns): Promise<ProjectGoal> {
  return manager.save(manager.create(ProjectGoal, { projectId, ...c }));
}

/** Changes the goal at the given version and reads it back; null when the version is stale. */
export async function updateGoalRow(manager: EntityManager, id: string, expectedVersion: number, c: GoalColumns): Promise<ProjectGoal | null> {
  const rows = await rowsOf<{ id: string }>(
    manager,
    `UPDATE project_goal SET name = $3, indicator = $4, target_percent = $5, target_count = $6, baseline_percent = $7, target_date = $8, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, expectedVersion, c.name, c.indicator, c.targetPercent, c.targetCount, c.baselinePercent, c.targetDate],
  );
  if (rows.length !== 1) return null;
  return manager.findOneByOrFail(ProjectGoal, { id });
}

/** Deletes the goal at the given version; false when the version is stale. */
export async function deleteGoalRow(manager: EntityManager, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(manager, `DELETE FROM project_goal WHERE id = $1 AND version = $2 RETURNING id`, [id, expectedVersion]);
  return rows.length === 1;
}

// ---------------------------------------------------------------- milestones

export function milestonesOfProject(manager: EntityManager, projectId: string): Promise<Milestone[]> {
  return manager.find(Milestone, { where: { projectId }, order: { dueDate: "ASC", name: "ASC" } });
}

export function milestoneById(manager: EntityManager, id: string): Promise<Milestone | null> {
  return manager.findOneBy(Milestone, { id });
}

export function insertMilestone(manager: EntityManager, m: { projectId: string; name: string; dueDate: string; responsible: string }): Promise<Milestone> {
  return manager.save(manager.create(Milestone, { ...m, doneDate: null }));
}

/** Marks the milestone done at the given version and reads it back; null when the version is stale. */
export async function completeMilestoneRow(manager: EntityManager, id: string, expectedVersion: number, doneDate: string): Promise<Milestone | null> {
  const result = await manager
    .createQueryBuilder()
    .update(Milestone)
    .set({ doneDate, version: () => "version + 1" })
    .where("id = :id AND version = :version", { id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) return null;
  return manager.findOneByOrFail(Milestone, { id });
}

/** Changes the milestone at the given version and reads it back; null when the version is stale. */
export async function updateMilestoneRow(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
  m: { name: string; dueDate: string; responsible: string; doneDate: string | null },
): Promise<Milestone | null> {
  const rows = await rowsOf<{ id: string }>(
    manager,
    `UPDATE milestone SET name = $3, due_date = $4, responsible = $5, done_date = $6, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
    [id, expectedVersion, m.name, m.dueDate, m.responsible, m.doneDate],
  );
  if (rows.length !== 1) return null;
  return manager.findOneByOrFail(Milestone, { id });
}

/** Deletes the milestone at the given version; false when the version is stale. */
export async function deleteMilestoneRow(manager: EntityManager, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(manager, `DELETE FROM milestone WHERE id = $1 AND version = $2 RETURNING id`, [id, expectedVersion]);
  return rows.length === 1;
}
