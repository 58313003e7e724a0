import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Spend and activity: activity drivers on budget lines, postings (append-only) and their CSV imports,
 * activity entries, the competence pool's activities, and a price index per budget.
 */
export class SpendAndActivity1763971200000 implements MigrationInterface {
  name = "SpendAndActivity1763971200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "posting_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "file_name" text NOT NULL, "encoding" text NOT NULL, "rows_read" integer NOT NULL, "postings_added" integer NOT NULL, "postings_already_there" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_posting_import" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_posting_import_budget" ON "posting_import"("budget_id")`);
    await queryRunner.query(
      `CREATE TABLE "budget_posting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_line_id" uuid NOT NULL, "posting_date" date NOT NULL, "amount_ore" bigint NOT NULL, "text" text NOT NULL, "voucher" text NOT NULL, "quantity" numeric(14,2), "reverses_posting_id" uuid, "import_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_budget_posting_voucher" UNIQUE ("budget_line_id", "voucher", "posting_date"), CONSTRAINT "pk_budget_posting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_budget_posting_line_date" ON "budget_posting"("budget_line_id", "posting_date")`);
    await queryRunner.query(
      `CREATE TABLE "activity_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_line_id" uuid NOT NULL, "activity_date" date NOT NULL, "quantity" numeric(14,2) NOT NULL, "source" text NOT NULL, "source_ref" text, "note" text NOT NULL DEFAULT '', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_activity_entry_quantity" CHECK ("quantity" >= 0), CONSTRAINT "ck_activity_entry_source" CHECK ("source" IN ('MANUAL', 'FLOW')), CONSTRAINT "pk_activity_entry" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_activity_entry_source" ON "activity_entry"("budget_line_id", "source", "source_ref") WHERE "source_ref" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_activity_entry_line_date" ON "activity_entry"("budget_line_id", "activity_date")`);
    await queryRunner.query(
      `CREATE TABLE "competence_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pool_id" uuid NOT NULL, "name" text NOT NULL, "target_group" text NOT NULL, "planned_cost_ore" bigint NOT NULL, "planned_participants" integer NOT NULL, "planned_date" date NOT NULL, "status" text NOT NULL, "actual_participants" integer, "actual_cost_ore" bigint, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_competence_activity_status" CHECK ("status" IN ('PLANNED', 'HELD', 'CANCELLED')), CONSTRAINT "pk_competence_activity" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_competence_activity_pool" ON "competence_activity"("pool_id", "planned_date")`);
    await queryRunner.query(
      `CREATE TABLE "budget_price_index" ("budget_id" uuid NOT NULL, "year" integer NOT NULL, "index" numeric(8,2) NOT NULL, CONSTRAINT "pk_budget_price_index" PRIMARY KEY ("budget_id", "year"))`,
    );
    await queryRunner.query(`ALTER TABLE "budget_line" ADD "driver_unit" text`);
    await queryRunner.query(`ALTER TABLE "budget_line" ADD "driver_quantity" numeric(14,2)`);
    await queryRunner.query(`ALTER TABLE "budget_line" ADD "driver_unit_rate_ore" bigint`);
    await queryRunner.query(`ALTER TABLE "budget_line" ADD CONSTRAINT "ck_budget_line_driver" CHECK (("driver_unit" IS NULL) = ("driver_quantity" IS NULL))`);
    await queryRunner.query(
      `ALTER TABLE "posting_import" ADD CONSTRAINT "fk_posting_import_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posting_import" ADD CONSTRAINT "fk_posting_import_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_reverses" FOREIGN KEY ("reverses_posting_id") REFERENCES "budget_posting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_import" FOREIGN KEY ("import_id") REFERENCES "posting_import"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_posting" ADD CONSTRAINT "fk_budget_posting_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
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
    // Postings are append-only: a correction is a reversing posting, never an edit or a deletion.
    await queryRunner.query(`CREATE FUNCTION forbid_posting_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'budget_posting is append-only: post a reversing posting instead' USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_budget_posting_append_only BEFORE UPDATE OR DELETE ON "budget_posting" FOR EACH ROW EXECUTE FUNCTION forbid_posting_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_budget_posting_append_only" ON "budget_posting"`);
    await queryRunner.query(`DROP FUNCTION forbid_posting_change()`);
    await queryRunner.query(`ALTER TABLE "budget_price_index" DROP CONSTRAINT "fk_budget_price_index_budget"`);
    await queryRunner.query(`ALTER TABLE "competence_activity" DROP CONSTRAINT "fk_competence_activity_pool"`);
    await queryRunner.query(`ALTER TABLE "activity_entry" DROP CONSTRAINT "fk_activity_entry_line"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_created_by"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_import"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_reverses"`);
    await queryRunner.query(`ALTER TABLE "budget_posting" DROP CONSTRAINT "fk_budget_posting_line"`);
    await queryRunner.query(`ALTER TABLE "posting_import" DROP CONSTRAINT "fk_posting_import_created_by"`);
    await queryRunner.query(`ALTER TABLE "posting_import" DROP CONSTRAINT "fk_posting_import_budget"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "ck_budget_line_driver"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "driver_unit_rate_ore"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "driver_quantity"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "driver_unit"`);
    await queryRunner.query(`DROP TABLE "budget_price_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_activity_pool"`);
    await queryRunner.query(`DROP TABLE "competence_activity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activity_entry_line_date"`);
    await queryRunner.query(`DROP INDEX "public"."uq_activity_entry_source"`);
    await queryRunner.query(`DROP TABLE "activity_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_posting_line_date"`);
    await queryRunner.query(`DROP TABLE "budget_posting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_posting_import_budget"`);
    await queryRunner.query(`DROP TABLE "posting_import"`);
  }
}
