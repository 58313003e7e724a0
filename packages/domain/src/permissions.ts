import { GLOBAL_ROLES, isGlobalRole, type GlobalRole, type ProjectRole, type Role } from "./roles.js";

/**
 * What a user may do, named once. Every GraphQL operation declares ONE permission (`@Allow` in
 * apps/api/src/common/allow.ts); the API checks it for the project the record belongs to (`requireAccess`,
 * `requireReadAccess` in apps/api/src/common/access.ts) or globally (`requireGlobalAccess`); the portal asks the same
 * table which controls to show (`rolesAllow(project.myRoles, …)`). The role × operation test
 * (tests/api/permission-matrix.test.ts) derives every expected answer from this table, so the table and the
 * behaviour cannot drift apart.
 */
export type Permission =
  // ── Every logged-in user (EVERY_USER_PERMISSIONS) ──
  /** Oneself: who one is, one's own projects (the list), the municipalities, one's own password, imports and logout. */
  | "account.self"
  /** One's own personal access tokens for the playground: list, create, revoke. */
  | "token.manage"
  // ── Not tied to one project (global roles) ──
  /** Create a project (and become its leader). */
  | "project.create"
  /** Create users with a one-time password, deactivate them, reset passwords, set municipalities' rules. */
  | "user.manage"
  /** Find active users by name or e-mail to give them a role in a project (the directory: id, name, e-mail). */
  | "user.search"
  /** Read the access log of citizens' data and a citizen's extract of it. */
  | "accessLog.read"
  /** Set how long the access log is kept. */
  | "accessLog.manage"
  /** Read the GraphQL schema (introspection) in production: the playground. */
  | "schema.introspect"
  // ── Inside one project ──
  /**
   * Read the project: basics, members, municipalities, history, the budgets' lines and totals (the approved plan,
   * which the catalogue shows for an intervention), price index, competence pools, goals, milestones, flow plan,
   * capacity and conversation pace, the catalogue and the team.
   */
  | "project.read"
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
  /**
   * The styregruppe's decisions on the economy: approve a submitted budget or send it back, decide a pending budget
   * change (not one's own), and set the threshold above which changes need that decision.
   */
  | "budget.approve"
  /** Adjust an approved budget (moves and financed changes: budget changes) and its price and wage index. */
  | "budget.adjust"
  /**
   * Read the economy's follow-up: the budget follow-up (consumption, forecast, status), the budget changes and
   * a line's history (with who asked and who decided).
   */
  | "budget.read"
  /** Read the postings: their texts, voucher numbers and who booked them. */
  | "spend.read"
  /** Book postings, reverse them, import them from the finance system, and choose where a line's activity comes from. */
  | "spend.write"
  /** Record delivered activity (hours, conversations …) on a budget line with an activity driver. */
  | "activity.record"
  /** Plan and record activities in a competence development pool. */
  | "competence.plan"
  /** Goals, milestones and the flow plan (conversation period, team period, cadence, agenda limit). */
  | "plan.edit"
  /** Mark a milestone as reached. */
  | "milestone.complete"
  /** Team meetings: generate them from the flow plan, add a single meeting, move one, cancel one and move its agenda. */
  | "meeting.plan"
  /** Read the team meetings one is called to (with participant codes, themes and recommendations; logged). */
  | "meeting.read"
  /** Run the team: add its members, put citizens on a meeting's agenda, record a meeting held; see every meeting. */
  | "team.run"
  /** The catalogue of interventions: add one and tie it to a budget line. */
  | "catalogue.edit"
  /** Coordinate the flows: the overview of every citizen, plan alerts, scheduling conversations, the team queue. */
  | "flow.coordinate"
  /** Record a citizen's flow: conversations, preparation forms, action plans, non-compliance, outcomes, units. */
  | "flow.record"
  /** Read citizens (pseudonymised) and their flow: those one is caseworker for (participant.readAll: all). */
  | "participant.read"
  /** Read every citizen of the project, not only one's own; exact figures about citizens (no disclosure control). */
  | "participant.readAll"
  /** Classify a citizen: profiles, motivation and the focus of the casework. */
  | "participant.edit"
  /** The tovholder's triage: change a citizen's colour, assign a caseworker. */
  | "participant.assign"
  /** See a citizen's name and CPR number, or find a citizen by CPR number (a purpose is required; logged). */
  | "participant.reveal"
  /** Import the target group from a file. */
  | "participant.import"
  /** Read the aggregated statistics about the project's citizens (disclosure-controlled unless participant.readAll). */
  | "participant.statistics"
  /** Read the styregruppe's dashboard, effect, the portfolio and the frozen meeting packs (with the tovholder's comments). */
  | "steering.read"
  /** Close a meeting pack for the styregruppe with the tovholder's comments. */
  | "steering.comment";

