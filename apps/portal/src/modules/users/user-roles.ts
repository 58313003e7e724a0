import type { UserAuditAction } from "@overblik/graphql-client";

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
