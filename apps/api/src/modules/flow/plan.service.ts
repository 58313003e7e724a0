import type { ActionPlanItem, Intervention, Outcome } from "@overblik/db";
import { deriveStage, formatQuantity, parseQuantity, STAGE_LABELS } from "@overblik/domain";
import { logAccess } from "../../common/access-log.js";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { lockParticipantInScope } from "../participants/participant.scope.js";
import { recordActivityEntry } from "../spend/spend.repository.js";
import { budgetLineInProject } from "./flow.repository.js";
import {
  addUnitsDelivered,
  alertRecordById,
  alertsOfProject,
  insertIntervention,
  insertOutcome,
  insertPlanAlert,
  insertPlanItem,
  interventionById,
  interventionInProject,
  interventionsByIds,
  interventionsOfProject,
  interventionUnitLines,
  outcomesOfParticipant,
  overviewFacts,
  planAlertById,
  planItemById,
  planItemsOfParticipant,
  resolveAlertRow,
  setInterventionLine,
  setKeepInTeamQueueRow,
  setPlanItemStatusRow,
  type AlertRecord,
} from "./plan.repository.js";
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
  if (!(await budgetLineInProject(manager, lineId, projectId))) throw new DomainError("BAD_USER_INPUT", "Budgetlinjen hører ikke til projektet.");
}

export async function catalogue(ctx: Context, projectId: string): Promise<InterventionType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return (await interventionsOfProject(ctx.manager, projectId)).map(toIntervention);
}

export async function addIntervention(ctx: Context, input: AddInterventionInput): Promise<InterventionType> {
  await requireAccess(ctx, "catalogue.edit", input.projectId);
  if (input.unitCost !== null && input.unitCost !== undefined && input.unitCost < 0n) throw new DomainError("BAD_USER_INPUT", "Prisen kan ikke være negativ.");
  if (input.budgetLineId) await requireProjectLine(ctx.manager, input.projectId, input.budgetLineId);
  const saved = await insertIntervention(ctx.manager, {
    projectId: input.projectId,
    name: input.name.trim(),
    area: input.area as Intervention["area"],
    supplier: input.supplier.trim(),
    unit: input.unit.trim(),
    unitCostOre: input.unitCost ?? null,
    profiles: input.profiles,
    active: true,
    budgetLineId: input.budgetLineId ?? null,
  });
  return toIntervention(saved);
}

/** Which budget line pays for an intervention: its delivered units become that line's activity. */
export async function setInterventionBudgetLine(ctx: Context, input: SetInterventionBudgetLineInput): Promise<InterventionType> {
  const intervention = await interventionById(ctx.manager, input.interventionId);
  if (!intervention) throw notFound("Indsatsen");
  await requireAccess(ctx, "catalogue.edit", intervention.projectId);
  if (input.budgetLineId) await requireProjectLine(ctx.manager, intervention.projectId, input.budgetLineId);
  const updated = await setInterventionLine(ctx.manager, intervention.id, input.budgetLineId ?? null, input.expectedVersion);
  if (!updated) throw new DomainError("CONFLICT", "Indsatsen er ændret, siden du hentede den. Hent den igen.");
  return toIntervention(updated);
}

const month = (d: string) => d.slice(0, 7);

export async function actionPlan(ctx: Context, participantId: string): Promise<ActionPlanItemType[]> {
  const items = await planItemsOfParticipant(ctx.manager, participantId);
  if (items.length === 0) return [];
  const interventions = new Map(
    (
      await interventionsByIds(
        ctx.manager,
        items.map((i) => i.interventionId),
      )
    ).map((i) => [i.id, i]),
  );
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
  const item = await planItemById(ctx.manager, input.itemId);
  if (!item) throw notFound("Planpunktet");
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, item.participantId, "flow.record");
    // Delivery starts a planned intervention; an interrupted one is started again explicitly first.
    if (item.status === "INTERRUPTED")
      throw new DomainError("BAD_USER_INPUT", "Indsatsen er afbrudt. Sæt den i gang igen, før der registreres leverede enheder.");
    const version = await addUnitsDelivered(tx, item.id, formatQuantity(input.quantity), input.expectedVersion);
    if (version === null) throw new DomainError("CONFLICT", "Planpunktet er ændret, siden du hentede det. Hent det igen.");
    for (const line of await interventionUnitLines(tx, item.interventionId)) {
      await recordActivityEntry(tx, {
        budgetLineId: line.id,
        date: input.date,
        quantity: formatQuantity(input.quantity),
        source: "FLOW",
        // One entry per delivery: the plan item's version after it makes the reference unique and idempotent.
        sourceRef: `plan-item:${item.id}:v${version}`,
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
    await setKeepInTeamQueueRow(tx, p.id, input.keep);
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Teamets kø" }, tx);
  });
  return input.keep;
}

