import { ActionPlanItem, Intervention, Outcome, PlanAlert } from "@overblik/db";
import { deriveStage, formatQuantity, parseQuantity, STAGE_LABELS, type Colour } from "@overblik/domain";
import { logAccess } from "../../common/access-log.js";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { lockParticipantInScope } from "../participants/participant.scope.js";
import { recordActivityEntry } from "../spend/spend.repository.js";
import type {
  ActionPlanItemType,
  AddInterventionInput,
  AddPlanItemInput,
  InterventionType,
  OutcomeType,
  OverviewRowType,
  PlanAlertType,
  RecordInterventionUnitsInput,
  RecordOutcomeInput,
  ReportNonComplianceInput,
  ResolveAlertInput,
  SetInterventionBudgetLineInput,
  SetKeepInTeamQueueInput,
  SetPlanItemStatusInput,
} from "./plan.types.js";

const toIntervention = (i: Intervention): InterventionType => ({
  id: i.id,
  name: i.name,
  area: i.area,
  supplier: i.supplier,
  unit: i.unit,
  unitCost: i.unitCostOre,
  profiles: i.profiles,
  active: i.active,
  budgetLineId: i.budgetLineId,
  version: i.version,
});

/** A budget line of the project, or BAD_USER_INPUT. */
async function requireProjectLine(manager: Context["manager"], projectId: string, lineId: string): Promise<void> {
  const ok: Array<{ n: number }> = await manager.query(
    `SELECT count(*)::int AS n FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE l.id = $1 AND b.project_id = $2`,
    [lineId, projectId],
  );
  if (!ok[0]?.n) throw new DomainError("BAD_USER_INPUT", "Budgetlinjen hører ikke til projektet.");
}

export async function catalogue(ctx: Context, projectId: string): Promise<InterventionType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return (await ctx.manager.find(Intervention, { where: { projectId }, order: { area: "ASC", name: "ASC" } })).map(toIntervention);
}

export async function addIntervention(ctx: Context, input: AddInterventionInput): Promise<InterventionType> {
  await requireAccess(ctx, "catalogue.edit", input.projectId);
  if (input.unitCost !== null && input.unitCost !== undefined && input.unitCost < 0n) throw new DomainError("BAD_USER_INPUT", "Prisen kan ikke være negativ.");
  if (input.budgetLineId) await requireProjectLine(ctx.manager, input.projectId, input.budgetLineId);
  const saved = await ctx.manager.save(
    ctx.manager.create(Intervention, {
      projectId: input.projectId,
      name: input.name.trim(),
      area: input.area as Intervention["area"],
      supplier: input.supplier.trim(),
      unit: input.unit.trim(),
      unitCostOre: input.unitCost ?? null,
      profiles: input.profiles,
      active: true,
      budgetLineId: input.budgetLineId ?? null,
    }),
  );
  return toIntervention(saved);
}

/** Which budget line pays for an intervention: its delivered units become that line's activity. */
export async function setInterventionBudgetLine(ctx: Context, input: SetInterventionBudgetLineInput): Promise<InterventionType> {
  const intervention = await ctx.manager.findOneBy(Intervention, { id: input.interventionId });
  if (!intervention) throw notFound("Indsatsen");
  await requireAccess(ctx, "catalogue.edit", intervention.projectId);
  if (input.budgetLineId) await requireProjectLine(ctx.manager, intervention.projectId, input.budgetLineId);
  const updated = await rowsOf(
    ctx.manager,
    `UPDATE intervention SET budget_line_id = $2, version = version + 1 WHERE id = $1 AND version = $3 RETURNING id`,
    [intervention.id, input.budgetLineId ?? null, input.expectedVersion],
  );
  if (updated.length !== 1) throw new DomainError("CONFLICT", "Indsatsen er ændret, siden du hentede den. Hent den igen.");
  return toIntervention(await ctx.manager.findOneByOrFail(Intervention, { id: intervention.id }));
}

const month = (d: string) => d.slice(0, 7);

