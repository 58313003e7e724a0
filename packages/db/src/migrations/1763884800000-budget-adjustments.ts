import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Budget adjustments: the original budget frozen at approval (original_amount_ore), the approval
 * threshold per project, and leaders' changes with their entries (before/after set when applied).
 */
export class BudgetAdjustments1763884800000 implements MigrationInterface {
  name = "BudgetAdjustments1763884800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "budget_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "requires_approval" boolean NOT NULL, "reason" text NOT NULL, "grant_text" text, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_budget_change_status" CHECK ("status" IN ('PENDING', 'APPLIED', 'REJECTED')), CONSTRAINT "ck_budget_change_kind" CHECK ("kind" IN ('MOVE', 'CHANGE')), CONSTRAINT "pk_budget_change" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_budget_change_budget" ON "budget_change"("budget_id", "requested_at")`);
    await queryRunner.query(
      `CREATE TABLE "budget_change_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "change_id" uuid NOT NULL, "budget_line_id" uuid NOT NULL, "year" integer NOT NULL, "delta_ore" bigint NOT NULL, "before_ore" bigint, "after_ore" bigint, CONSTRAINT "pk_budget_change_entry" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_budget_change_entry_line" ON "budget_change_entry"("budget_line_id")`);
    await queryRunner.query(`CREATE INDEX "ix_budget_change_entry_change" ON "budget_change_entry"("change_id")`);
    await queryRunner.query(`ALTER TABLE "project" ADD "approval_threshold_ore" bigint NOT NULL DEFAULT '5000000'`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "approved_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "approved_by" uuid`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" ADD "original_amount_ore" bigint`);
    await queryRunner.query(
      `ALTER TABLE "budget" ADD CONSTRAINT "fk_budget_approved_by" FOREIGN KEY ("approved_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change" ADD CONSTRAINT "fk_budget_change_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change" ADD CONSTRAINT "fk_budget_change_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change" ADD CONSTRAINT "fk_budget_change_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" ADD CONSTRAINT "fk_budget_change_entry_change" FOREIGN KEY ("change_id") REFERENCES "budget_change"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_change_entry" ADD CONSTRAINT "fk_budget_change_entry_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP CONSTRAINT "fk_budget_change_entry_line"`);
    await queryRunner.query(`ALTER TABLE "budget_change_entry" DROP CONSTRAINT "fk_budget_change_entry_change"`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP CONSTRAINT "fk_budget_change_decided_by"`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP CONSTRAINT "fk_budget_change_requested_by"`);
    await queryRunner.query(`ALTER TABLE "budget_change" DROP CONSTRAINT "fk_budget_change_budget"`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "fk_budget_approved_by"`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" DROP COLUMN "original_amount_ore"`);
    await queryRunner.query(`ALTER TABLE "budget" DROP COLUMN "approved_by"`);
    await queryRunner.query(`ALTER TABLE "budget" DROP COLUMN "approved_at"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "approval_threshold_ore"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_change_entry_change"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_change_entry_line"`);
    await queryRunner.query(`DROP TABLE "budget_change_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_change_budget"`);
    await queryRunner.query(`DROP TABLE "budget_change"`);
  }
}
