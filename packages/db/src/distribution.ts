/**
 * How the tables would be spread over the machines of a distributed PostgreSQL (Citus), and the one place that says
 * so (docs/scale-out.md explains the choice). Every table in the schema is in exactly one list; a test
 * (tests/db/distribution-key.test.ts) fails when a table is missing, and checks that each distributed table's
 * primary key, unique constraints and foreign keys to other distributed tables include the distribution key.
 */

/** The distribution key: every screen but the portfolio reads one project, so a project's rows live together. */
export const DISTRIBUTION_KEY = "project_id";

/**
 * Distributed by `project_id` and co-located: a project's budget, spend, citizens and flow sit on one machine, so a
 * project's screens and every join between these tables stay on it.
 */
export const DISTRIBUTED_TABLES = [
  "budget",
  "budget_line",
  "budget_line_amount",
  "budget_price_index",
  "budget_change",
  "budget_change_entry",
  "posting_import",
  "budget_posting",
  "activity_entry",
  "competence_pool",
  "competence_activity",
  "participant",
  "participant_colour_change",
  "preparation_form",
  "outcome",
  "intervention",
  "action_plan_item",
  "plan_alert",
  "conversation",
  "team_member",
  "team_meeting",
  "agenda_item",
  "meeting_attendance",
  "milestone",
  "project_goal",
  "project_flow_plan",
  "project_history",
  "project_membership_history",
  "closing_pack",
  "meeting_pack",
  "finance_import_mapping",
  "finance_account_rules",
] as const;

/**
 * Small tables every machine keeps a copy of: the people, the municipalities and organisations, the projects
 * themselves and who works on them (read by every request's authorization and by the portfolio), settings and the
 * national benchmark.
 */
export const REFERENCE_TABLES = [
  "municipality",
  "organisation",
  "app_user",
  "project",
  "project_municipality",
  "project_organisation",
  "project_membership",
  "system_setting",
  "benchmark_cache",
] as const;

/**
 * Kept on the coordinator only: sign-in and sessions, the job queue (one place, so `FOR UPDATE SKIP LOCKED` hands each
 * job to one worker), the user audit, the access log (partitioned by month, appended to by every request and
 * dropped a month at a time) and the migrations' own table.
 */
export const LOCAL_TABLES = [
  "typeorm_migration",
  "user_session",
  "personal_access_token",
  "login_lockout",
  "login_rate_limit",
  "request_budget",
  "user_identity",
  "user_audit",
  "job",
  "access_log",
] as const;
