import type { EntityManager } from "typeorm";
import type { MunicipalScope } from "../request-user.js";

/*
 * The two reads behind the kommuneadministrator's rule (common/municipality-scope.ts): their own municipality with
 * its projects, and the municipality and roles of a user they want to manage.
 */

/** The user's municipality and the projects that include it, in one statement (read per request with the user). */
export async function municipalScopeOf(manager: Pick<EntityManager, "query">, userId: string): Promise<MunicipalScope> {
  const rows: Array<{ municipality_code: string | null; project_ids: string[] | null }> = await manager.query(
    `SELECT u.municipality_code,
            (SELECT array_agg(pm.project_id) FROM project_municipality pm WHERE pm.municipality_code = u.municipality_code) AS project_ids
       FROM app_user u WHERE u.id = $1`,
    [userId],
  );
  const row = rows[0];
  return { municipalityCode: row?.municipality_code ?? null, projectIds: new Set(row?.project_ids ?? []) };
}

/** A user's municipality and global roles as stored (unfiltered), or null for an unknown user. */
export async function userMunicipalityAndRoles(
  manager: Pick<EntityManager, "query">,
  userId: string,
): Promise<{ municipalityCode: string | null; globalRoles: string[] } | null> {
  const rows: Array<{ municipality_code: string | null; global_roles: string[] }> = await manager.query(
    `SELECT municipality_code, global_roles FROM app_user WHERE id = $1`,
    [userId],
  );
  const target = rows[0];
  return target ? { municipalityCode: target.municipality_code, globalRoles: target.global_roles } : null;
}
