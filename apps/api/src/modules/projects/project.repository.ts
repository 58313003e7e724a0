import { Budget, CompetenceActivity, CompetencePool, Organisation, Project } from "@overblik/db";
import { oreFromDb, type Ore } from "@overblik/domain";
import { In, type EntityManager } from "typeorm";
import { preparedRows, preparedRowsForIds } from "../../common/sql.js";

/*
 * The project's SQL with the one mapping of a raw row to the entity: the project read by id (the loader, a locked
 * read for an edit), the project list, the threshold's versioned update, and the reads the per-request loaders
 * batch (organisations, municipalities, budgets, competence pools and their activities). The loaders, the
 * services and other modules read projects through these functions; the texts stay here.
 */

/**
 * The project's columns as the entity names them, for raw statements (dates as ÅÅÅÅ-MM-DD); `projectFromRow` makes
 * the row an entity (the bigint threshold arrives from pg as a string of digits, the entity holds Ore). A
 * project whose funding was only ever the one text (the demo data, projects from before the pool had its own
 * field) reads that text as its pool, so editing it keeps the funding as it was.
 */
const PROJECT_COLUMNS = `p.id, p.code, p.name, p.description, p.start_date::text AS "startDate", p.end_date::text AS "endDate",
  p.target_size AS "targetSize", p.status, p.approval_threshold_ore AS "approvalThresholdOre", p.funding,
  p.closed_at AS "closedAt", p.closed_by AS "closedBy", p.created_at AS "createdAt", p.version,
  p.match_group AS "matchGroup", p.eligibility,
  CASE WHEN p.pool_name = '' AND p.co_financing_percent IS NULL THEN p.funding ELSE p.pool_name END AS "poolName", p.co_financing_percent AS "coFinancingPercent",
  p.price_level_year AS "priceLevelYear"`;

/** A row of PROJECT_COLUMNS as pg returns it. */
type ProjectRow = Omit<Project, "approvalThresholdOre"> & { approvalThresholdOre: string };

function projectFromRow(row: ProjectRow): Project {
  return { ...row, approvalThresholdOre: oreFromDb(row.approvalThresholdOre) };
}

/** The budget's columns as the entity names them, for raw statements. */
const BUDGET_COLUMNS = `b.id, b.project_id AS "projectId", b.name, b.price_level_year AS "priceLevelYear", b.start_year AS "startYear",
  b.end_year AS "endYear", b.status, b.note, b.approved_at AS "approvedAt", b.approved_by AS "approvedBy", b.created_at AS "createdAt", b.version,
  b.submitted_at AS "submittedAt", b.submitted_by AS "submittedBy", b.review_comment AS "reviewComment", b.reviewed_at AS "reviewedAt",
  b.reviewed_by AS "reviewedBy"`;

/** Projects by id, for the projectById loader: a prepared statement, as nearly every request reads a project. */
export async function projectsByIds(manager: EntityManager, ids: readonly string[]): Promise<Project[]> {
  const rows = await preparedRowsForIds<ProjectRow>(manager, "overblik_projects_by_id", `SELECT ${PROJECT_COLUMNS} FROM project p WHERE p.id IN_IDS`, ids);
  return rows.map(projectFromRow);
}

/** The project, locked for the rest of the caller's transaction (a versioned edit reads what it changes), or null. */
export async function lockProjectForEdit(tx: EntityManager, projectId: string): Promise<Project | null> {
  const row = (await tx.query<ProjectRow[]>(`SELECT ${PROJECT_COLUMNS} FROM project p WHERE p.id = $1 FOR UPDATE`, [projectId]))[0];
  return row ? projectFromRow(row) : null;
}

/**
 * Locks the project's row for the rest of the caller's transaction, without reading it: the changes that must
 * happen one at a time per project (its members, a participant import handing out codes) queue on it.
 */
export async function lockProjectRow(tx: EntityManager, projectId: string): Promise<void> {
  await tx.query(`SELECT id FROM project WHERE id = $1 FOR UPDATE`, [projectId]);
}

/** The project as the entity reads it, through the caller's manager (inside a transaction, its connection), or null. */
export function findProject(manager: EntityManager, projectId: string): Promise<Project | null> {
  return manager.findOneBy(Project, { id: projectId });
}

/**
 * A page of the projects among `ids` (every project for null) and their number, in one prepared statement (the
 * project list is the portal's front page). A page past the end has no row to carry the total: then a count.
 */
