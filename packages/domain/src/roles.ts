/** Roles a user holds in one project, through a membership. */
export type ProjectRole = "STYREGRUPPE" | "LEADER" | "TOVHOLDER" | "CASEWORKER" | "TEAM_MEMBER";
/** Roles a user holds across the whole installation. */
export type GlobalRole = "ADMIN" | "DEVELOPER";
export type Role = ProjectRole | GlobalRole;

export const PROJECT_ROLES: readonly ProjectRole[] = ["STYREGRUPPE", "LEADER", "TOVHOLDER", "CASEWORKER", "TEAM_MEMBER"];
export const GLOBAL_ROLES: readonly GlobalRole[] = ["ADMIN", "DEVELOPER"];

export const ROLE_LABELS: Record<Role, string> = {
  STYREGRUPPE: "Styregruppe",
  LEADER: "Faglig leder",
  TOVHOLDER: "Tovholder",
  CASEWORKER: "Sagsbehandler",
  TEAM_MEMBER: "Medlem af tværfagligt team",
  ADMIN: "Administrator",
  DEVELOPER: "Udvikler",
};

export function isProjectRole(value: string): value is ProjectRole {
  return (PROJECT_ROLES as readonly string[]).includes(value);
}

export function isGlobalRole(value: string): value is GlobalRole {
  return (GLOBAL_ROLES as readonly string[]).includes(value);
}
