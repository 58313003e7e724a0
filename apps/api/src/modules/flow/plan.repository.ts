import { ActionPlanItem, Intervention, Outcome, PlanAlert } from "@overblik/db";
import type { Colour } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * The citizen's plan: the project's catalogue of interventions, the action plan's items, the alerts about them, the
 * outcomes, and the facts of the tovholder's overview (plan.service.ts holds the rules, the access checks, the
 * encryption and the access log). Entities come back as TypeORM maps them; raw rows are mapped here once.
 */

// ---------------------------------------------------------------- the catalogue

export function interventionsOfProject(manager: EntityManager, projectId: string): Promise<Intervention[]> {
  return manager.find(Intervention, { where: { projectId }, order: { area: "ASC", name: "ASC" } });
}

export function interventionById(manager: EntityManager, id: string): Promise<Intervention | null> {
  return manager.findOneBy(Intervention, { id });
}

/** The intervention when it is in the project's catalogue. */
export function interventionInProject(manager: EntityManager, id: string, projectId: string): Promise<Intervention | null> {
  return manager.findOneBy(Intervention, { id, projectId });
}

export type NewIntervention = Pick<Intervention, "projectId" | "name" | "area" | "supplier" | "unit" | "unitCostOre" | "profiles" | "active" | "budgetLineId">;

export function insertIntervention(manager: EntityManager, values: NewIntervention): Promise<Intervention> {
  return manager.save(manager.create(Intervention, values));
}

/** Sets the budget line at the given version and reads the intervention back; null when the version is stale. */
export async function setInterventionLine(
  manager: EntityManager,
  id: string,
  budgetLineId: string | null,
  expectedVersion: number,
): Promise<Intervention | null> {
  const updated = await rowsOf(manager, `UPDATE intervention SET budget_line_id = $2, version = version + 1 WHERE id = $1 AND version = $3 RETURNING id`, [
    id,
    budgetLineId,
    expectedVersion,
  ]);
  if (updated.length !== 1) return null;
  return manager.findOneByOrFail(Intervention, { id });
}

/** The budget lines (with the intervention's name) whose activity is the intervention's delivered units. */
export async function interventionUnitLines(tx: EntityManager, interventionId: string): Promise<Array<{ id: string; name: string }>> {
  return tx.query(
    `SELECT l.id, i.name FROM intervention i JOIN budget_line l ON l.id = i.budget_line_id
      WHERE i.id = $1 AND l.activity_source = 'INTERVENTION_UNITS'`,
    [interventionId],
  );
}

// ---------------------------------------------------------------- the action plan

/** The citizen's plan items by start month, then as added. */
export function planItemsOfParticipant(manager: EntityManager, participantId: string): Promise<ActionPlanItem[]> {
  return manager.find(ActionPlanItem, { where: { participantId }, order: { startMonth: "ASC", createdAt: "ASC" } });
}

export function interventionsByIds(manager: EntityManager, ids: readonly string[]): Promise<Intervention[]> {
  return manager.findBy(
    Intervention,
    ids.map((id) => ({ id })),
  );
}

export function planItemById(manager: EntityManager, id: string): Promise<ActionPlanItem | null> {
  return manager.findOneBy(ActionPlanItem, { id });
}

export type NewPlanItem = Pick<
  ActionPlanItem,
  "projectId" | "participantId" | "interventionId" | "responsibleUnit" | "startMonth" | "endMonth" | "status" | "jobOrEducationAim"
>;

export async function insertPlanItem(tx: EntityManager, values: NewPlanItem): Promise<void> {
  await tx.insert(ActionPlanItem, values);
}

/**
 * Adds delivered units at the given version (a planned item starts); the item's version after it, or null when the
 * version is stale. The quantity is numeric text: units are never a float.
 */
export async function addUnitsDelivered(tx: EntityManager, itemId: string, quantity: string, expectedVersion: number): Promise<number | null> {
  const updated = await rowsOf<{ version: number }>(
    tx,
    `UPDATE action_plan_item SET units_delivered = units_delivered + $2::numeric,
            status = CASE WHEN status = 'PLANNED' THEN 'IN_PROGRESS' ELSE status END,
            updated_at = now(), version = version + 1
      WHERE id = $1 AND version = $3 RETURNING version`,
    [itemId, quantity, expectedVersion],
  );
  return updated.length === 1 ? (updated[0] as { version: number }).version : null;
}

