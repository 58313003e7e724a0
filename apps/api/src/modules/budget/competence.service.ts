import type { CompetenceActivity, CompetencePool } from "@overblik/db";
import { divRoundHalfAway, sumOre, type Ore } from "@overblik/domain";
import { requireAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { activityById, existingActivity, insertActivity, poolById, recordActivityResult } from "./competence.repository.js";
import type { AddCompetenceActivityInput, CompetenceActivityType, CompetencePoolSummaryType, RecordCompetenceActivityInput } from "./competence.types.js";

const perParticipant = (cost: Ore, participants: number): Ore | null => (participants > 0 ? divRoundHalfAway(cost, BigInt(participants)) : null);

export function toActivityType(a: CompetenceActivity): CompetenceActivityType {
  const plannedCost = a.plannedCostOre;
  const actualCost = a.actualCostOre;
  return {
    id: a.id,
    name: a.name,
    targetGroup: a.targetGroup,
    plannedCost,
    plannedParticipants: a.plannedParticipants,
    plannedDate: a.plannedDate,
    status: a.status,
    actualParticipants: a.actualParticipants,
    actualCost,
    plannedCostPerParticipant: perParticipant(plannedCost, a.plannedParticipants),
    actualCostPerParticipant: actualCost !== null && a.actualParticipants ? perParticipant(actualCost, a.actualParticipants) : null,
    version: a.version,
  };
}

export function poolSummary(amount: Ore, activities: readonly CompetenceActivityType[]): CompetencePoolSummaryType {
  const live = activities.filter((a) => a.status !== "CANCELLED");
  const held = activities.filter((a) => a.status === "HELD");
  const notHeld = activities.filter((a) => a.status === "PLANNED");
  const planned = sumOre(live.map((a) => a.plannedCost));
  const spent = sumOre(held.map((a) => a.actualCost ?? 0n));
  const plannedParticipants = live.reduce((n, a) => n + a.plannedParticipants, 0);
  const actualParticipants = held.reduce((n, a) => n + (a.actualParticipants ?? 0), 0);
  return {
    planned,
    spent,
    uncommitted: amount - spent - sumOre(notHeld.map((a) => a.plannedCost)),
    plannedParticipants,
    actualParticipants,
    plannedCostPerParticipant: perParticipant(planned, plannedParticipants),
    actualCostPerParticipant: perParticipant(spent, actualParticipants),
  };
}

async function poolProject(ctx: Context, poolId: string): Promise<CompetencePool> {
  const pool = await poolById(ctx.manager, poolId);
  if (!pool) throw notFound("Puljen");
  return pool;
}

export async function addCompetenceActivity(ctx: Context, input: AddCompetenceActivityInput): Promise<CompetenceActivityType> {
  const pool = await poolProject(ctx, input.poolId);
  await requireAccess(ctx, "competence.plan", pool.projectId);
  if (input.plannedCost < 0n) throw new DomainError("BAD_USER_INPUT", "Den planlagte omkostning kan ikke være negativ.");
  const saved = await insertActivity(ctx.manager, {
    projectId: pool.projectId,
    poolId: pool.id,
    name: input.name.trim(),
    targetGroup: input.targetGroup.trim(),
    plannedCostOre: input.plannedCost,
    plannedParticipants: input.plannedParticipants,
    plannedDate: input.plannedDate,
  });
  return toActivityType(saved);
}

export async function recordCompetenceActivity(ctx: Context, input: RecordCompetenceActivityInput): Promise<CompetenceActivityType> {
  const activity = await activityById(ctx.manager, input.activityId);
  if (!activity) throw notFound("Aktiviteten");
  const pool = await poolProject(ctx, activity.poolId);
  await requireAccess(ctx, "competence.plan", pool.projectId);
  const held = input.status === "HELD";
  if (held && (input.actualParticipants === null || input.actualParticipants === undefined || input.actualCost === null || input.actualCost === undefined)) {
    throw new DomainError("BAD_USER_INPUT", "En afholdt aktivitet skal have faktiske deltagere og faktisk omkostning.");
  }
  if (held && (input.actualCost ?? 0n) < 0n) throw new DomainError("BAD_USER_INPUT", "Den faktiske omkostning kan ikke være negativ.");
  const recorded = await recordActivityResult(ctx.manager, activity.id, input.expectedVersion, {
    status: input.status as CompetenceActivity["status"],
    actualParticipants: held ? (input.actualParticipants ?? null) : null,
    actualCostOre: held ? (input.actualCost ?? 0n) : null,
  });
  if (!recorded) {
    throw new DomainError("CONFLICT", "Aktiviteten er ændret, siden du hentede den. Se de aktuelle tal, og prøv igen.", {
      current: await activityById(ctx.manager, activity.id).then((a) => (a ? toActivityType(a) : null)),
    });
  }
  return toActivityType(await existingActivity(ctx.manager, activity.id));
}