export async function actionPlan(ctx: Context, participantId: string): Promise<ActionPlanItemType[]> {
  const items = await ctx.manager.find(ActionPlanItem, { where: { participantId }, order: { startMonth: "ASC", createdAt: "ASC" } });
  if (items.length === 0) return [];
  const interventions = new Map((await ctx.manager.findBy(Intervention, items.map((i) => ({ id: i.interventionId })))).map((i) => [i.id, i]));
  return items.map((i) => ({
    id: i.id,
    participantId: i.participantId,
    intervention: toIntervention(interventions.get(i.interventionId) as Intervention),
    responsibleUnit: i.responsibleUnit,
    startMonth: month(i.startMonth),
    endMonth: month(i.endMonth),
    status: i.status,
    jobOrEducationAim: i.jobOrEducationAim,
    unitsDelivered: parseQuantity(i.unitsDelivered),
    version: i.version,
  }));
}

/**
 * Units of an intervention delivered to a citizen (hours of social mentor, weeks of placement …). They add to
 * the plan item and, when the catalogue ties the intervention to a budget line whose activity source is
 * INTERVENTION_UNITS, become activity on that line — in the same transaction, so both or neither.
 */
export async function recordInterventionUnits(ctx: Context, input: RecordInterventionUnitsInput): Promise<ActionPlanItemType[]> {
  const user = requireUser(ctx);
  if (input.quantity <= 0n) throw new DomainError("BAD_USER_INPUT", "Antallet skal være større end 0.");
  const item = await ctx.manager.findOneBy(ActionPlanItem, { id: input.itemId });
  if (!item) throw notFound("Planpunktet");
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, item.participantId, "flow.record");
    // Delivery starts a planned intervention; an interrupted one is started again explicitly first.
    if (item.status === "INTERRUPTED") throw new DomainError("BAD_USER_INPUT", "Indsatsen er afbrudt. Sæt den i gang igen, før der registreres leverede enheder.");
    const updated = await rowsOf<{ version: number }>(
      tx,
      `UPDATE action_plan_item SET units_delivered = units_delivered + $2::numeric,
              status = CASE WHEN status = 'PLANNED' THEN 'IN_PROGRESS' ELSE status END,
              updated_at = now(), version = version + 1
        WHERE id = $1 AND version = $3 RETURNING version`,
      [item.id, formatQuantity(input.quantity), input.expectedVersion],
    );
    if (updated.length !== 1) throw new DomainError("CONFLICT", "Planpunktet er ændret, siden du hentede det. Hent det igen.");
    const lines: Array<{ id: string; name: string }> = await tx.query(
      `SELECT l.id, i.name FROM intervention i JOIN budget_line l ON l.id = i.budget_line_id
        WHERE i.id = $1 AND l.activity_source = 'INTERVENTION_UNITS'`,
      [item.interventionId],
    );
    for (const line of lines) {
      await recordActivityEntry(tx, {
        budgetLineId: line.id,
        date: input.date,
        quantity: formatQuantity(input.quantity),
        source: "FLOW",
        // One entry per delivery: the plan item's version after it makes the reference unique and idempotent.
        sourceRef: `plan-item:${item.id}:v${(updated[0] as { version: number }).version}`,
        // Budget data is read by leaders: the note names the intervention, never the citizen.
        note: `Leveret: ${line.name}`,
        createdBy: user.id,
      });
    }
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Leverede enheder af en indsats" }, tx);
  });
  return actionPlan(ctx, item.participantId);
}

/** Keep a re-matched citizen in the team's queue (the source document: only "if problems arise"). */
export async function setKeepInTeamQueue(ctx: Context, input: SetKeepInTeamQueueInput): Promise<boolean> {
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.coordinate");
    await tx.query(`UPDATE participant SET keep_in_team_queue = $2 WHERE id = $1`, [p.id, input.keep]);
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Teamets kø" }, tx);
  });
  return input.keep;
}

