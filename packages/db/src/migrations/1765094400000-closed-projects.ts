import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A project can be closed at its end: its final figures are frozen in a closing pack and it becomes read-only
 * (every operation that changes it answers CONFLICT). Who closed it and when are kept.
 */
export class ClosedProjects1765094400000 implements MigrationInterface {
  name = "ClosedProjects1765094400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "ck_project_status"`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "ck_project_status" CHECK ("status" IN ('PLANNED', 'ACTIVE', 'ENDED', 'CLOSED'))`);
    await queryRunner.query(`ALTER TABLE "project" ADD "closed_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "project" ADD "closed_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "fk_project_closed_by" FOREIGN KEY ("closed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "ck_project_closed" CHECK (("status" = 'CLOSED') = ("closed_at" IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "ck_project_closed"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "fk_project_closed_by"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "closed_by"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "ck_project_status"`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "ck_project_status" CHECK ("status" IN ('PLANNED', 'ACTIVE', 'ENDED'))`);
  }
}
