import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The team's members have a whole life (issue #17): a member is corrected as a versioned row (no lost updates
 * between two tovholdere), and one who has attended a held meeting is ended with a date rather than deleted — their
 * hours are activity on a budget line and the minutes name them — while one who never attended is deleted.
 */
export class TeamMemberLife1765400000000 implements MigrationInterface {
  name = "TeamMemberLife1765400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_member" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "team_member" ADD "ended_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_member" DROP COLUMN "ended_on"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP COLUMN "version"`);
  }
}
