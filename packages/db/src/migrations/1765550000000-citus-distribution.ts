import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Distributed PostgreSQL (issue #20, docs/scale-out.md): when the `citus` extension is installed in the database, the
 * tables are spread over the cluster by `project_id` — the small shared tables become reference tables (a copy on
 * every machine), the project-scoped tables distributed and co-located with `budget`, and the coordinator's own
 * tables that point at a reference table are added to Citus' metadata. On plain PostgreSQL (every installation
 * today, and the tests) it does nothing.
 *
 * The lists are written out here, not imported from distribution.ts: a migration is a snapshot of the schema the day
 * it was written. tests/db/citus-distribution.test.ts checks that they equal distribution.ts today and that each list is in
 * foreign-key order (parents first), which Citus needs.
 */
export class CitusDistribution1765550000000 implements MigrationInterface {
  name = "CitusDistribution1765550000000";

  /** Reference tables, parents before the tables that point at them. */
  static readonly referenceTables = [
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

  /** Distributed by project_id and co-located with the first, parents before children. */
  static readonly distributedTables = [
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
   * The coordinator's own (local) tables with a foreign key to a reference table: Citus keeps such a key only when
   * the local table is in its metadata (a "Citus local table", which needs the coordinator in pg_dist_node:
   * citus_set_coordinator_host). create_reference_table does not convert them by itself.
   */
  static readonly localTablesReferencingReferenceTables = [
    "user_session",
    "personal_access_token",
    "login_lockout",
    "user_identity",
    "user_audit",
    "job",
  ] as const;

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasCitus(queryRunner))) return;
    const self = CitusDistribution1765550000000;
    // One transaction creates many shards with foreign keys between them: Citus must then use one connection per
    // worker. Foreign keys from local tables to reference tables allowed (Citus' default, stated so it cannot differ).
    await queryRunner.query(`SET LOCAL citus.multi_shard_modify_mode TO 'sequential'`);
    await queryRunner.query(`SET LOCAL citus.enable_local_reference_table_foreign_keys TO on`);
    // budget_posting, participant_colour_change, closing_pack and meeting_pack have append-only triggers that only
    // raise an error on UPDATE/DELETE of their own row: safe to run on each shard.
    await queryRunner.query(`SET LOCAL citus.enable_unsafe_triggers TO on`);
    for (const table of self.referenceTables) {
      if (!(await isCitusTable(queryRunner, table, "reference"))) await queryRunner.query(`SELECT create_reference_table($1::regclass)`, [table]);
    }
    // The first starts the co-location group; the rest join it. Each only once (a rerun after Citus was installed on an
    // installation where this migration had run as a no-op: docs/scale-out.md).
    const [first, ...rest] = self.distributedTables;
    if (!(await isCitusTable(queryRunner, first, "distributed")))
      await queryRunner.query(`SELECT create_distributed_table($1::regclass, 'project_id')`, [first]);
    for (const table of rest) {
      if (await isCitusTable(queryRunner, table, "distributed")) continue;
      await queryRunner.query(`SELECT create_distributed_table($1::regclass, 'project_id', colocate_with => $2)`, [table, first]);
    }
    for (const table of self.localTablesReferencingReferenceTables) {
      if (!(await isCitusTable(queryRunner, table, "any"))) await queryRunner.query(`SELECT citus_add_local_table_to_metadata($1::regclass)`, [table]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasCitus(queryRunner))) return;
    const self = CitusDistribution1765550000000;
    // Children first; undistributing a table brings the tables joined to it by foreign keys back too, so each is
    // undistributed only when still in the metadata.
    const tables = [...self.localTablesReferencingReferenceTables, ...[...self.distributedTables].reverse(), ...[...self.referenceTables].reverse()];
    for (const table of tables) {
      if (await isCitusTable(queryRunner, table, "any")) {
        await queryRunner.query(`SELECT undistribute_table($1::regclass, cascade_via_foreign_keys => true)`, [table]);
      }
    }
  }
}

async function hasCitus(queryRunner: QueryRunner): Promise<boolean> {
  const rows = (await queryRunner.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)) as unknown[];
  return rows.length > 0;
}

/**
 * Whether the table is in Citus' metadata, as the kind asked for: distributed by hash (partmethod 'h'), a reference
 * table (no distribution column, replicated by two-phase commit: 'n'/'t'), or any kind (a Citus local table is 'n'/'s').
 */
async function isCitusTable(queryRunner: QueryRunner, table: string, kind: "distributed" | "reference" | "any"): Promise<boolean> {
  const rows = (await queryRunner.query(
    `SELECT 1 FROM pg_dist_partition WHERE logicalrelid = $1::regclass
        AND ($2 = 'any' OR ($2 = 'distributed' AND partmethod = 'h') OR ($2 = 'reference' AND partmethod = 'n' AND repmodel = 't'))`,
    [table, kind],
  )) as unknown[];
  return rows.length > 0;
}
