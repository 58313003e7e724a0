import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The draft budget written in the planner: a budget goes DRAFT → SUBMITTED ("Send til godkendelse") →
 * APPROVED, or back to DRAFT with the styregruppe's comment. Who submitted and who reviewed are kept. A line
 * may carry its account number in the municipal chart of accounts (16 digits, stored as text: leading
 * zeros matter).
 */
export class BudgetDrafts1765112400000 implements MigrationInterface {
  name = "BudgetDrafts1765112400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "ck_budget_status"`);
    await queryRunner.query(`ALTER TABLE "budget" ADD CONSTRAINT "ck_budget_status" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'APPROVED'))`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "submitted_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "submitted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "review_comment" text`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "reviewed_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "budget" ADD "reviewed_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "budget" ADD CONSTRAINT "fk_budget_submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget" ADD CONSTRAINT "fk_budget_reviewed_by" FOREIGN KEY ("reviewed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "budget_line" ADD "account_number" text`);
    await queryRunner.query(`ALTER TABLE "budget_line" ADD CONSTRAINT "ck_budget_line_account_number" CHECK ("account_number" ~ '^[0-9]{16}$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "ck_budget_line_account_number"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "account_number"`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "fk_budget_reviewed_by"`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "fk_budget_submitted_by"`);
    for (const column of ["reviewed_by", "reviewed_at", "review_comment", "submitted_by", "submitted_at"]) {
      await queryRunner.query(`ALTER TABLE "budget" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`UPDATE "budget" SET "status" = 'DRAFT' WHERE "status" = 'SUBMITTED'`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "ck_budget_status"`);
    await queryRunner.query(`ALTER TABLE "budget" ADD CONSTRAINT "ck_budget_status" CHECK ("status" IN ('DRAFT', 'APPROVED'))`);
  }
}