export async function projectPage(
  manager: EntityManager,
  ids: string[] | null,
  take: number,
  skip: number,
): Promise<{ projects: Project[]; totalCount: number }> {
  const rows = await preparedRows<ProjectRow & { total: string }>(
    manager,
    "overblik_project_list",
    `SELECT ${PROJECT_COLUMNS}, count(*) OVER () AS total FROM project p
      WHERE $1::uuid[] IS NULL OR p.id = ANY($1::uuid[])
      ORDER BY p.start_date, p.name, p.id LIMIT $2 OFFSET $3`,
    [ids, take, skip],
  );
  const totalCount =
    rows[0] !== undefined
      ? Number(rows[0].total)
      : skip > 0
        ? Number(
            (await manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM project p WHERE $1::uuid[] IS NULL OR p.id = ANY($1::uuid[])`, [ids]))[0]
              ?.n ?? 0,
          )
        : 0;
  return { projects: rows.map(({ total: _total, ...row }) => projectFromRow(row)), totalCount };
}

/** The approval threshold's versioned update; false when the project changed since `expectedVersion` was read. */
export async function updateApprovalThreshold(manager: EntityManager, projectId: string, amount: Ore, expectedVersion: number): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(Project)
    .set({ approvalThresholdOre: amount, version: () => "version + 1" })
    .where("id = :id AND version = :version", { id: projectId, version: expectedVersion })
    .execute();
  return result.affected === 1;
}

/** The project that must exist (just written by the caller). */
export function projectOrFail(manager: EntityManager, projectId: string): Promise<Project> {
  return manager.findOneByOrFail(Project, { id: projectId });
}

/** Each project's partner organisations by name, for the organisationsByProject loader. */
export function organisationsOfProjects(manager: EntityManager, projectIds: readonly string[]): Promise<Array<Organisation & { projectId: string }>> {
  return manager
    .createQueryBuilder(Organisation, "o")
    .innerJoin("project_organisation", "po", "po.organisation_id = o.id")
    .where("po.project_id = ANY(:ids)", { ids: [...projectIds] })
    .select(["o.id AS id", "o.name AS name", "o.kind AS kind", "o.municipality AS municipality", 'po.project_id AS "projectId"'])
    .orderBy("o.name")
    .getRawMany();
}

export interface ProjectMunicipality {
  projectId: string;
  code: string;
  name: string;
  leadersMayCreateProjects: boolean;
}

/** Each project's municipalities by code, for the municipalitiesByProject loader. */
export function municipalitiesOfProjects(manager: EntityManager, projectIds: readonly string[]): Promise<ProjectMunicipality[]> {
  return manager.query(
    `SELECT pm.project_id AS "projectId", m.code, m.name, m.leaders_may_create_projects AS "leadersMayCreateProjects"
       FROM project_municipality pm JOIN municipality m ON m.code = pm.municipality_code
      WHERE pm.project_id = ANY($1::uuid[]) ORDER BY m.code`,
    [[...projectIds]],
  );
}

/** Budgets by id, for the budgetById loader. */
export function budgetsByIds(manager: EntityManager, ids: readonly string[]): Promise<Budget[]> {
  return manager.find(Budget, { where: { id: In([...ids]) } });
}

/** Each project's budgets, for the budgetsByProject loader: prepared, as the project list and dashboards read them. */
export function budgetsOfProjects(manager: EntityManager, projectIds: readonly string[]): Promise<Budget[]> {
  return preparedRowsForIds<Budget>(
    manager,
    "overblik_budgets_by_project",
    `SELECT ${BUDGET_COLUMNS} FROM budget b WHERE b.project_id IN_IDS ORDER BY b.start_year, b.name, b.id`,
    projectIds,
  );
}

/** Each competence pool's activities, for the activitiesByPool loader. */
export function activitiesOfPools(manager: EntityManager, poolIds: readonly string[]): Promise<CompetenceActivity[]> {
  return manager.find(CompetenceActivity, { where: { poolId: In([...poolIds]) }, order: { plannedDate: "ASC", name: "ASC" } });
}

/** Each project's competence pools, for the poolsByProject loader. */
export function poolsOfProjects(manager: EntityManager, projectIds: readonly string[]): Promise<CompetencePool[]> {
  return manager.find(CompetencePool, { where: { projectId: In([...projectIds]) }, order: { name: "ASC" } });
}
