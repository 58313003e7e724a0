import type { EntityManager } from "typeorm";

/*
 * What the access checks (common/access.ts) read themselves: a project's status when the caller holds a
 * transaction, and whether a user's municipality lets its project leaders create projects.
 */

/** The project's status, read through the given manager (a transaction's, so no second pool connection is taken). */
export async function projectStatus(manager: Pick<EntityManager, "query">, projectId: string): Promise<{ status: string } | undefined> {
  return (await manager.query<Array<{ status: string }>>(`SELECT status FROM project WHERE id = $1`, [projectId]))[0];
}

/** municipality.leaders_may_create_projects for the user's municipality; false without a municipality. */
export async function leadersMayCreateProjects(manager: Pick<EntityManager, "query">, userId: string): Promise<boolean> {
  const rows: Array<{ allowed: boolean }> = await manager.query(
    `SELECT m.leaders_may_create_projects AS allowed FROM app_user u JOIN municipality m ON m.code = u.municipality_code WHERE u.id = $1`,
    [userId],
  );
  return rows[0]?.allowed === true;
}
