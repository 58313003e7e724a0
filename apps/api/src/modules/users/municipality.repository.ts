import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";
import type { MunicipalityType } from "./users.types.js";

/* The municipalities (reference data) and the one rule an administrator sets per municipality. */

interface MunicipalityRow {
  code: string;
  name: string;
  leaders_may_create_projects: boolean;
}

const toMunicipality = (r: MunicipalityRow): MunicipalityType => ({ code: r.code, name: r.name, leadersMayCreateProjects: r.leaders_may_create_projects });

/** Every municipality, by kommunekode (the caller sorts by name in Danish). */
export async function municipalities(manager: Pick<EntityManager, "query">): Promise<MunicipalityType[]> {
  const rows: MunicipalityRow[] = await manager.query(`SELECT code, name, leaders_may_create_projects FROM municipality ORDER BY code`);
  return rows.map(toMunicipality);
}

/** Sets whether the municipality's project leaders may create projects; undefined for an unknown kommunekode. */
export async function setLeadersMayCreateProjects(
  manager: Pick<EntityManager, "query">,
  code: string,
  leadersMayCreateProjects: boolean,
): Promise<MunicipalityType | undefined> {
  const rows = await rowsOf<MunicipalityRow>(
    manager,
    `UPDATE municipality SET leaders_may_create_projects = $2 WHERE code = $1 RETURNING code, name, leaders_may_create_projects`,
    [code, leadersMayCreateProjects],
  );
  return rows[0] ? toMunicipality(rows[0]) : undefined;
}

/** Which of the kommunekoder exist. */
export async function knownMunicipalityCodes(manager: Pick<EntityManager, "query">, codes: readonly string[]): Promise<Set<string>> {
  const rows: Array<{ code: string }> = await manager.query(`SELECT code FROM municipality WHERE code = ANY($1::text[])`, [[...codes]]);
  return new Set(rows.map((r) => r.code));
}
