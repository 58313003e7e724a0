import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Login attempts per client (IP address) in the current one-minute window, shared by every API process.
 * UNLOGGED: a counter that lives for a minute is not worth a WAL write per login; after a crash it
 * starts empty, which only forgives the attempts of the last minute.
 */
export class LoginRateLimit1764835200000 implements MigrationInterface {
  name = "LoginRateLimit1764835200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "login_rate_limit" ("client" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "pk_login_rate_limit" PRIMARY KEY ("client"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_login_rate_limit_window_start" ON "login_rate_limit"("window_start")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_login_rate_limit_window_start"`);
    await queryRunner.query(`DROP TABLE "login_rate_limit"`);
  }
}
