import { CompetenceActivity, CompetencePool } from "@overblik/db";
import type { Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";

/* The competence pools' activities: a pool read for its project, an activity planned, and its result recorded. */

/** The pool, or null. */
export function poolById(manager: EntityManager, poolId: string): Promise<CompetencePool | null> {
  return manager.findOne(CompetencePool, { where: { id: poolId } });
}

/** The activity, or null. */
export function activityById(manager: EntityManager, activityId: string): Promise<CompetenceActivity | null> {
  return manager.findOneBy(CompetenceActivity, { id: activityId });
}

/** The activity, which must exist (read back after a write). */
export function existingActivity(manager: EntityManager, activityId: string): Promise<CompetenceActivity> {
  return manager.findOneByOrFail(CompetenceActivity, { id: activityId });
}

/** A new planned activity in the pool; returns it as stored. */
export function insertActivity(
  manager: EntityManager,
  fields: Pick<CompetenceActivity, "projectId" | "poolId" | "name" | "targetGroup" | "plannedCostOre" | "plannedParticipants" | "plannedDate">,
): Promise<CompetenceActivity> {
  return manager.save(manager.create(CompetenceActivity, { ...fields, status: "PLANNED", actualParticipants: null, actualCostOre: null }));
}

/** Records the activity's status and result at the version the screen showed; false when someone changed it since. */
export async function recordActivityResult(
  manager: EntityManager,
  activityId: string,
  expectedVersion: number,
  result: { status: CompetenceActivity["status"]; actualParticipants: number | null; actualCostOre: Ore | null },
): Promise<boolean> {
  const updated = await manager
    .createQueryBuilder()
    .update(CompetenceActivity)
    .set({ ...result, version: () => "version + 1" })
    .where("id = :id AND version = :version", { id: activityId, version: expectedVersion })
    .execute();
  return updated.affected === 1;
}
