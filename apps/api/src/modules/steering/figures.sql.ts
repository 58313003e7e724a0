import type { Context } from "../../context.js";
import { factsOf as factsOfProject, reachedDates as reachedDatesOf, type FactRow } from "./figures.repository.js";

/**
 * Transitional, for the merge of issue #18's branches only: the citizen figures' SQL moved to figures.repository.ts,
 * whose functions take the entity manager. flow.service.ts (another branch) still imports these two with the
 * request context; once it imports figures.repository.ts (`factsOf(ctx.manager, …)`, `reachedDates(ctx.manager, …)`),
 * delete this file.
 */

export { figureCount, type FactRow } from "./figures.repository.js";

export function factsOf(ctx: Context, projectId: string, date: string, which: "NOW" | "BASE"): Promise<FactRow[]> {
  return factsOfProject(ctx.manager, projectId, date, which);
}

export function reachedDates(ctx: Context, projectIds: readonly string[], asOf: string): Promise<Map<string, string[]>> {
  return reachedDatesOf(ctx.manager, projectIds, asOf);
}
