import type { Role } from "@overblik/graphql-client";

/**
 * Who may do what with a project's citizens, as the API decides it (participant.scope.ts and the
 * resolvers' @Authorized). Unlike the budget's `can()`, ADMIN gives nothing here: an administrator
 * sees the access log, never the citizens. The portal only hides controls; the API checks.
 */
export type ParticipantAction =
  /** The list, the colour board, one citizen, "Find på CPR-nummer", "Vis navn og CPR-nummer". */
  | "seeParticipants"
  /** Move a citizen to another colour group (screening). */
  | "changeColour"
  | "assignCaseworker"
  | "classify"
  | "import"
  /** Aggregates only; small counts hidden for the styregruppe and leaders. */
  | "seeStatistics";

const ALLOWED: Record<ParticipantAction, readonly Role[]> = {
  seeParticipants: ["TOVHOLDER", "CASEWORKER"],
  changeColour: ["TOVHOLDER"],
  assignCaseworker: ["TOVHOLDER"],
  classify: ["TOVHOLDER", "CASEWORKER"],
  import: ["TOVHOLDER"],
  seeStatistics: ["STYREGRUPPE", "LEADER", "TOVHOLDER"],
};

export function canParticipants(roles: readonly Role[], action: ParticipantAction): boolean {
  return roles.some((role) => ALLOWED[action].includes(role));
}