export const PERMISSIONS: readonly Permission[] = [
  "account.self",
  "token.manage",
  "project.create",
  "user.manage",
  "user.search",
  "accessLog.read",
  "accessLog.manage",
  "schema.introspect",
  "project.read",
  "project.edit",
  "project.close",
  "project.members",
  "budget.draft",
  "budget.submit",
  "budget.approve",
  "budget.adjust",
  "budget.read",
  "spend.read",
  "spend.write",
  "activity.record",
  "competence.plan",
  "plan.edit",
  "milestone.complete",
  "meeting.plan",
  "meeting.read",
  "team.run",
  "catalogue.edit",
  "flow.coordinate",
  "flow.record",
  "participant.read",
  "participant.readAll",
  "participant.edit",
  "participant.assign",
  "participant.reveal",
  "participant.import",
  "participant.statistics",
  "steering.read",
  "steering.comment",
];

/** What every logged-in user may do, whatever their roles (also a user with no role at all): their own account. */
export const EVERY_USER_PERMISSIONS: readonly Permission[] = ["account.self", "token.manage"];

/** Permissions a role gives inside one project. */
export const PROJECT_ROLE_PERMISSIONS: Readonly<Record<ProjectRole, readonly Permission[]>> = {
  // The styregruppe owns the economy's decisions and follows the project on its dashboard and through the
  // aggregated statistics; it does not write the draft, book postings or see citizens one by one.
  STYREGRUPPE: ["project.read", "budget.approve", "budget.read", "spend.read", "milestone.complete", "participant.statistics", "steering.read"],
  // The leader sets the project up (basics, members, the draft budget, goals and the timeline), keeps the books
  // (postings, adjustments within the threshold) and follows the economy; citizens only as aggregates.
  LEADER: [
    "project.read",
    "project.edit",
    "project.close",
    "project.members",
    "user.search",
    "budget.draft",
    "budget.submit",
    "budget.adjust",
    "budget.read",
    "spend.read",
    "spend.write",
    "activity.record",
    "competence.plan",
    "plan.edit",
    "participant.statistics",
    "steering.read",
  ],
  // The tovholder coordinates the citizens' flows and the team, and plans activity against the budget lines,
  // following their consumption (budget.read, spend.read); it closes the meeting packs for the styregruppe.
  TOVHOLDER: [
    "project.read",
    "budget.read",
    "spend.read",
    "activity.record",
    "competence.plan",
    "plan.edit",
    "milestone.complete",
    "meeting.plan",
    "meeting.read",
    "team.run",
    "catalogue.edit",
    "flow.coordinate",
    "flow.record",
    "participant.read",
    "participant.readAll",
    "participant.edit",
    "participant.assign",
    "participant.reveal",
    "participant.import",
    "participant.statistics",
    "steering.read",
    "steering.comment",
  ],
  // Need-to-know, decided for the economy: the people who work with the citizens see the PLAN — the budget's lines
  // and totals (what an intervention may cost, under project.read) — but not the follow-up (consumption, forecast,
  // budget changes with who asked and decided: budget.read) and not the postings (their texts, voucher numbers and
  // who booked them: spend.read). None of that is needed to work with a citizen, and postings' texts can name people.
  // The caseworker sees and records the flow of the citizens assigned to them (participant.read without readAll).
  CASEWORKER: ["project.read", "flow.record", "participant.read", "participant.edit", "participant.reveal"],
  // A team member sees the project and the meetings it is called to, nothing of citizens beyond those agendas.
  TEAM_MEMBER: ["project.read", "meeting.read"],
};

/**
 * Permissions a global role gives in every project. The administrator sets projects up and manages people;
 * approving a budget stays with the project's own styregruppe (an administrator is no member), and citizens'
 * data with those who work with them (an administrator reads the access log, not the citizens or their figures).
 */
export const GLOBAL_ROLE_PERMISSIONS: Readonly<Record<GlobalRole, readonly Permission[]>> = {
  // It reads the economy it sets up, but not the styregruppe's dashboard and meeting packs (steering.read).
  ADMIN: [
    "project.create",
    "user.manage",
    "user.search",
    "accessLog.read",
    "accessLog.manage",
    "schema.introspect",
    "project.read",
    "project.edit",
    "project.close",
    "project.members",
    "budget.draft",
    "budget.submit",
    "budget.read",
    "spend.read",
    "plan.edit",
    "meeting.plan",
  ],
  // The developer reads the schema in the playground; data only through its own memberships.
  DEVELOPER: ["schema.introspect"],
  // The administrator's permissions for the users and projects of the user's own municipality: the scope is the
  // API's (apps/api/src/common/municipality-scope.ts), the table says what, not where. Not the access log (it spans
  // every municipality's citizens) and not the schema's introspection (a developer's).
  MUNICIPALITY_ADMIN: [
    "project.create",
    "user.manage",
    "user.search",
    "project.read",
    "project.edit",
    "project.close",
    "project.members",
    "budget.draft",
    "budget.submit",
    "budget.read",
    "spend.read",
    "plan.edit",
    "meeting.plan",
  ],
};