/** The item's status at the given version; false when the version is stale. */
export async function setPlanItemStatusRow(tx: EntityManager, itemId: string, expectedVersion: number, status: ActionPlanItem["status"]): Promise<boolean> {
  const result = await tx
    .createQueryBuilder()
    .update(ActionPlanItem)
    .set({ status, updatedAt: () => "now()", version: () => "version + 1" })
    .where("id = :id AND version = :version", { id: itemId, version: expectedVersion })
    .execute();
  return result.affected === 1;
}

export async function setKeepInTeamQueueRow(tx: EntityManager, participantId: string, keep: boolean): Promise<void> {
  await tx.query(`UPDATE participant SET keep_in_team_queue = $2 WHERE id = $1`, [participantId, keep]);
}

// ---------------------------------------------------------------- alerts

const ALERT_SELECT = `
  SELECT a.id, a.participant_id, p.code, a.action_plan_item_id, i.name AS intervention, a.reported_by_unit, a.reported_at,
         a.message_encrypted, a.follow_up_encrypted, a.resolved_at
    FROM plan_alert a JOIN participant p ON p.id = a.participant_id
    JOIN action_plan_item pi ON pi.id = a.action_plan_item_id JOIN intervention i ON i.id = pi.intervention_id`;

type AlertRow = {
  id: string;
  participant_id: string;
  code: string;
  action_plan_item_id: string;
  intervention: string;
  reported_by_unit: string;
  reported_at: Date;
  message_encrypted: Buffer | null;
  follow_up_encrypted: Buffer | null;
  resolved_at: Date | null;
};

/** An alert as shown, its texts still encrypted (the service decrypts). */
export interface AlertRecord {
  id: string;
  participantId: string;
  participantCode: string;
  actionPlanItemId: string;
  interventionName: string;
  reportedByUnit: string;
  reportedAt: Date;
  messageEncrypted: Buffer | null;
  followUpEncrypted: Buffer | null;
  resolvedAt: Date | null;
}

const toAlertRecord = (r: AlertRow): AlertRecord => ({
  id: r.id,
  participantId: r.participant_id,
  participantCode: r.code,
  actionPlanItemId: r.action_plan_item_id,
  interventionName: r.intervention,
  reportedByUnit: r.reported_by_unit,
  reportedAt: r.reported_at,
  messageEncrypted: r.message_encrypted,
  followUpEncrypted: r.follow_up_encrypted,
  resolvedAt: r.resolved_at,
});

/** The alert as shown; it exists (the caller has just written it). */
export async function alertRecordById(manager: EntityManager, id: string): Promise<AlertRecord> {
  const rows: AlertRow[] = await manager.query(`${ALERT_SELECT} WHERE a.id = $1`, [id]);
  return toAlertRecord(rows[0] as AlertRow);
}

/** The project's alerts, newest first; only the open ones, or one citizen's, when asked. */
export async function alertsOfProject(manager: EntityManager, projectId: string, openOnly: boolean, participantId: string | null): Promise<AlertRecord[]> {
  const rows: AlertRow[] = await manager.query(
    `${ALERT_SELECT} WHERE a.project_id = $1 AND ($2::boolean = false OR a.resolved_at IS NULL) AND ($3::uuid IS NULL OR a.participant_id = $3::uuid)
      ORDER BY a.reported_at DESC`,
    [projectId, openOnly, participantId],
  );
  return rows.map(toAlertRecord);
}

export function planAlertById(manager: EntityManager, id: string): Promise<PlanAlert | null> {
  return manager.findOneBy(PlanAlert, { id });
}

export type NewPlanAlert = Pick<PlanAlert, "projectId" | "participantId" | "actionPlanItemId" | "reportedByUnit" | "messageEncrypted">;

