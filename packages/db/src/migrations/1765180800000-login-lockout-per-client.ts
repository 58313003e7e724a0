import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The account lockout counts wrong passwords per account AND client address (login_lockout), so a lock made
 * from one address keeps that address out, not the account's owner on another one (issue #14). The account-wide
 * columns on app_user go: a lock there was a way for anyone to lock out anyone whose e-mail they knew.
 * A logged table (unlike login_rate_limit): a lock must survive a crash of PostgreSQL.
 */
export class LoginLockoutPerClient1765180800000 implements MigrationInterface {
  name = "LoginLockoutPerClient1765180800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_lockout" (
        "user_id" uuid NOT NULL,
        "client" text NOT NULL,
        "failed_logins" integer NOT NULL,
        "first_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_login_lockout" PRIMARY KEY ("user_id", "client"),
        CONSTRAINT "fk_login_lockout_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "ck_login_lockout_failed_logins" CHECK ("failed_logins" >= 1)
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_login_lockout_first_failed_at" ON "login_lockout"("first_failed_at")`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "first_failed_login_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "failed_logins"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "first_failed_login_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_lockout_first_failed_at"`);
    await queryRunner.query(`DROP TABLE "login_lockout"`);
  }
}
