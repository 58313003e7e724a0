import type { Role } from "@overblik/graphql-client";

/**
 * Who may see and do what in the coordination flow, as the API decides it (flow/*.resolver.ts and
 * the services' requireProjectAccess and participant scope). The portal only hides what a role
 * cannot use; the API checks every request.
 */
export type FlowAction =
  /** The tovholder's overview of every citizen (logged per citizen). */
  | "seeOverview"
  | "seeAlerts"
  | "resolveAlert"
  /** A tovholder sees every meeting; a team member only those they are called to. */
  | "seeMeetings"
  | "planMeetings"
  /** Aggregates and the catalogue: every project member. */
  | "seeCapacity"
  | "seeCatalogue"
  | "addIntervention"
  /** Which budget line pays for an intervention in the catalogue. */
  | "setInterventionLine"
  | "completeMilestone"
  /** A citizen's timeline: tovholdere all, caseworkers their own. */
  | "seeTimeline"
  | "scheduleConversation"
  | "recordFlow"
  /** Keep a re-matched citizen in the team's queue. */
  | "keepInTeamQueue"
  /** The styregruppe's dashboard and packs (aggregates; small counts hidden for all but the tovholder). */
  | "seeSteering";

const EVERY_ROLE: readonly Role[] = ["STYREGRUPPE", "LEADER", "TOVHOLDER", "CASEWORKER", "TEAM_MEMBER", "ADMIN", "DEVELOPER"];

const ALLOWED: Record<FlowAction, readonly Role[]> = {
  seeOverview: ["TOVHOLDER"],
  seeAlerts: ["TOVHOLDER"],
  resolveAlert: ["TOVHOLDER"],
  seeMeetings: ["TOVHOLDER", "TEAM_MEMBER"],
  planMeetings: ["TOVHOLDER"],
  seeCapacity: EVERY_ROLE,
  seeCatalogue: EVERY_ROLE,
  addIntervention: ["TOVHOLDER"],
  setInterventionLine: ["TOVHOLDER"],
  completeMilestone: ["TOVHOLDER", "STYREGRUPPE"],
  seeTimeline: ["TOVHOLDER", "CASEWORKER"],
  scheduleConversation: ["TOVHOLDER"],
  recordFlow: ["TOVHOLDER", "CASEWORKER"],
  keepInTeamQueue: ["TOVHOLDER"],
  seeSteering: ["STYREGRUPPE", "LEADER", "TOVHOLDER"],
};

export function canFlow(roles: readonly Role[], action: FlowAction): boolean {
  return roles.some((role) => ALLOWED[action].includes(role));
}