/** An open alert; its id. */
export async function insertPlanAlert(tx: EntityManager, values: NewPlanAlert): Promise<string> {
  const saved = await tx.save(tx.create(PlanAlert, { ...values, followUpEncrypted: null, resolvedAt: null, resolvedBy: null }));
  return saved.id;
}

/** Resolves an open alert with its follow-up; false when it was resolved already. */
export async function resolveAlertRow(tx: EntityManager, id: string, followUpEncrypted: Buffer, userId: string): Promise<boolean> {
  const updated = await rowsOf(
    tx,
    `UPDATE plan_alert SET follow_up_encrypted = $2, resolved_at = now(), resolved_by = $3 WHERE id = $1 AND resolved_at IS NULL RETURNING id`,
    [id, followUpEncrypted, userId],
  );
  return updated.length === 1;
}

// ---------------------------------------------------------------- outcomes

export function outcomesOfParticipant(manager: EntityManager, participantId: string): Promise<Outcome[]> {
  return manager.find(Outcome, { where: { participantId }, order: { outcomeDate: "ASC" } });
}

export type NewOutcome = Pick<Outcome, "projectId" | "participantId" | "kind" | "outcomeDate" | "hoursPerWeek" | "recordedBy">;

export async function insertOutcome(tx: EntityManager, values: NewOutcome): Promise<void> {
  await tx.insert(Outcome, values);
}

// ---------------------------------------------------------------- the tovholder's overview

/** Agendas are set at most this far ahead: a later meeting's agenda does not count yet on an earlier date. */
const AGENDA_HORIZON_DAYS = 14;

/** What the overview derives a citizen's stage from, as the events stood on a date. */
export interface OverviewFacts {
  id: string;
  code: string;
  colour: Colour | null;
  conversations: Array<{ status: string; scheduledDate: string }> | null;
  agenda: string[] | null;
  plan: Array<{ status: string; updatedAt: string }> | null;
  alerts: number;
  outcomes: string[] | null;
  keep: boolean;
}

/**
 * Every participant of the project with the facts of their stage in one statement (a constant number, whatever the
 * number of citizens). On a past date the events as they stood then: conversations created by then (held only once
 * their date has passed), plans created by then (finished only if updated by then), alerts open then.
 */
export function overviewFacts(manager: EntityManager, projectId: string, asOf: string): Promise<OverviewFacts[]> {
  return manager.query(
    `SELECT p.id, p.code, p.colour, p.keep_in_team_queue AS keep,
            (SELECT json_agg(json_build_object(
                      'status', CASE WHEN c.status = 'HELD' AND c.held_date > $2 THEN 'SCHEDULED'
                                     WHEN c.status IN ('NO_SHOW', 'CANCELLED') AND c.scheduled_date > $2 THEN 'SCHEDULED'
                                     ELSE c.status END,
                      'scheduledDate', to_char(c.scheduled_date, 'YYYY-MM-DD')))
               FROM conversation c WHERE c.participant_id = p.id AND c.created_at < $2::date + 1) AS conversations,
            (SELECT array_agg(to_char(m.meeting_date, 'YYYY-MM-DD')) FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id
              WHERE a.participant_id = p.id AND m.meeting_date <= $2::date + ${AGENDA_HORIZON_DAYS}) AS agenda,
            (SELECT json_agg(json_build_object(
                      'status', CASE WHEN i.status IN ('COMPLETED', 'INTERRUPTED') AND i.updated_at >= $2::date + 1 THEN 'IN_PROGRESS' ELSE i.status END,
                      'updatedAt', CASE WHEN i.updated_at >= $2::date + 1 THEN i.created_at ELSE i.updated_at END))
               FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at < $2::date + 1) AS plan,
            (SELECT count(*)::int FROM plan_alert a WHERE a.participant_id = p.id AND a.reported_at < $2::date + 1
                AND (a.resolved_at IS NULL OR a.resolved_at >= $2::date + 1)) AS alerts,
            (SELECT array_agg(o.kind) FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2) AS outcomes
       FROM participant p WHERE p.project_id = $1`,
    [projectId, asOf],
  );
}