export async function addPlanItem(ctx: Context, input: AddPlanItemInput): Promise<ActionPlanItemType[]> {
  if (input.endMonth < input.startMonth) throw new DomainError("BAD_USER_INPUT", "Slutmåneden ligger før startmåneden.");
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.record");
    const intervention = await tx.findOneBy(Intervention, { id: input.interventionId, projectId: p.project_id });
    if (!intervention) throw new DomainError("BAD_USER_INPUT", "Indsatsen findes ikke i projektets katalog.");
    await tx.insert(ActionPlanItem, {
      participantId: p.id,
      interventionId: intervention.id,
      responsibleUnit: input.responsibleUnit.trim(),
      startMonth: `${input.startMonth}-01`,
      endMonth: `${input.endMonth}-01`,
      status: "PLANNED",
      jobOrEducationAim: input.jobOrEducationAim,
    });
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Indsatsplan" }, tx);
  });
  return actionPlan(ctx, input.participantId);
}

export async function setPlanItemStatus(ctx: Context, input: SetPlanItemStatusInput): Promise<ActionPlanItemType[]> {
  const item = await ctx.manager.findOneBy(ActionPlanItem, { id: input.itemId });
  if (!item) throw notFound("Planpunktet");
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, item.participantId, "flow.record");
    const result = await tx
      .createQueryBuilder()
      .update(ActionPlanItem)
      .set({ status: input.status as ActionPlanItem["status"], updatedAt: () => "now()", version: () => "version + 1" })
      .where("id = :id AND version = :version", { id: item.id, version: input.expectedVersion })
      .execute();
    if (result.affected !== 1) throw new DomainError("CONFLICT", "Planpunktet er ændret, siden du hentede det. Hent det igen.");
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Opfølgning på indsatsplan" }, tx);
  });
  return actionPlan(ctx, item.participantId);
}

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

function toAlert(ctx: Context, r: AlertRow): PlanAlertType {
  return {
    id: r.id,
    participantId: r.participant_id,
    participantCode: r.code,
    actionPlanItemId: r.action_plan_item_id,
    interventionName: r.intervention,
    reportedByUnit: r.reported_by_unit,
    reportedAt: new Date(r.reported_at).toISOString(),
    message: r.message_encrypted ? ctx.deps.cipher.decrypt(r.message_encrypted) : null,
    followUp: r.follow_up_encrypted ? ctx.deps.cipher.decrypt(r.follow_up_encrypted) : null,
    resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
  };
}

/** The responsible unit reports that the citizen does not follow an intervention: an alert to the tovholder. */
export async function reportNonCompliance(ctx: Context, input: ReportNonComplianceInput): Promise<PlanAlertType> {
  const item = await ctx.manager.findOneBy(ActionPlanItem, { id: input.itemId });
  if (!item) throw notFound("Planpunktet");
  const id = await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, item.participantId, "flow.record");
    const saved = await tx.save(
      tx.create(PlanAlert, {
        projectId: p.project_id,
        participantId: p.id,
        actionPlanItemId: item.id,
        reportedByUnit: input.reportedByUnit.trim(),
        messageEncrypted: input.message?.trim() ? ctx.deps.cipher.encrypt(input.message.trim()) : null,
        followUpEncrypted: null,
        resolvedAt: null,
        resolvedBy: null,
      }),
    );
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Melding om indsats, der ikke følges" }, tx);
    return saved.id;
  });
  const rows: AlertRow[] = await ctx.manager.query(`${ALERT_SELECT} WHERE a.id = $1`, [id]);
  return toAlert(ctx, rows[0] as AlertRow);
}

export async function resolveAlert(ctx: Context, input: ResolveAlertInput): Promise<PlanAlertType> {
  const user = requireUser(ctx);
  const alert = await ctx.manager.findOneBy(PlanAlert, { id: input.alertId });
  if (!alert) throw notFound("Advarslen");
  await requireAccess(ctx, "flow.coordinate", alert.projectId);
  await ctx.manager.transaction(async (tx) => {
    const updated = await rowsOf(
      tx,
      `UPDATE plan_alert SET follow_up_encrypted = $2, resolved_at = now(), resolved_by = $3 WHERE id = $1 AND resolved_at IS NULL RETURNING id`,
      [alert.id, ctx.deps.cipher.encrypt(input.followUp.trim()), user.id],
    );
    if (updated.length !== 1) throw new DomainError("CONFLICT", "Advarslen er allerede fulgt op.");
    await logAccess(ctx, { action: "CHANGE", projectId: alert.projectId, participantIds: [alert.participantId], purpose: "Opfølgning på advarsel" }, tx);
  });
  const rows: AlertRow[] = await ctx.manager.query(`${ALERT_SELECT} WHERE a.id = $1`, [alert.id]);
  return toAlert(ctx, rows[0] as AlertRow);
}

