import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Users created by an administrator (or the first administrator, by command) get a one-time password: until
 * they have chosen their own, the API lets them do nothing else.
 */
export class OneTimePasswords1765098000000 implements MigrationInterface {
  name = "OneTimePasswords1765098000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "password_change_required" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "password_change_required"`);
  }
}
