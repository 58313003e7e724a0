import type { MigrationInterface, QueryRunner } from "typeorm";

/** A project's goals: indicators computed from the events, with a target and a baseline. */
export class Goals1764403200000 implements MigrationInterface {
  name = "Goals1764403200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "project_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "indicator" text NOT NULL, "target_percent" integer NOT NULL, "baseline_percent" integer, CONSTRAINT "ck_project_goal_indicator" CHECK ("indicator" IN ('ACTION_PLAN_JOB_AIM', 'COMPANY_PLACEMENT', 'JOB_OR_EDUCATION', 'REMATCHED')), CONSTRAINT "pk_project_goal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_goal_project" ON "project_goal"("project_id")`);
    await queryRunner.query(
      `ALTER TABLE "project_goal" ADD CONSTRAINT "fk_project_goal_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project_goal" DROP CONSTRAINT "fk_project_goal_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_goal_project"`);
    await queryRunner.query(`DROP TABLE "project_goal"`);
  }
}
