import type { AccountRule, FinanceMapping } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/** A saved mapping as stored. */
export interface SavedMappingRow {
  id: string;
  source: string;
  mapping: FinanceMapping;
  version: number;
}

const MAPPING_COLUMNS = `id, source, mapping, version`;

/** The project's saved mappings, by source. */
export function mappingsOfProject(manager: EntityManager, projectId: string): Promise<SavedMappingRow[]> {
  return manager.query(`SELECT ${MAPPING_COLUMNS} FROM finance_import_mapping WHERE project_id = $1 ORDER BY source`, [projectId]);
}

/** The mapping saved for the project and source, or null. */
export async function mappingOf(manager: EntityManager, projectId: string, source: string): Promise<SavedMappingRow | null> {
  const rows: SavedMappingRow[] = await manager.query(`SELECT ${MAPPING_COLUMNS} FROM finance_import_mapping WHERE project_id = $1 AND source = $2`, [
    projectId,
    source,
  ]);
  return rows[0] ?? null;
}

/** A new mapping; null when the source already has one (a concurrent save: the caller reports CONFLICT). */
export async function insertMapping(
  tx: EntityManager,
  projectId: string,
  source: string,
  mapping: FinanceMapping,
  userId: string,
): Promise<SavedMappingRow | null> {
  const rows: SavedMappingRow[] = await tx.query(
    `INSERT INTO finance_import_mapping (project_id, source, mapping, updated_by) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (project_id, source) DO NOTHING RETURNING ${MAPPING_COLUMNS}`,
    [projectId, source, JSON.stringify(mapping), userId],
  );
  return rows[0] ?? null;
}

/** The mapping changed if it is still at `version`; null otherwise (CONFLICT). */
export async function updateMapping(
  tx: EntityManager,
  projectId: string,
  source: string,
  mapping: FinanceMapping,
  version: number,
  userId: string,
): Promise<SavedMappingRow | null> {
  const rows = await rowsOf<SavedMappingRow>(
    tx,
    `UPDATE finance_import_mapping SET mapping = $3::jsonb, version = version + 1, updated_by = $5, updated_at = now()
      WHERE project_id = $1 AND source = $2 AND version = $4 RETURNING ${MAPPING_COLUMNS}`,
    [projectId, source, JSON.stringify(mapping), version, userId],
  );
  return rows[0] ?? null;
}

/** Deletes the mapping if it is still at `version`; the deleted row, or null (CONFLICT or gone). */
export async function deleteMapping(tx: EntityManager, projectId: string, source: string, version: number): Promise<SavedMappingRow | null> {
  const rows = await rowsOf<SavedMappingRow>(
    tx,
    `DELETE FROM finance_import_mapping WHERE project_id = $1 AND source = $2 AND version = $3 RETURNING ${MAPPING_COLUMNS}`,
    [projectId, source, version],
  );
  return rows[0] ?? null;
}

/** The project's account rules and their version (0 before any are saved). */
export async function rulesOf(manager: EntityManager, projectId: string): Promise<{ rules: AccountRule[]; version: number }> {
  const rows: Array<{ rules: AccountRule[]; version: number }> = await manager.query(`SELECT rules, version FROM finance_account_rules WHERE project_id = $1`, [
    projectId,
  ]);
  return rows[0] ?? { rules: [], version: 0 };
}

/** Saves the rules if they are still at `version` (0: none yet); the new version, or null (CONFLICT). */
export async function saveRules(tx: EntityManager, projectId: string, rules: AccountRule[], version: number, userId: string): Promise<number | null> {
  if (version === 0) {
    const rows: Array<{ version: number }> = await tx.query(
      `INSERT INTO finance_account_rules (project_id, rules, updated_by) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (project_id) DO NOTHING RETURNING version`,
      [projectId, JSON.stringify(rules), userId],
    );
    return rows[0]?.version ?? null;
  }
  const rows = await rowsOf<{ version: number }>(
    tx,
    `UPDATE finance_account_rules SET rules = $2::jsonb, version = version + 1, updated_by = $4, updated_at = now()
      WHERE project_id = $1 AND version = $3 RETURNING version`,
    [projectId, JSON.stringify(rules), version, userId],
  );
  return rows[0]?.version ?? null;
}