export async function projectAlerts(ctx: Context, projectId: string, openOnly: boolean, participantId: string | null = null): Promise<PlanAlertType[]> {
  requireReadAccess(ctx, "flow.coordinate", projectId);
  if (participantId !== null) requireUuid(participantId, "Borgeren");
  const rows: AlertRow[] = await ctx.manager.query(
    `${ALERT_SELECT} WHERE a.project_id = $1 AND ($2::boolean = false OR a.resolved_at IS NULL) AND ($3::uuid IS NULL OR a.participant_id = $3::uuid)
      ORDER BY a.reported_at DESC`,
    [projectId, openOnly, participantId],
  );
  if (rows.length > 0) {
    await logAccess(ctx, { action: "LIST", projectId, participantIds: [...new Set(rows.map((r) => r.participant_id))], purpose: "Advarsler om indsatser" });
  }
  return rows.map((r) => toAlert(ctx, r));
}

export async function participantOutcomes(ctx: Context, participantId: string): Promise<OutcomeType[]> {
  const rows = await ctx.manager.find(Outcome, { where: { participantId }, order: { outcomeDate: "ASC" } });
  return rows.map((o) => ({ id: o.id, kind: o.kind, date: o.outcomeDate, hoursPerWeek: o.hoursPerWeek }));
}

export async function recordOutcome(ctx: Context, input: RecordOutcomeInput): Promise<OutcomeType[]> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.record");
    await tx.insert(Outcome, {
      participantId: p.id,
      kind: input.kind as Outcome["kind"],
      outcomeDate: input.date,
      hoursPerWeek: input.hoursPerWeek ?? null,
      recordedBy: user.id,
    });
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Resultat" }, tx);
  });
  return participantOutcomes(ctx, input.participantId);
}

/** Agendas are set at most this far ahead: a later meeting's agenda does not count yet on an earlier date. */
const AGENDA_HORIZON_DAYS = 14;

/**
 * The tovholder's overview: every participant with colour, stage, next step and what is overdue, sorted by
 * urgency. The facts come from a constant number of statements; the stage is derived, never stored.
 * On a past date it shows the events as they stood then: conversations created by then (held only once
 * their date has passed), plans created by then (finished only if updated by then), alerts open then.
 */
export async function tovholderOverview(ctx: Context, projectId: string, asOfInput?: string | null): Promise<OverviewRowType[]> {
  requireReadAccess(ctx, "flow.coordinate", projectId);
  const asOf = asOfInput ?? todayInCopenhagen();
  const rows: Array<{
    id: string;
    code: string;
    colour: Colour | null;
    conversations: Array<{ status: string; scheduledDate: string }> | null;
    agenda: string[] | null;
    plan: Array<{ status: string; updatedAt: string }> | null;
    alerts: number;
    outcomes: string[] | null;
    keep: boolean;
  }> = await ctx.manager.query(
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
  const result = rows.map((r) => {
    const d = deriveStage(
      { colour: r.colour, conversations: r.conversations ?? [], agendaDates: r.agenda ?? [], planItems: r.plan ?? [], openAlerts: r.alerts, outcomeKinds: r.outcomes ?? [], keepInTeamQueue: r.keep },
      asOf,
    );
    return {
      participantId: r.id,
      code: r.code,
      colour: r.colour,
      stage: d.stage,
      stageLabel: STAGE_LABELS[d.stage],
      nextStep: d.nextStep,
      overdue: d.overdue,
      urgency: d.urgency,
      inTeamQueue: d.inTeamQueue,
      keepInTeamQueue: r.keep,
    };
  });
  result.sort((a, b) => b.urgency - a.urgency || a.code.localeCompare(b.code));
  await logAccess(ctx, { action: "LIST", projectId, participantIds: result.map((r) => r.participantId), purpose: "Tovholderens overblik" });
  return result;
}
