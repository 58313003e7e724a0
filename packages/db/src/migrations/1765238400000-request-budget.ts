import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each user's expensive work (cost units, see apps/api/src/common/fair-share.ts) in the current one-minute
 * window, shared by every API process. UNLOGGED like login_rate_limit: a counter that lives for a minute is not
 * worth a WAL write per request; after a crash it starts empty, which only forgives the last minute's spending.
 * No foreign key to app_user: a row outlives nothing but its window (old windows are deleted).
 */
export class RequestBudget1765238400000 implements MigrationInterface {
  name = "RequestBudget1765238400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "request_budget" ("user_id" uuid NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "cost" integer NOT NULL, CONSTRAINT "pk_request_budget" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_request_budget_window_start" ON "request_budget"("window_start")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_request_budget_window_start"`);
    await queryRunner.query(`DROP TABLE "request_budget"`);
  }
}
