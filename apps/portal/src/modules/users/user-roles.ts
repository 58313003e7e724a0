import { GLOBAL_ROLES, type GlobalRole, type Role } from "@overblik/domain";
import type { UserAuditAction } from "@overblik/graphql-client";

/**
 * The global roles the logged-in administrator may give and take (the API's rule, apps/api users.service.ts
 * requireGrantableRoles): the administrator of every municipality all of them, a kommuneadministrator only the
 * kommuneadministrator role. The API checks it again.
 */
export function grantableGlobalRoles(myGlobalRoles: readonly Role[]): readonly GlobalRole[] {
  return myGlobalRoles.includes("ADMIN") ? GLOBAL_ROLES : ["MUNICIPALITY_ADMIN"];
}

export const AUDIT_ACTION_LABELS: Readonly<Record<UserAuditAction, string>> = {
  USER_CREATED: "Oprettet",
  USER_DEACTIVATED: "Deaktiveret",
  USER_REACTIVATED: "Genaktiveret",
  PASSWORD_RESET: "Ny engangsadgangskode",
  PASSWORD_CHANGED: "Valgte selv ny adgangskode",
  ROLES_CHANGED: "Globale roller ændret",
  MUNICIPALITY_CHANGED: "Kommune ændret",
  PROJECT_ROLE_ADDED: "Fik en projektrolle",
  PROJECT_ROLE_REMOVED: "Mistede en projektrolle",
};