/** The permissions one role gives (a role unknown to this table gives none). */
export function permissionsOf(role: Role): readonly Permission[] {
  return (isGlobalRole(role) ? GLOBAL_ROLE_PERMISSIONS[role] : PROJECT_ROLE_PERMISSIONS[role]) ?? [];
}

/** Whether any of the roles gives the permission (the permissions of every logged-in user always hold). */
export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  return EVERY_USER_PERMISSIONS.includes(permission) || roles.some((role) => permissionsOf(role).includes(permission));
}

/** The roles that give a permission (for the role × operation tests and for explaining a refusal). */
export function rolesWith(permission: Permission): Role[] {
  const project = (Object.keys(PROJECT_ROLE_PERMISSIONS) as ProjectRole[]).filter((r) => PROJECT_ROLE_PERMISSIONS[r].includes(permission));
  const global = (Object.keys(GLOBAL_ROLE_PERMISSIONS) as GlobalRole[]).filter((r) => GLOBAL_ROLE_PERMISSIONS[r].includes(permission));
  return [...project, ...global];
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && (PERMISSIONS as readonly string[]).includes(value);
}

export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = {
  "account.self": "se og ændre din egen konto",
  "token.manage": "administrere dine egne adgangstokens",
  "project.create": "oprette projekter",
  "user.manage": "administrere brugere",
  "user.search": "søge brugere frem for at give dem en rolle",
  "accessLog.read": "se adgangsloggen",
  "accessLog.manage": "sætte adgangsloggens opbevaringstid",
  "schema.introspect": "hente API'ets skema (legepladsen)",
  "project.read": "se projektet",
  "project.edit": "rette projektets stamdata",
  "project.close": "lukke projektet",
  "project.members": "ændre projektets medlemmer",
  "budget.draft": "skrive budgetudkastet",
  "budget.submit": "sende budgettet til godkendelse",
  "budget.approve": "godkende eller afvise budgettet og budgetændringer",
  "budget.adjust": "justere det godkendte budget",
  "budget.read": "se budgetopfølgning og budgetændringer",
  "spend.read": "se posteringer",
  "spend.write": "bogføre og importere posteringer",
  "activity.record": "registrere aktivitet på budgetlinjer",
  "competence.plan": "planlægge kompetenceudvikling",
  "plan.edit": "rette mål, milepæle og forløbsplan",
  "milestone.complete": "markere milepæle som nået",
  "meeting.plan": "planlægge teammøder",
  "meeting.read": "se teammøderne",
  "team.run": "lede teamet og dets møder",
  "catalogue.edit": "rette ydelseskataloget",
  "flow.coordinate": "koordinere borgernes forløb",
  "flow.record": "registrere borgernes forløb",
  "participant.read": "se borgerne",
  "participant.readAll": "se alle projektets borgere",
  "participant.edit": "klassificere borgere",
  "participant.assign": "skifte borgeres farve og tildele sagsbehandlere",
  "participant.reveal": "se borgeres navn og CPR-nummer",
  "participant.import": "importere målgruppen",
  "participant.statistics": "se statistik om borgerne",
  "steering.read": "se styregruppens overblik og mødepakker",
  "steering.comment": "lukke mødepakker med kommentarer",
};

/**
 * The global roles a global role may give and take away in user administration: the administrator of every
 * municipality all of them, a kommuneadministrator only its own kind (in its municipality: the API's scope), a
 * developer none. The API refuses the rest (users.service.ts); the portal offers only these.
 */
export const GRANTABLE_GLOBAL_ROLES: Readonly<Record<GlobalRole, readonly GlobalRole[]>> = {
  ADMIN: GLOBAL_ROLES,
  MUNICIPALITY_ADMIN: ["MUNICIPALITY_ADMIN"],
  DEVELOPER: [],
};

/** The global roles a user with these roles may give and take away. */
export function grantableGlobalRoles(roles: readonly Role[]): GlobalRole[] {
  const grantable = new Set(roles.filter(isGlobalRole).flatMap((r) => GRANTABLE_GLOBAL_ROLES[r]));
  return GLOBAL_ROLES.filter((r) => grantable.has(r));
}