export async function addPlanItem(ctx: Context, input: AddPlanItemInput): Promise<ActionPlanItemType[]> {
  if (input.endMonth < input.startMonth) throw new DomainError("BAD_USER_INPUT", "Slutmåneden ligger før startmåneden.");
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.record");
    const intervention = await interventionInProject(tx, input.interventionId, p.project_id);
    if (!intervention) throw new DomainError("BAD_USER_INPUT", "Indsatsen findes ikke i projektets katalog.");
    await insertPlanItem(tx, {
      projectId: p.project_id,
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
  const item = await planItemById(ctx.manager, input.itemId);
  if (!item) throw notFound("Planpunktet");
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, item.participantId, "flow.record");
    if (!(await setPlanItemStatusRow(tx, item.id, input.expectedVersion, input.status as ActionPlanItem["status"])))
      throw new DomainError("CONFLICT", "Planpunktet er ændret, siden du hentede det. Hent det igen.");
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Opfølgning på indsatsplan" }, tx);
  });
  return actionPlan(ctx, item.participantId);
}

function toAlert(ctx: Context, r: AlertRecord): PlanAlertType {
  return {
    id: r.id,
    participantId: r.participantId,
    participantCode: r.participantCode,
    actionPlanItemId: r.actionPlanItemId,
    interventionName: r.interventionName,
    reportedByUnit: r.reportedByUnit,
    reportedAt: new Date(r.reportedAt).toISOString(),
    message: r.messageEncrypted ? ctx.deps.cipher.decrypt(r.messageEncrypted) : null,
    followUp: r.followUpEncrypted ? ctx.deps.cipher.decrypt(r.followUpEncrypted) : null,
    resolvedAt: r.resolvedAt ? new Date(r.resolvedAt).toISOString() : null,
  };
}

/** The responsible unit reports that the citizen does not follow an intervention: an alert to the tovholder. */
export async function reportNonCompliance(ctx: Context, input: ReportNonComplianceInput): Promise<PlanAlertType> {
  const item = await planItemById(ctx.manager, input.itemId);
  if (!item) throw notFound("Planpunktet");
  const id = await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, item.participantId, "flow.record");
    const alertId = await insertPlanAlert(tx, {
      projectId: p.project_id,
      participantId: p.id,
      actionPlanItemId: item.id,
      reportedByUnit: input.reportedByUnit.trim(),
      messageEncrypted: input.message?.trim() ? ctx.deps.cipher.encrypt(input.message.trim()) : null,
    });
    await logAccess(ctx, { action: "CHANGE", projectId: p.project_id, participantIds: [p.id], purpose: "Melding om indsats, der ikke følges" }, tx);
    return alertId;
  });
  return toAlert(ctx, await alertRecordById(ctx.manager, id));
}

export async function resolveAlert(ctx: Context, input: ResolveAlertInput): Promise<PlanAlertType> {
  const user = requireUser(ctx);
  const alert = await planAlertById(ctx.manager, input.alertId);
  if (!alert) throw notFound("Advarslen");
  await requireAccess(ctx, "flow.coordinate", alert.projectId);
  await ctx.manager.transaction(async (tx) => {
    if (!(await resolveAlertRow(tx, alert.id, ctx.deps.cipher.encrypt(input.followUp.trim()), user.id)))
      throw new DomainError("CONFLICT", "Advarslen er allerede fulgt op.");
    await logAccess(ctx, { action: "CHANGE", projectId: alert.projectId, participantIds: [alert.participantId], purpose: "Opfølgning på advarsel" }, tx);
  });
  return toAlert(ctx, await alertRecordById(ctx.manager, alert.id));
}

export async function projectAlerts(ctx: Context, projectId: string, openOnly: boolean, participantId: string | null = null): Promise<PlanAlertType[]> {
  requireReadAccess(ctx, "flow.coordinate", projectId);
  if (participantId !== null) requireUuid(participantId, "Borgeren");
  const rows = await alertsOfProject(ctx.manager, projectId, openOnly, participantId);
  if (rows.length > 0) {
    await logAccess(ctx, { action: "LIST", projectId, participantIds: [...new Set(rows.map((r) => r.participantId))], purpose: "Advarsler om indsatser" });
  }
  return rows.map((r) => toAlert(ctx, r));
}

export async function participantOutcomes(ctx: Context, participantId: string): Promise<OutcomeType[]> {
  const rows = await outcomesOfParticipant(ctx.manager, participantId);
  return rows.map((o) => ({ id: o.id, kind: o.kind, date: o.outcomeDate, hoursPerWeek: o.hoursPerWeek }));
}

export async function recordOutcome(ctx: Context, input: RecordOutcomeInput): Promise<OutcomeType[]> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const { participant: p } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.record");
    await insertOutcome(tx, {
      projectId: p.project_id,
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

/**
 * The tovholder's overview: every participant with colour, stage, next step and what is overdue, sorted by
 * urgency. The facts come from a constant number of statements; the stage is derived, never stored.
 * On a past date it shows the events as they stood then: conversations created by then (held only once
 * their date has passed), plans created by then (finished only if updated by then), alerts open then.
 */
export async function tovholderOverview(ctx: Context, projectId: string, asOfInput?: string | null): Promise<OverviewRowType[]> {
  requireReadAccess(ctx, "flow.coordinate", projectId);
  const asOf = asOfInput ?? todayInCopenhagen();
  const rows = await overviewFacts(ctx.manager, projectId, asOf);
  const result = rows.map((r) => {
    const d = deriveStage(
      {
        colour: r.colour,
        conversations: r.conversations ?? [],
        agendaDates: r.agenda ?? [],
        planItems: r.plan ?? [],
        openAlerts: r.alerts,
        outcomeKinds: r.outcomes ?? [],
        keepInTeamQueue: r.keep,
      },
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
