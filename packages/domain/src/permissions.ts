import type { GlobalRole, ProjectRole, Role } from "./roles.js";

/**
 * What a user may do, named once. The API checks a permission for a project (`requireAccess` in
 * apps/api/src/common/access.ts); the portal asks the same table which controls to show. The role ×
 * operation tests are derived from this table, so the table and the behaviour cannot drift apart.
 *
 * This is the start of the permission model of the "people and permissions" issue: the operations that
 * set up a project from an empty database are checked through it; older operations still carry their
 * role lists and move here one by one.
 */
export type Permission =
  /** Create a project (and become its leader). */
  | "project.create"
  /** Edit a project's basics: name, period, target group, funding, threshold, price level. */
  | "project.edit"
  /** Close a project at its end: its figures are frozen as a closing pack and it becomes read-only. */
  | "project.close"
  /** Put users into the project's roles and take them out again. */
  | "project.members"
  /** Write a draft budget: create budgets, add, edit, reorder and delete lines, import and copy. */
  | "budget.draft"
  /** Hand a draft budget to the styregruppe ("Send til godkendelse"). */
  | "budget.submit"
  /** Approve a submitted budget as the original budget, or send it back with a comment. */
  | "budget.approve"
  /** Goals, milestones and the flow plan (conversation period, team period, cadence, agenda limit). */
  | "plan.edit"
  /** Team meetings: add a single meeting, move one, cancel one and move its agenda. */
  | "meeting.plan"
  /** Create users with a one-time password, deactivate them, set municipalities' rules. */
  | "user.manage"
  /**
   * Read the economy's follow-up: the budget follow-up (consumption, forecast, status), the budget changes and
   * a line's history (with who asked and who decided). Need-to-know: not caseworkers and team members. Budget
   * lines and totals (the approved plan, which the catalogue shows for an intervention) stay open to members.
   */
  | "budget.read"
  /** Read the postings: their texts, voucher numbers and who booked them. */
  | "spend.read"
  /** Read the styregruppe's dashboard, effect and the frozen meeting packs (with the tovholder's comments). */
  | "steering.read";

export const PERMISSIONS: readonly Permission[] = [
  "project.create",
  "project.edit",
  "project.close",
  "project.members",
  "budget.draft",
  "budget.submit",
  "budget.approve",
  "plan.edit",
  "meeting.plan",
  "user.manage",
  "budget.read",
  "spend.read",
  "steering.read",
];

/** Permissions a role gives inside one project. */
export const PROJECT_ROLE_PERMISSIONS: Readonly<Record<ProjectRole, readonly Permission[]>> = {
  // The styregruppe owns the economy and the plan's approval; it does not write the draft.
  STYREGRUPPE: ["budget.approve", "budget.read", "spend.read", "steering.read"],
  // The leader sets the project up: basics, members, the draft budget, goals and the timeline.
  LEADER: ["project.edit", "project.close", "project.members", "budget.draft", "budget.submit", "plan.edit", "budget.read", "spend.read", "steering.read"],
  // The tovholder plans the team's meetings and keeps the flow plan.
  // It plans activity against the budget lines and follows their consumption.
  TOVHOLDER: ["plan.edit", "meeting.plan", "budget.read", "spend.read", "steering.read"],
  // Need-to-know: the people who work with the citizens see the plan (goals, lines), not the economy's detail.
  CASEWORKER: [],
  TEAM_MEMBER: [],
};

/**
 * Permissions a global role gives in every project. The administrator sets projects up and manages
 * people; approving a budget stays with the project's own styregruppe (an administrator is no member).
 */
export const GLOBAL_ROLE_PERMISSIONS: Readonly<Record<GlobalRole, readonly Permission[]>> = {
  // It reads the economy it sets up, but not the styregruppe's dashboard and meeting packs (steering.read).
  ADMIN: ["project.create", "project.edit", "project.close", "project.members", "budget.draft", "budget.submit", "plan.edit", "meeting.plan", "user.manage", "budget.read", "spend.read"],
  DEVELOPER: [],
  // The administrator's permissions, but only for the users and projects of the user's own municipality: the
  // scope is the API's (apps/api/src/common/municipality-scope.ts), the table says what, not where.
  MUNICIPALITY_ADMIN: ["project.create", "project.edit", "project.close", "project.members", "budget.draft", "budget.submit", "plan.edit", "meeting.plan", "user.manage", "budget.read", "spend.read"],
};

/** Whether any of the roles gives the permission. */
export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) =>
    role in GLOBAL_ROLE_PERMISSIONS
      ? GLOBAL_ROLE_PERMISSIONS[role as GlobalRole].includes(permission)
      : PROJECT_ROLE_PERMISSIONS[role as ProjectRole].includes(permission),
  );
}

/** The roles that give a permission (for the role × operation tests and for explaining a refusal). */
export function rolesWith(permission: Permission): Role[] {
  const project = (Object.keys(PROJECT_ROLE_PERMISSIONS) as ProjectRole[]).filter((r) => PROJECT_ROLE_PERMISSIONS[r].includes(permission));
  const global = (Object.keys(GLOBAL_ROLE_PERMISSIONS) as GlobalRole[]).filter((r) => GLOBAL_ROLE_PERMISSIONS[r].includes(permission));
  return [...project, ...global];
}

export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = {
  "project.create": "oprette projekter",
  "project.edit": "rette projektets stamdata",
  "project.close": "lukke projektet",
  "project.members": "ændre projektets medlemmer",
  "budget.draft": "skrive budgetudkastet",
  "budget.submit": "sende budgettet til godkendelse",
  "budget.approve": "godkende eller afvise budgettet",
  "plan.edit": "rette mål, milepæle og forløbsplan",
  "meeting.plan": "planlægge teammøder",
  "user.manage": "administrere brugere",
  "budget.read": "se budgetopfølgning og budgetændringer",
  "spend.read": "se posteringer",
  "steering.read": "se styregruppens overblik og mødepakker",
};
