import type { Ore } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * The project's setup: creating it, the versioned edit of its basics with their history, its municipalities,
 * closing it with its closing pack. Writes run inside the caller's transaction; the service keeps the rules.
 */

/** The values of the project row's columns that a create and an edit both write. */
export interface ProjectWrite {
  code: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  targetSize: number | null;
  status: string;
  approvalThresholdOre: Ore;
  funding: string;
  matchGroup: string;
  eligibility: string;
  poolName: string;
  coFinancingPercent: number | null;
  priceLevelYear: number | null;
}

/**
 * The values in the order both statements name the columns: code, name, description, start_date, end_date,
 * target_size, status, approval_threshold_ore, funding, match_group, eligibility, pool_name, co_financing_percent,
 * price_level_year.
 */
function projectRowValues(p: ProjectWrite): unknown[] {
  return [
    p.code,
    p.name,
    p.description,
    p.startDate,
    p.endDate,
    p.targetSize,
    p.status,
    p.approvalThresholdOre.toString(),
    p.funding,
    p.matchGroup,
    p.eligibility,
    p.poolName,
    p.coFinancingPercent,
    p.priceLevelYear,
  ];
}

/** Whether another project (not `exceptProjectId`) has the code already. */
export async function codeIsTaken(manager: EntityManager, code: string, exceptProjectId: string | null): Promise<boolean> {
  const taken: Array<{ name: string }> = await manager.query(`SELECT name FROM project WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2)`, [
    code,
    exceptProjectId,
  ]);
  return taken[0] !== undefined;
}

/** A new project's row; its id. A code taken meanwhile fails on uq_project_code (the caller says so in Danish). */
export async function insertProject(tx: EntityManager, project: ProjectWrite): Promise<string> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `INSERT INTO project (code, name, description, start_date, end_date, target_size, status, approval_threshold_ore, funding,
                          match_group, eligibility, pool_name, co_financing_percent, price_level_year)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    projectRowValues(project),
  );
  return rows[0]!.id;
}

/** The versioned edit of the row; false when the project changed since `expectedVersion` was read. */
export async function updateProjectRow(tx: EntityManager, projectId: string, expectedVersion: number, project: ProjectWrite): Promise<boolean> {
  const updated = await rowsOf<{ id: string }>(
    tx,
    `UPDATE project SET code = $3, name = $4, description = $5, start_date = $6, end_date = $7, target_size = $8, status = $9,
            approval_threshold_ore = $10, funding = $11, match_group = $12, eligibility = $13, pool_name = $14,
            co_financing_percent = $15, price_level_year = $16, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [projectId, expectedVersion, ...projectRowValues(project)],
  );
  return updated[0] !== undefined;
}

/** One entry of the project's history: the changed fields before and after, as plain JSON. */
export async function insertProjectHistory(tx: EntityManager, projectId: string, userId: string, before: object, after: object): Promise<void> {
  await tx.query(`INSERT INTO project_history (project_id, changed_by, before, after) VALUES ($1, $2, $3, $4)`, [
    projectId,
    userId,
    JSON.stringify(before),
    JSON.stringify(after),
  ]);
}

/** Makes the project's municipalities exactly `codes`. */
export async function replaceProjectMunicipalities(tx: EntityManager, projectId: string, codes: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM project_municipality WHERE project_id = $1`, [projectId]);
  await tx.query(`INSERT INTO project_municipality (project_id, municipality_code) SELECT $1, unnest($2::text[])`, [projectId, [...new Set(codes)]]);
}

/** The project's municipality codes, read inside the caller's transaction (the edit compares them). */
export async function projectMunicipalityCodes(tx: EntityManager, projectId: string): Promise<string[]> {
  const codes: Array<{ code: string }> = await tx.query(`SELECT municipality_code AS code FROM project_municipality WHERE project_id = $1`, [projectId]);
  return codes.map((c) => c.code);
}

/** How many participants the project has (their codes are built on the project's code). */
export async function participantCount(tx: EntityManager, projectId: string): Promise<number> {
  const participants: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM participant WHERE project_id = $1`, [projectId]);
  return participants[0]?.n ?? 0;
}

/** Closes the project if it is at `expectedVersion` and still open; false otherwise. */
export async function closeProjectRow(tx: EntityManager, projectId: string, expectedVersion: number, closedBy: string): Promise<boolean> {
  const closed = await rowsOf<{ id: string }>(
    tx,
    `UPDATE project SET status = 'CLOSED', closed_at = now(), closed_by = $3, version = version + 1
      WHERE id = $1 AND version = $2 AND status <> 'CLOSED' RETURNING id`,
    [projectId, expectedVersion, closedBy],
  );
  return closed[0] !== undefined;
}

/** The closing pack: the frozen figures (already made plain JSON by the caller) as of the closing day. */
export async function insertClosingPack(
  tx: EntityManager,
  pack: { projectId: string; asOf: string; comments: string; figures: unknown; closedBy: string },
): Promise<void> {
  await tx.query(`INSERT INTO closing_pack (project_id, as_of, comments, figures, closed_by) VALUES ($1, $2, $3, $4, $5)`, [
    pack.projectId,
    pack.asOf,
    pack.comments,
    JSON.stringify(pack.figures),
    pack.closedBy,
  ]);
}

export interface StoredClosingPack {
  id: string;
  asOf: string;
  comments: string;
  closedAt: string;
  closedBy: string;
  figures: unknown;
}

/** The project's closing pack, or null while it is open. */
export async function closingPackOf(manager: EntityManager, projectId: string): Promise<StoredClosingPack | null> {
  const rows: Array<{ id: string; as_of: string; comments: string; closed_at: Date; closed_by_name: string; figures: unknown }> = await manager.query(
    `SELECT c.id, to_char(c.as_of, 'YYYY-MM-DD') AS as_of, c.comments, c.closed_at, u.name AS closed_by_name, c.figures
       FROM closing_pack c JOIN app_user u ON u.id = c.closed_by WHERE c.project_id = $1`,
    [projectId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    asOf: row.as_of,
    comments: row.comments,
    closedAt: new Date(row.closed_at).toISOString(),
    closedBy: row.closed_by_name,
    figures: row.figures,
  };
}

export interface StoredHistoryEntry {
  id: string;
  changedBy: string;
  changedAt: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** The project's history of its basics, newest first. */
export async function projectHistoryEntries(manager: EntityManager, projectId: string): Promise<StoredHistoryEntry[]> {
  const rows: Array<{ id: string; changed_by: string; changed_at: Date; before: Record<string, unknown>; after: Record<string, unknown> }> =
    await manager.query(
      `SELECT h.id, u.name AS changed_by, h.changed_at, h.before, h.after
         FROM project_history h JOIN app_user u ON u.id = h.changed_by
        WHERE h.project_id = $1 ORDER BY h.changed_at DESC, h.id`,
      [projectId],
    );
  return rows.map((r) => ({ id: r.id, changedBy: r.changed_by, changedAt: new Date(r.changed_at).toISOString(), before: r.before, after: r.after }));
}
