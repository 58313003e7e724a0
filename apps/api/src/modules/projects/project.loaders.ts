import type { Budget, CompetenceActivity, CompetencePool, Organisation, Project } from "@overblik/db";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import type { ProjectMemberType } from "./project-setup.types.js";
import { membersOfProjects } from "./project-members.repository.js";
import {
  activitiesOfPools,
  budgetsByIds,
  budgetsOfProjects,
  municipalitiesOfProjects,
  organisationsOfProjects,
  poolsOfProjects,
  projectsByIds,
} from "./project.repository.js";

function groupBy<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createProjectLoaders(manager: EntityManager) {
  return {
    projectById: new DataLoader<string, Project | null>(async (ids) => byId(ids, await projectsByIds(manager, ids))),
    organisationsByProject: new DataLoader<string, Organisation[]>(async (projectIds) =>
      groupBy(projectIds, await organisationsOfProjects(manager, projectIds), (r) => r.projectId),
    ),
    municipalitiesByProject: new DataLoader<string, Array<{ code: string; name: string; leadersMayCreateProjects: boolean }>>(async (projectIds) =>
      groupBy(projectIds, await municipalitiesOfProjects(manager, projectIds), (r) => r.projectId),
    ),
    membersByProject: new DataLoader<string, ProjectMemberType[]>(async (projectIds) => {
      const members = await membersOfProjects(manager, projectIds);
      return groupBy(projectIds, members, (m) => m.projectId).map((list) => list.map(({ projectId: _p, ...member }) => member));
    }),
    budgetById: new DataLoader<string, Budget | null>(async (ids) => byId(ids, await budgetsByIds(manager, ids))),
    budgetsByProject: new DataLoader<string, Budget[]>(async (projectIds) =>
      groupBy(projectIds, await budgetsOfProjects(manager, projectIds), (b) => b.projectId),
    ),
    activitiesByPool: new DataLoader<string, CompetenceActivity[]>(async (poolIds) =>
      groupBy(poolIds, await activitiesOfPools(manager, poolIds), (a) => a.poolId),
    ),
    poolsByProject: new DataLoader<string, CompetencePool[]>(async (projectIds) =>
      groupBy(projectIds, await poolsOfProjects(manager, projectIds), (p) => p.projectId),
    ),
  };
}
