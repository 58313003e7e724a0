import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The distribution key (#20): every project-scoped table (packages/db/src/distribution.ts) carries `project_id`, and its
 * primary key, unique constraints and foreign keys to other project-scoped tables include it, so a distributed
 * PostgreSQL (Citus) can keep a project's rows on one machine (docs/scale-out.md). The tables that reached their project
 * through a parent get the column filled from that parent. Primary keys are (id, project_id): a row is still found by
 * its id alone through the key's index. A foreign key that set its column to null on delete now sets only that column
 * (`SET NULL (budget_line_id)`), never the key.
 */
export class DistributionKey1765540000000 implements MigrationInterface {
  name = "DistributionKey1765540000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget_line" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "budget_line" c SET "project_id" = p."project_id" FROM "budget" p WHERE p."id" = c."budget_id"`);
    await queryRunner.query(`ALTER TABLE "budget_line" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "budget_line_amount" c SET "project_id" = p."project_id" FROM "budget_line" p WHERE p."id" = c."budget_line_id"`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "budget_price_index" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "budget_price_index" c SET "project_id" = p."project_id" FROM "budget" p WHERE p."id" = c."budget_id"`);
    await queryRunner.query(`ALTER TABLE "budget_price_index" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "budget_change" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "budget_change" c SET "project_id" = p."project_id" FROM "budget" p WHERE p."id" = c."budget_id"`);
    await queryRunner.query(`ALTER TABLE "budget_change" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "budget_change_entry" c SET "project_id" = p."project_id" FROM "budget_change" p WHERE p."id" = c."change_id"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "posting_import" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "posting_import" c SET "project_id" = p."project_id" FROM "budget" p WHERE p."id" = c."budget_id"`);
    await queryRunner.query(`ALTER TABLE "posting_import" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "budget_posting" ADD COLUMN "project_id" uuid`);
    // Append-only for users; filling the new key is not a change of the row's content.
    await queryRunner.query(`ALTER TABLE "budget_posting" DISABLE TRIGGER "trg_budget_posting_append_only"`);
    await queryRunner.query(`UPDATE "budget_posting" c SET "project_id" = p."project_id" FROM "budget_line" p WHERE p."id" = c."budget_line_id"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" ENABLE TRIGGER "trg_budget_posting_append_only"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "activity_entry" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "activity_entry" c SET "project_id" = p."project_id" FROM "budget_line" p WHERE p."id" = c."budget_line_id"`);
    await queryRunner.query(`ALTER TABLE "activity_entry" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "competence_activity" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "competence_activity" c SET "project_id" = p."project_id" FROM "competence_pool" p WHERE p."id" = c."pool_id"`);
    await queryRunner.query(`ALTER TABLE "competence_activity" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "participant_colour_change" ADD COLUMN "project_id" uuid`);
    // Append-only for users; filling the new key is not a change of the row's content.
    await queryRunner.query(`ALTER TABLE "participant_colour_change" DISABLE TRIGGER "trg_participant_colour_change_append_only"`);
    await queryRunner.query(`UPDATE "participant_colour_change" c SET "project_id" = p."project_id" FROM "participant" p WHERE p."id" = c."participant_id"`);
    await queryRunner.query(`ALTER TABLE "participant_colour_change" ENABLE TRIGGER "trg_participant_colour_change_append_only"`);
    await queryRunner.query(`ALTER TABLE "participant_colour_change" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "preparation_form" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "preparation_form" c SET "project_id" = p."project_id" FROM "participant" p WHERE p."id" = c."participant_id"`);
    await queryRunner.query(`ALTER TABLE "preparation_form" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outcome" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "outcome" c SET "project_id" = p."project_id" FROM "participant" p WHERE p."id" = c."participant_id"`);
    await queryRunner.query(`ALTER TABLE "outcome" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "action_plan_item" c SET "project_id" = p."project_id" FROM "participant" p WHERE p."id" = c."participant_id"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "agenda_item" c SET "project_id" = p."project_id" FROM "team_meeting" p WHERE p."id" = c."meeting_id"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD COLUMN "project_id" uuid`);
    await queryRunner.query(`UPDATE "meeting_attendance" c SET "project_id" = p."project_id" FROM "team_meeting" p WHERE p."id" = c."meeting_id"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ALTER COLUMN "project_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "fk_budget_line_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" DROP CONSTRAINT "fk_budget_line_amount_line"`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP CONSTRAINT "fk_budget_change_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP CONSTRAINT "fk_budget_change_entry_line"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP CONSTRAINT "fk_budget_change_entry_change"`);
    await queryRunner.query(`ALTER TABLE "posting_import" DROP CONSTRAINT "fk_posting_import_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_reverses"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_line"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_import"`);
    await queryRunner.query(`ALTER TABLE "activity_entry" DROP CONSTRAINT "fk_activity_entry_line"`);
    await queryRunner.query(`ALTER TABLE "competence_activity" DROP CONSTRAINT "fk_competence_activity_pool"`);
    await queryRunner.query(`ALTER TABLE "budget_price_index" DROP CONSTRAINT "fk_budget_price_index_budget"`);
    await queryRunner.query(`ALTER TABLE "participant_colour_change" DROP CONSTRAINT "fk_participant_colour_change_participant"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "fk_conversation_participant"`);
    await queryRunner.query(`ALTER TABLE "preparation_form" DROP CONSTRAINT "fk_preparation_form_participant"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "fk_team_member_budget_line"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_participant"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "fk_meeting_attendance_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "fk_meeting_attendance_member"`);
    await queryRunner.query(`ALTER TABLE "intervention" DROP CONSTRAINT "fk_intervention_budget_line"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "fk_action_plan_item_participant"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "fk_action_plan_item_intervention"`);
    await queryRunner.query(`ALTER TABLE "plan_alert" DROP CONSTRAINT "fk_plan_alert_item"`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "fk_outcome_participant"`);
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" DROP CONSTRAINT "pk_action_plan_item", ADD CONSTRAINT "pk_action_plan_item" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_entry" DROP CONSTRAINT "pk_activity_entry", ADD CONSTRAINT "pk_activity_entry" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "pk_agenda_item", ADD CONSTRAINT "pk_agenda_item" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "pk_budget", ADD CONSTRAINT "pk_budget" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_change" DROP CONSTRAINT "pk_budget_change", ADD CONSTRAINT "pk_budget_change" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" DROP CONSTRAINT "pk_budget_change_entry", ADD CONSTRAINT "pk_budget_change_entry" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "pk_budget_line", ADD CONSTRAINT "pk_budget_line" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_line_amount" DROP CONSTRAINT "pk_budget_line_amount", ADD CONSTRAINT "pk_budget_line_amount" PRIMARY KEY ("budget_line_id","year","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" DROP CONSTRAINT "pk_budget_posting", ADD CONSTRAINT "pk_budget_posting" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_price_index" DROP CONSTRAINT "pk_budget_price_index", ADD CONSTRAINT "pk_budget_price_index" PRIMARY KEY ("budget_id","year","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "closing_pack" DROP CONSTRAINT "pk_closing_pack", ADD CONSTRAINT "pk_closing_pack" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "competence_activity" DROP CONSTRAINT "pk_competence_activity", ADD CONSTRAINT "pk_competence_activity" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "competence_pool" DROP CONSTRAINT "pk_competence_pool", ADD CONSTRAINT "pk_competence_pool" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "pk_conversation", ADD CONSTRAINT "pk_conversation" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "finance_account_rules" DROP CONSTRAINT "pk_finance_account_rules", ADD CONSTRAINT "pk_finance_account_rules" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "finance_import_mapping" DROP CONSTRAINT "pk_finance_import_mapping", ADD CONSTRAINT "pk_finance_import_mapping" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "intervention" DROP CONSTRAINT "pk_intervention", ADD CONSTRAINT "pk_intervention" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" DROP CONSTRAINT "pk_meeting_attendance", ADD CONSTRAINT "pk_meeting_attendance" PRIMARY KEY ("meeting_id","team_member_id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_pack" DROP CONSTRAINT "pk_meeting_pack", ADD CONSTRAINT "pk_meeting_pack" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "pk_milestone", ADD CONSTRAINT "pk_milestone" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "pk_outcome", ADD CONSTRAINT "pk_outcome" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "pk_participant", ADD CONSTRAINT "pk_participant" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "participant_colour_change" DROP CONSTRAINT "pk_participant_colour_change", ADD CONSTRAINT "pk_participant_colour_change" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "plan_alert" DROP CONSTRAINT "pk_plan_alert", ADD CONSTRAINT "pk_plan_alert" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "posting_import" DROP CONSTRAINT "pk_posting_import", ADD CONSTRAINT "pk_posting_import" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "preparation_form" DROP CONSTRAINT "pk_preparation_form", ADD CONSTRAINT "pk_preparation_form" PRIMARY KEY ("participant_id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "project_goal" DROP CONSTRAINT "pk_project_goal", ADD CONSTRAINT "pk_project_goal" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "project_history" DROP CONSTRAINT "pk_project_history", ADD CONSTRAINT "pk_project_history" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_membership_history" DROP CONSTRAINT "pk_project_membership_history", ADD CONSTRAINT "pk_project_membership_history" PRIMARY KEY ("id","project_id")`,
    );
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP CONSTRAINT "pk_team_meeting", ADD CONSTRAINT "pk_team_meeting" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "pk_team_member", ADD CONSTRAINT "pk_team_member" PRIMARY KEY ("id","project_id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_posting" DROP CONSTRAINT "uq_budget_posting_voucher", ADD CONSTRAINT "uq_budget_posting_voucher" UNIQUE ("budget_line_id","voucher","posting_date","project_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" DROP CONSTRAINT "uq_agenda_item", ADD CONSTRAINT "uq_agenda_item" UNIQUE ("meeting_id","participant_id","project_id")`,
    );
    await queryRunner.query(`DROP INDEX "uq_activity_entry_source"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_activity_entry_source" ON "activity_entry" ("budget_line_id", "source", "source_ref", "project_id") WHERE "source_ref" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "fk_budget_line_budget" FOREIGN KEY ("project_id", "budget_id") REFERENCES "budget"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line_amount" ADD CONSTRAINT "fk_budget_line_amount_line" FOREIGN KEY ("project_id", "budget_line_id") REFERENCES "budget_line"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change" ADD CONSTRAINT "fk_budget_change_budget" FOREIGN KEY ("project_id", "budget_id") REFERENCES "budget"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" ADD CONSTRAINT "fk_budget_change_entry_line" FOREIGN KEY ("project_id", "budget_line_id") REFERENCES "budget_line"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" ADD CONSTRAINT "fk_budget_change_entry_change" FOREIGN KEY ("project_id", "change_id") REFERENCES "budget_change"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posting_import" ADD CONSTRAINT "fk_posting_import_budget" FOREIGN KEY ("project_id", "budget_id") REFERENCES "budget"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_reverses" FOREIGN KEY ("project_id", "reverses_posting_id") REFERENCES "budget_posting"("project_id", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_line" FOREIGN KEY ("project_id", "budget_line_id") REFERENCES "budget_line"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_import" FOREIGN KEY ("project_id", "import_id") REFERENCES "posting_import"("project_id", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_entry" ADD CONSTRAINT "fk_activity_entry_line" FOREIGN KEY ("project_id", "budget_line_id") REFERENCES "budget_line"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competence_activity" ADD CONSTRAINT "fk_competence_activity_pool" FOREIGN KEY ("project_id", "pool_id") REFERENCES "competence_pool"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_price_index" ADD CONSTRAINT "fk_budget_price_index_budget" FOREIGN KEY ("project_id", "budget_id") REFERENCES "budget"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_colour_change" ADD CONSTRAINT "fk_participant_colour_change_participant" FOREIGN KEY ("project_id", "participant_id") REFERENCES "participant"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "fk_conversation_participant" FOREIGN KEY ("project_id", "participant_id") REFERENCES "participant"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "preparation_form" ADD CONSTRAINT "fk_preparation_form_participant" FOREIGN KEY ("project_id", "participant_id") REFERENCES "participant"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "fk_team_member_budget_line" FOREIGN KEY ("project_id", "budget_line_id") REFERENCES "budget_line"("project_id", "id") ON DELETE SET NULL ("budget_line_id") ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_participant" FOREIGN KEY ("project_id", "participant_id") REFERENCES "participant"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_meeting" FOREIGN KEY ("project_id", "meeting_id") REFERENCES "team_meeting"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_meeting" FOREIGN KEY ("project_id", "meeting_id") REFERENCES "team_meeting"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_member" FOREIGN KEY ("project_id", "team_member_id") REFERENCES "team_member"("project_id", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention" ADD CONSTRAINT "fk_intervention_budget_line" FOREIGN KEY ("project_id", "budget_line_id") REFERENCES "budget_line"("project_id", "id") ON DELETE SET NULL ("budget_line_id") ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" ADD CONSTRAINT "fk_action_plan_item_participant" FOREIGN KEY ("project_id", "participant_id") REFERENCES "participant"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" ADD CONSTRAINT "fk_action_plan_item_intervention" FOREIGN KEY ("project_id", "intervention_id") REFERENCES "intervention"("project_id", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_alert" ADD CONSTRAINT "fk_plan_alert_item" FOREIGN KEY ("project_id", "action_plan_item_id") REFERENCES "action_plan_item"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "fk_outcome_participant" FOREIGN KEY ("project_id", "participant_id") REFERENCES "participant"("project_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "fk_budget_line_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" DROP CONSTRAINT "fk_budget_line_amount_line"`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP CONSTRAINT "fk_budget_change_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP CONSTRAINT "fk_budget_change_entry_line"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP CONSTRAINT "fk_budget_change_entry_change"`);
    await queryRunner.query(`ALTER TABLE "posting_import" DROP CONSTRAINT "fk_posting_import_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_reverses"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_line"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_import"`);
    await queryRunner.query(`ALTER TABLE "activity_entry" DROP CONSTRAINT "fk_activity_entry_line"`);
    await queryRunner.query(`ALTER TABLE "competence_activity" DROP CONSTRAINT "fk_competence_activity_pool"`);
    await queryRunner.query(`ALTER TABLE "budget_price_index" DROP CONSTRAINT "fk_budget_price_index_budget"`);
    await queryRunner.query(`ALTER TABLE "participant_colour_change" DROP CONSTRAINT "fk_participant_colour_change_participant"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "fk_conversation_participant"`);
    await queryRunner.query(`ALTER TABLE "preparation_form" DROP CONSTRAINT "fk_preparation_form_participant"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "fk_team_member_budget_line"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_participant"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "fk_meeting_attendance_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "fk_meeting_attendance_member"`);
    await queryRunner.query(`ALTER TABLE "intervention" DROP CONSTRAINT "fk_intervention_budget_line"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "fk_action_plan_item_participant"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "fk_action_plan_item_intervention"`);
    await queryRunner.query(`ALTER TABLE "plan_alert" DROP CONSTRAINT "fk_plan_alert_item"`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "fk_outcome_participant"`);
    await queryRunner.query(`DROP INDEX "uq_activity_entry_source"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_activity_entry_source" ON "activity_entry" ("budget_line_id", "source", "source_ref") WHERE "source_ref" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" DROP CONSTRAINT "uq_budget_posting_voucher", ADD CONSTRAINT "uq_budget_posting_voucher" UNIQUE ("budget_line_id","voucher","posting_date")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" DROP CONSTRAINT "uq_agenda_item", ADD CONSTRAINT "uq_agenda_item" UNIQUE ("meeting_id","participant_id")`,
    );
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "pk_action_plan_item", ADD CONSTRAINT "pk_action_plan_item" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "activity_entry" DROP CONSTRAINT "pk_activity_entry", ADD CONSTRAINT "pk_activity_entry" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "pk_agenda_item", ADD CONSTRAINT "pk_agenda_item" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "pk_budget", ADD CONSTRAINT "pk_budget" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP CONSTRAINT "pk_budget_change", ADD CONSTRAINT "pk_budget_change" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" DROP CONSTRAINT "pk_budget_change_entry", ADD CONSTRAINT "pk_budget_change_entry" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "pk_budget_line", ADD CONSTRAINT "pk_budget_line" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_line_amount" DROP CONSTRAINT "pk_budget_line_amount", ADD CONSTRAINT "pk_budget_line_amount" PRIMARY KEY ("budget_line_id","year")`,
    );
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "pk_budget_posting", ADD CONSTRAINT "pk_budget_posting" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_price_index" DROP CONSTRAINT "pk_budget_price_index", ADD CONSTRAINT "pk_budget_price_index" PRIMARY KEY ("budget_id","year")`,
    );
    await queryRunner.query(`ALTER TABLE "closing_pack" DROP CONSTRAINT "pk_closing_pack", ADD CONSTRAINT "pk_closing_pack" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "competence_activity" DROP CONSTRAINT "pk_competence_activity", ADD CONSTRAINT "pk_competence_activity" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "competence_pool" DROP CONSTRAINT "pk_competence_pool", ADD CONSTRAINT "pk_competence_pool" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "pk_conversation", ADD CONSTRAINT "pk_conversation" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "finance_account_rules" DROP CONSTRAINT "pk_finance_account_rules", ADD CONSTRAINT "pk_finance_account_rules" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "finance_import_mapping" DROP CONSTRAINT "pk_finance_import_mapping", ADD CONSTRAINT "pk_finance_import_mapping" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "intervention" DROP CONSTRAINT "pk_intervention", ADD CONSTRAINT "pk_intervention" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" DROP CONSTRAINT "pk_meeting_attendance", ADD CONSTRAINT "pk_meeting_attendance" PRIMARY KEY ("meeting_id","team_member_id")`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_pack" DROP CONSTRAINT "pk_meeting_pack", ADD CONSTRAINT "pk_meeting_pack" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "pk_milestone", ADD CONSTRAINT "pk_milestone" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "pk_outcome", ADD CONSTRAINT "pk_outcome" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "pk_participant", ADD CONSTRAINT "pk_participant" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "participant_colour_change" DROP CONSTRAINT "pk_participant_colour_change", ADD CONSTRAINT "pk_participant_colour_change" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "plan_alert" DROP CONSTRAINT "pk_plan_alert", ADD CONSTRAINT "pk_plan_alert" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "posting_import" DROP CONSTRAINT "pk_posting_import", ADD CONSTRAINT "pk_posting_import" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "preparation_form" DROP CONSTRAINT "pk_preparation_form", ADD CONSTRAINT "pk_preparation_form" PRIMARY KEY ("participant_id")`,
    );
    await queryRunner.query(`ALTER TABLE "project_goal" DROP CONSTRAINT "pk_project_goal", ADD CONSTRAINT "pk_project_goal" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "project_history" DROP CONSTRAINT "pk_project_history", ADD CONSTRAINT "pk_project_history" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "project_membership_history" DROP CONSTRAINT "pk_project_membership_history", ADD CONSTRAINT "pk_project_membership_history" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP CONSTRAINT "pk_team_meeting", ADD CONSTRAINT "pk_team_meeting" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "pk_team_member", ADD CONSTRAINT "pk_team_member" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "fk_budget_line_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line_amount" ADD CONSTRAINT "fk_budget_line_amount_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change" ADD CONSTRAINT "fk_budget_change_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" ADD CONSTRAINT "fk_budget_change_entry_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" ADD CONSTRAINT "fk_budget_change_entry_change" FOREIGN KEY ("change_id") REFERENCES "budget_change"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posting_import" ADD CONSTRAINT "fk_posting_import_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_reverses" FOREIGN KEY ("reverses_posting_id") REFERENCES "budget_posting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_import" FOREIGN KEY ("import_id") REFERENCES "posting_import"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_entry" ADD CONSTRAINT "fk_activity_entry_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competence_activity" ADD CONSTRAINT "fk_competence_activity_pool" FOREIGN KEY ("pool_id") REFERENCES "competence_pool"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_price_index" ADD CONSTRAINT "fk_budget_price_index_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_colour_change" ADD CONSTRAINT "fk_participant_colour_change_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "fk_conversation_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "preparation_form" ADD CONSTRAINT "fk_preparation_form_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "fk_team_member_budget_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "team_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "team_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_member" FOREIGN KEY ("team_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention" ADD CONSTRAINT "fk_intervention_budget_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" ADD CONSTRAINT "fk_action_plan_item_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" ADD CONSTRAINT "fk_action_plan_item_intervention" FOREIGN KEY ("intervention_id") REFERENCES "intervention"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_alert" ADD CONSTRAINT "fk_plan_alert_item" FOREIGN KEY ("action_plan_item_id") REFERENCES "action_plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "fk_outcome_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "preparation_form" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "participant_colour_change" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "competence_activity" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "activity_entry" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "posting_import" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "budget_price_index" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "project_id"`);
  }
}
