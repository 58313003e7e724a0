/** Roles a user holds in one project, through a membership. */
export type ProjectRole = "STYREGRUPPE" | "LEADER" | "TOVHOLDER" | "CASEWORKER" | "TEAM_MEMBER";
/**
 * Roles a user holds across the whole installation. MUNICIPALITY_ADMIN is an administrator scoped to the user's own
 * municipality (apps/api/src/common/municipality-scope.ts); ADMIN stays the administrator of every municipality.
 */
export type GlobalRole = "ADMIN" | "DEVELOPER" | "MUNICIPALITY_ADMIN";
export type Role = ProjectRole | GlobalRole;

export const PROJECT_ROLES: readonly ProjectRole[] = ["STYREGRUPPE", "LEADER", "TOVHOLDER", "CASEWORKER", "TEAM_MEMBER"];
export const GLOBAL_ROLES: readonly GlobalRole[] = ["ADMIN", "DEVELOPER", "MUNICIPALITY_ADMIN"];

export const ROLE_LABELS: Record<Role, string> = {
  STYREGRUPPE: "Styregruppe",
  LEADER: "Faglig leder",
  TOVHOLDER: "Tovholder",
  CASEWORKER: "Sagsbehandler",
  TEAM_MEMBER: "Medlem af tværfagligt team",
  ADMIN: "Administrator",
  DEVELOPER: "Udvikler",
  MUNICIPALITY_ADMIN: "Kommuneadministrator",
};

export function isProjectRole(value: string): value is ProjectRole {
  return (PROJECT_ROLES as readonly string[]).includes(value);
}

export function isGlobalRole(value: string): value is GlobalRole {
  return (GLOBAL_ROLES as readonly string[]).includes(value);
}
