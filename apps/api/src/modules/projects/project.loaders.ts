import { Budget, CompetenceActivity, CompetencePool, Organisation, Project } from "@overblik/db";
import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { preparedRowsForIds } from "../../common/sql.js";
import type { RoleEnum } from "../../common/enums.js";
import type { ProjectMemberType } from "./project-setup.types.js";
import { PROJECT_COLUMNS, projectFromRow, type ProjectRow } from "./project.repository.js";

/** The budget's columns as the entity names them, for raw statements. */
export const BUDGET_COLUMNS = `b.id, b.project_id AS "projectId", b.name, b.price_level_year AS "priceLevelYear", b.start_year AS "startYear",
  b.end_year AS "endYear", b.status, b.note, b.approved_at AS "approvedAt", b.approved_by AS "approvedBy", b.created_at AS "createdAt", b.version,
  b.submitted_at AS "submittedAt", b.submitted_by AS "submittedBy", b.review_comment AS "reviewComment", b.reviewed_at AS "reviewedAt",
  b.reviewed_by AS "reviewedBy"`;

function groupBy<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

export function createProjectLoaders(manager: EntityManager) {
  return {
    projectById: new DataLoader<string, Project | null>(async (ids) => {
      const rows = await preparedRowsForIds<ProjectRow>(manager, "overblik_projects_by_id", `SELECT ${PROJECT_COLUMNS} FROM project p WHERE p.id IN_IDS`, ids);
      const map = new Map(rows.map((row) => [row.id, projectFromRow(row)]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    organisationsByProject: new DataLoader<string, Organisation[]>(async (projectIds) => {
      const rows: Array<Organisation & { projectId: string }> = await manager
        .createQueryBuilder(Organisation, "o")
        .innerJoin("project_organisation", "po", "po.organisation_id = o.id")
        .where("po.project_id = ANY(:ids)", { ids: [...projectIds] })
        .select(["o.id AS id", "o.name AS name", "o.kind AS kind", "o.municipality AS municipality", "po.project_id AS \"projectId\""])
        .orderBy("o.name")
        .getRawMany();
      return groupBy(projectIds, rows, (r) => r.projectId);
    }),
    municipalitiesByProject: new DataLoader<string, Array<{ code: string; name: string; leadersMayCreateProjects: boolean }>>(async (projectIds) => {
      const rows: Array<{ projectId: string; code: string; name: string; leadersMayCreateProjects: boolean }> = await manager.query(
        `SELECT pm.project_id AS "projectId", m.code, m.name, m.leaders_may_create_projects AS "leadersMayCreateProjects"
           FROM project_municipality pm JOIN municipality m ON m.code = pm.municipality_code
          WHERE pm.project_id = ANY($1::uuid[]) ORDER BY m.code`,
        [[...projectIds]],
      );
      return groupBy(projectIds, rows, (r) => r.projectId);
    }),
    membersByProject: new DataLoader<string, ProjectMemberType[]>(async (projectIds) => {
      const rows: Array<{
        project_id: string;
        user_id: string;
        name: string;
        email: string;
        role: RoleEnum;
        since: Date;
        competence: string | null;
        title: string | null;
        hours_per_week: string | null;
      }> = await manager.query(
        `SELECT m.project_id, m.user_id, u.name, u.email, m.role, m.created_at AS since, t.competence, t.title, t.hours_per_week::text AS hours_per_week
           FROM project_membership m
           JOIN app_user u ON u.id = m.user_id
           LEFT JOIN LATERAL (SELECT competence, title, hours_per_week FROM team_member
                               WHERE project_id = m.project_id AND user_id = m.user_id AND m.role = 'TEAM_MEMBER' ORDER BY ended_on IS NOT NULL LIMIT 1) t ON true
          WHERE m.project_id = ANY($1::uuid[])
          ORDER BY array_position(ARRAY['LEADER','STYREGRUPPE','TOVHOLDER','CASEWORKER','TEAM_MEMBER'], m.role), u.name`,
        [[...projectIds]],
      );
      const members = rows.map((r) => ({
        projectId: r.project_id,
        userId: r.user_id,
        name: r.name,
        email: r.email,
        role: r.role,
        since: new Date(r.since).toISOString(),
        competence: r.competence,
        title: r.title,
        hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
      }));
      return groupBy(projectIds, members, (m) => m.projectId).map((list) => list.map(({ projectId: _p, ...member }) => member));
    }),
    budgetById: new DataLoader<string, Budget | null>(async (ids) => {
      const rows = await manager.find(Budget, { where: { id: In([...ids]) } });
      const map = new Map(rows.map((b) => [b.id, b]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    budgetsByProject: new DataLoader<string, Budget[]>(async (projectIds) => {
      const rows = await preparedRowsForIds<Budget>(
        manager,
        "overblik_budgets_by_project",
        `SELECT ${BUDGET_COLUMNS} FROM budget b WHERE b.project_id IN_IDS ORDER BY b.start_year, b.name, b.id`,
        projectIds,
      );
      return groupBy(projectIds, rows, (b) => b.projectId);
    }),
    activitiesByPool: new DataLoader<string, CompetenceActivity[]>(async (poolIds) => {
      const rows = await manager.find(CompetenceActivity, { where: { poolId: In([...poolIds]) }, order: { plannedDate: "ASC", name: "ASC" } });
      return groupBy(poolIds, rows, (a) => a.poolId);
    }),
    poolsByProject: new DataLoader<string, CompetencePool[]>(async (projectIds) => {
      const rows = await manager.find(CompetencePool, { where: { projectId: In([...projectIds]) }, order: { name: "ASC" } });
      return groupBy(projectIds, rows, (p) => p.projectId);
    }),
  };
}
