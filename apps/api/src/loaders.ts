import type { EntityManager } from "typeorm";
import { createBudgetLoaders } from "./modules/budget/budget.loaders.js";
import { createProjectLoaders } from "./modules/projects/project.loaders.js";

/** Created per request, so no data leak between users and no stale cache across requests. */
export function createLoaders(manager: EntityManager) {
  return { ...createProjectLoaders(manager), ...createBudgetLoaders(manager) };
}

export type Loaders = ReturnType<typeof createLoaders>;
