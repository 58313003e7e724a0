import type { Role } from "@overblik/graphql-client";

/**
 * Which project roles may do what, as the API decides it (apps/api: budget-change, spend and
 * competence services). The portal only uses it to hide controls; the API checks every request.
 */
export type ProjectAction = "adjustBudget" | "decideBudget" | "writePostings" | "recordActivity" | "setActivitySource" | "planCompetence";

const ALLOWED: Record<ProjectAction, readonly Role[]> = {
  adjustBudget: ["LEADER"],
  decideBudget: ["STYREGRUPPE"],
  writePostings: ["LEADER"],
  recordActivity: ["LEADER", "TOVHOLDER"],
  setActivitySource: ["LEADER"],
  planCompetence: ["LEADER", "TOVHOLDER"],
};

export function can(roles: readonly Role[], action: ProjectAction): boolean {
  return roles.includes("ADMIN") || roles.some((role) => ALLOWED[action].includes(role));
}
